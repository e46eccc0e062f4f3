// The check before a text-enable order goes out: are the numbers still Verified or Hosting
// failed? A number submitted a minute ago (now Hosting in progress or done) or one that was never
// verified would make Sinch refuse the whole order with a raw state name; here each one is named
// with the reason in words. The check lists the two states that can be text-enabled (pages of 100,
// stopping once every number is found) and looks up only the numbers it did not find.
import type { QualifiedNumbersApi } from '../../api/types';
import { formatNanp } from '../phone';
import { stateLabel, statesFor } from '../states';

export interface NotReadyNumber {
  phoneNumber: string;
  /** Sinch's state, or undefined when the number is not in the project. */
  state?: string;
  /** In words, e.g. "is text-enabled already (Hosting done)". */
  reason: string;
}

/** Numbers looked up one by one after the listing; more are summed up, not named. */
export const MAX_LOOKUPS = 20;
const LOOKUP_CONCURRENCY = 4;

const REASONS: Readonly<Record<string, string>> = {
  GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING: 'is still waiting for its eligibility check',
  GLOBAL_PROCESS_STATE_ELIGIBLE: 'has not proven ownership yet: send it a voice challenge and verify the code first',
  GLOBAL_PROCESS_STATE_NOT_ELIGIBLE: 'cannot be hosted on Sinch (its carrier does not allow it)',
  GLOBAL_PROCESS_STATE_VERIFICATION_PENDING: 'waits for its voice code: verify it first',
  GLOBAL_PROCESS_STATE_VERIFICATION_FAILED: 'has not proven ownership: verify it with the right voice code first',
  GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED: 'is blocked after wrong voice codes: contact Sinch support',
  GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS: 'is being text-enabled already by an earlier order',
  GLOBAL_PROCESS_STATE_HOSTING_DONE: 'is text-enabled already',
};

/** Why a number in `state` (undefined: not in the project) cannot be text-enabled; undefined when it can. */
export function notReadyReason(state: string | undefined): string | undefined {
  if (state === undefined) return 'is not one of the qualified numbers of this project: add it first';
  if ((statesFor('textEnable') as readonly string[]).includes(state)) return undefined;
  return `${REASONS[state] ?? 'is not Verified or Hosting failed'} (${stateLabel(state)})`;
}

/** One sentence for the form: which numbers cannot be text-enabled and why. */
export function notReadyMessage(notReady: readonly NotReadyNumber[], unnamed = 0): string {
  const total = notReady.length + unnamed;
  const head = total === 1 ? 'Not sent: 1 number cannot be text-enabled' : `Not sent: ${total} numbers cannot be text-enabled`;
  const more = unnamed > 0 ? ` ${unnamed} more ${unnamed === 1 ? 'is' : 'are'} not Verified or Hosting failed.` : '';
  return `${head}. Remove ${total === 1 ? 'it' : 'them'} from the form (or wait until ${total === 1 ? 'it is' : 'they are'} Verified) and submit again.${more}`;
}

export function describeNotReady(n: NotReadyNumber): string {
  return `${formatNanp(n.phoneNumber)} ${n.reason}.`;
}

export interface ReadinessCheck {
  notReady: NotReadyNumber[];
  /** Numbers not found in the text-enable states beyond the ones looked up. */
  unnamed: string[];
}

type ReadinessClient = Pick<QualifiedNumbersApi, 'listAll' | 'get'>;

export async function checkReadiness(client: ReadinessClient, numbers: readonly string[]): Promise<ReadinessCheck> {
  const missing = new Set(numbers);
  for (const state of statesFor('textEnable')) {
    if (missing.size === 0) break;
    for await (const n of client.listAll({ state, pageSize: 100 })) {
      missing.delete(n.phoneNumber);
      if (missing.size === 0) break;
    }
  }
  const lookups = [...missing].slice(0, MAX_LOOKUPS);
  const found: Array<NotReadyNumber | undefined> = new Array<NotReadyNumber | undefined>(lookups.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < lookups.length) {
      const index = next++;
      const phoneNumber = lookups[index];
      const state = await stateOf(client, phoneNumber);
      const reason = notReadyReason(state);
      // Listed between the pages but ready after all (it moved while we looked): let it go.
      found[index] = reason === undefined ? undefined : { phoneNumber, ...(state === undefined ? {} : { state }), reason };
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOOKUP_CONCURRENCY, lookups.length) }, worker));
  return { notReady: found.filter((n): n is NotReadyNumber => n !== undefined), unnamed: [...missing].slice(MAX_LOOKUPS) };
}

async function stateOf(client: ReadinessClient, phoneNumber: string): Promise<string | undefined> {
  try {
    return String((await client.get(phoneNumber)).globalProcessState);
  } catch (error) {
    // By shape, not class: the integration suite loads this module apart from the client's bundle.
    if (error instanceof Error && error.name === 'SinchApiError' && (error as { status?: unknown }).status === 404) return undefined;
    throw error;
  }
}
