// What to tell the user after "Verify Voice Challenge", from the number's state before and after.
// A wrong code is not the end of a challenge: the code of the same call still verifies, and the
// server says in ownershipVerification.error how many more wrong codes block the number (the
// sandbox: "2 more wrong codes block the number."). Only a missed or forgotten code needs a new call.
import type { QualifiedNumber } from '../api/types';
import { inertLinks } from './inertLinks';
import { formatNanp } from './phone';
import { isGlobalProcessState, stateInfo, stateLabel } from './states';

export type VerifyAction = 'Text Enable…' | 'Enter Code Again' | 'Send New Challenge';

export interface VerifyReport {
  level: 'info' | 'warning' | 'error';
  message: string;
  actions: VerifyAction[];
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/** Wrong codes the server still allows, read from its words; undefined when it does not say. */
export function triesLeft(error: string | undefined): number | undefined {
  const match = /\b(\d+|one|two|three|four|five) more wrong codes?\b/i.exec(error ?? '');
  if (!match) return undefined;
  return /^\d+$/.test(match[1]) ? Number(match[1]) : WORD_NUMBERS[match[1].toLowerCase()];
}

/**
 * `before` is the state the number was in when the code was entered (undefined when the command
 * was not given it): a number already in a state is "still" in it, never "now".
 */
export function verifyReport(before: string | undefined, after: QualifiedNumber): VerifyReport {
  const state = String(after.globalProcessState);
  const phone = formatNanp(after.phoneNumber);
  const known = before !== undefined && before !== 'GLOBAL_PROCESS_STATE_UNSPECIFIED';
  const where = known && before === state ? 'is still' : 'is now';
  if (state === 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED') return wrongCodeReport(phone, known && before === state, after.ownershipVerification?.error);
  const words = `${phone} ${where} ${stateLabel(state)}${isGlobalProcessState(state) ? `: ${stateInfo(state).description}` : '.'}`;
  // An unknown state is the server's own text: it must not become a link in the notification.
  const message = inertLinks(words);
  if (state === 'GLOBAL_PROCESS_STATE_VERIFIED') return { level: 'info', message, actions: ['Text Enable…'] };
  if (state === 'GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED') return { level: 'error', message: inertLinks(`Wrong code: ${words}`), actions: [] };
  return { level: 'info', message, actions: [] };
}

function wrongCodeReport(phone: string, again: boolean, error: string | undefined): VerifyReport {
  const left = triesLeft(error);
  const tries =
    left === undefined
      ? `Sinch did not say how many tries are left${error ? ` ("${error}")` : ''}.`
      : left === 1
        ? 'One more wrong code blocks the number: check the code before entering it.'
        : `${left} more wrong codes block the number.`;
  const message = `Wrong code${again ? ' again' : ''} for ${phone}. ${tries} The code from the same call still works: enter it again. Send a new challenge only if you missed or forgot the code.`;
  return { level: 'warning', message: inertLinks(message), actions: ['Enter Code Again', 'Send New Challenge'] };
}
