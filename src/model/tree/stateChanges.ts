// Numbers that moved to another globalProcessState between two looks at the tree. Each refresh
// (manual or automatic) is compared with what was seen before; the user hears about it once per
// refresh, coalesced ("3 numbers are now Verified; +1 202-555-0134 moved to Hosting failed: …"),
// never one toast per number. Numbers seen for the first time, or no longer listed, are no change.
import type { QualifiedNumber } from '../../api/types';
import { inertLinks } from '../inertLinks';
import { formatNanp } from '../phone';
import { STATE_ORDER, isGlobalProcessState, stateLabel } from '../states';

export type NotifyOnStateChange = 'all' | 'failures' | 'off';

export interface StateChange {
  readonly phoneNumber: string;
  readonly from: string;
  readonly to: string;
  /** For a failure: the error the number carries. */
  readonly reason?: string;
}

const FAILURE_STATES = new Set<string>([
  'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE',
  'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED',
  'GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED',
  'GLOBAL_PROCESS_STATE_HOSTING_FAILED',
]);

/** Failures listed by number in a notification before "and N more". */
const MAX_LISTED_FAILURES = 3;

export function isFailureState(state: string): boolean {
  return FAILURE_STATES.has(state);
}

/** What was last seen of each number; `observe` answers what moved since. */
export class StateBaseline {
  private readonly states = new Map<string, string>();
  /** Noted numbers: a reload that started before the action may still bring the old state once. */
  private readonly noted = new Set<string>();

  /** Compares with the last look and remembers this one. */
  observe(numbers: readonly QualifiedNumber[]): StateChange[] {
    const changes: StateChange[] = [];
    for (const n of numbers) {
      const to = String(n.globalProcessState);
      const from = this.states.get(n.phoneNumber);
      if (this.noted.delete(n.phoneNumber) && from !== to) continue;
      this.states.set(n.phoneNumber, to);
      if (from === undefined || from === to) continue;
      const reason = failureReason(n);
      changes.push({ phoneNumber: n.phoneNumber, from, to, ...(reason ? { reason } : {}) });
    }
    return changes;
  }

  /** A state the user already heard about (their own action answered it): not news at the next refresh. */
  note(phoneNumber: string, state: string): void {
    this.states.set(phoneNumber, state);
    this.noted.add(phoneNumber);
  }

  /** Another profile or the sandbox: nothing to compare with. */
  reset(): void {
    this.states.clear();
    this.noted.clear();
  }
}

/** The error that explains a failure state, from the detail that failed. */
export function failureReason(n: QualifiedNumber): string | undefined {
  switch (n.globalProcessState) {
    case 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE':
      return n.osrEligibility?.error || undefined;
    case 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED':
    case 'GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED':
      return n.ownershipVerification?.error || undefined;
    case 'GLOBAL_PROCESS_STATE_HOSTING_FAILED':
      return n.hostedNumber?.error || undefined;
    default:
      return undefined;
  }
}

/** The changes the setting lets through. */
export function changesToTell(changes: readonly StateChange[], mode: NotifyOnStateChange): StateChange[] {
  if (mode === 'off') return [];
  return mode === 'failures' ? changes.filter((c) => isFailureState(c.to)) : [...changes];
}

/**
 * One sentence for all of a refresh's changes, by target state in lifecycle order: failures name
 * each number with its reason (the first few), other moves are counted. Undefined when empty.
 */
export function summariseChanges(changes: readonly StateChange[]): string | undefined {
  if (changes.length === 0) return undefined;
  const byState = new Map<string, StateChange[]>();
  for (const c of changes) byState.set(c.to, [...(byState.get(c.to) ?? []), c]);
  const order = (s: string): number => (isGlobalProcessState(s) ? STATE_ORDER.indexOf(s) : STATE_ORDER.length);
  const parts: string[] = [];
  for (const [state, group] of [...byState].sort((a, b) => order(a[0]) - order(b[0]))) {
    const label = stateLabel(state);
    if (isFailureState(state)) {
      for (const c of group.slice(0, MAX_LISTED_FAILURES)) parts.push(`${formatNanp(c.phoneNumber)} moved to ${label}${c.reason ? `: ${c.reason.replace(/[.\s]+$/, '')}` : ''}`);
      const more = group.length - MAX_LISTED_FAILURES;
      if (more > 0) parts.push(`${more} more moved to ${label}`);
    } else {
      parts.push(group.length === 1 ? `${formatNanp(group[0].phoneNumber)} is now ${label}` : `${group.length} numbers are now ${label}`);
    }
  }
  // Reasons are the server's text: no link survives into the notification.
  return inertLinks(parts.join('; '));
}

/** The log line for one change. */
export function changeLogLine(c: StateChange): string {
  return `${formatNanp(c.phoneNumber)} moved from ${stateLabel(c.from)} to ${stateLabel(c.to)}${c.reason ? `: ${c.reason}` : ''}`;
}
