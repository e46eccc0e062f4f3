// Runs one API call per number with a little concurrency, and sums up the outcomes in words.
import { formatNanp } from './phone';
import { errorWords } from './errorWords';

export type BatchOutcome<T> = { phoneNumber: string; ok: true; value: T } | { phoneNumber: string; ok: false; error: unknown };

export interface BatchOptions {
  concurrency?: number;
  /** Called after each number, in completion order. */
  onSettled?: (outcome: BatchOutcome<unknown>, done: number, total: number) => void;
  /** Stops starting new calls once aborted; calls under way finish. */
  signal?: AbortSignal;
}

export async function runBatch<T>(phoneNumbers: readonly string[], work: (phoneNumber: string) => Promise<T>, options: BatchOptions = {}): Promise<BatchOutcome<T>[]> {
  const outcomes: BatchOutcome<T>[] = new Array(phoneNumbers.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < phoneNumbers.length && !options.signal?.aborted) {
      const index = next++;
      const phoneNumber = phoneNumbers[index];
      try {
        outcomes[index] = { phoneNumber, ok: true, value: await work(phoneNumber) };
      } catch (error) {
        outcomes[index] = { phoneNumber, ok: false, error };
      }
      done += 1;
      options.onSettled?.(outcomes[index], done, phoneNumbers.length);
    }
  };
  const lanes = Math.max(1, Math.min(options.concurrency ?? 4, phoneNumbers.length));
  await Promise.all(Array.from({ length: lanes }, worker));
  // Numbers never started (cancelled) are left out.
  return outcomes.filter((o): o is BatchOutcome<T> => o !== undefined);
}

export interface BatchSummary {
  succeeded: string[];
  failed: Array<{ phoneNumber: string; reason: string }>;
  notStarted: number;
  /** One sentence for the notification, e.g. "Deleted 2 of 3 numbers; 1 failed: +1 202-555-0134 (...)". */
  message: string;
}

/** `verb` in the past tense: "Deleted". */
export function summariseBatch(outcomes: readonly BatchOutcome<unknown>[], requested: number, verb: string): BatchSummary {
  const succeeded = outcomes.filter((o) => o.ok).map((o) => o.phoneNumber);
  const failed = outcomes.flatMap((o) => (o.ok ? [] : [{ phoneNumber: o.phoneNumber, reason: errorWords(o.error) }]));
  const notStarted = requested - outcomes.length;
  const noun = (n: number): string => (n === 1 ? 'number' : 'numbers');
  // The numbers are named: "Deleted 2 numbers." leaves the user to work out which.
  let message: string;
  if (succeeded.length === requested) message = requested <= 3 ? `${verb} ${nameNumbers(succeeded)}.` : `${verb} ${requested} ${noun(requested)}: ${nameNumbers(succeeded)}.`;
  else message = `${verb} ${succeeded.length} of ${requested} ${noun(requested)}${succeeded.length > 0 ? ` (${nameNumbers(succeeded)})` : ''}.`;
  if (failed.length > 0) {
    const shown = failed.slice(0, 3).map((f) => `${formatNanp(f.phoneNumber)}: ${f.reason}`);
    message += ` ${failed.length} failed: ${shown.join(' ')}${failed.length > 3 ? ` (and ${failed.length - 3} more, see the log)` : ''}`;
  }
  if (notStarted > 0) message += ` ${notStarted} not started (cancelled).`;
  return { succeeded, failed, notStarted, message };
}

/** "+1 202-555-0101, +1 202-555-0102 and +1 202-555-0103"; past three, "… and 4 more". */
export function nameNumbers(phoneNumbers: readonly string[], shown = 3): string {
  const names = phoneNumbers.slice(0, shown).map(formatNanp);
  const rest = phoneNumbers.length - names.length;
  if (rest > 0) return `${names.join(', ')} and ${rest} more`;
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
