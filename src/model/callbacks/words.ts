// Callback events in words: the event type, the resource, and a failure code with the next step.
// Codes we do not know are shown as they came, so a new Sinch code is never hidden.
import type { CallbackEvent } from '../../api/types';
import { formatNanp, isE164 } from '../phone';

const EVENT_TYPES: Record<string, string> = {
  HOSTING_PROCESS: 'Hosting process',
  OSR_UPDATE: 'OSR update',
  PROVISIONING_TO_SMS_PLATFORM: 'Provisioning to the SMS platform',
  LINK_TO_10DLC_CAMPAIGN: 'Link to 10DLC campaign',
  DELETE: 'Deletion',
};

export function eventTypeWords(eventType: string): string {
  return EVENT_TYPES[eventType] ?? eventType;
}

export interface FailureWords {
  /** What went wrong. */
  words: string;
  /** What to do about it. */
  nextStep?: string;
}

const FAILURES: Record<string, FailureWords> = {
  INVALID_NNID: { words: 'The NNID is not valid', nextStep: 'check the NNID in the order (leave it empty to use Sinch\'s), then text-enable the number again.' },
  CAMPAIGN_NOT_AVAILABLE: { words: 'The 10DLC campaign is not available to this account', nextStep: 'check the campaign ID, and that the campaign is approved and shared with Sinch, then text-enable again.' },
  TFN_NOT_ALLOWED: { words: 'This toll-free number cannot be text-enabled', nextStep: 'ask the number\'s Responsible Organization to release it for SMS, or contact Sinch support.' },
  OSR_UPDATE_FAILED: { words: 'The carrier refused the OSR update', nextStep: 'check that the number is not linked to another provider\'s 10DLC campaign, then text-enable it again.' },
  LOA_REJECTED: { words: 'The Letter of Authorization was declined', nextStep: 'check the authorised person and address in the order, then file it again so a new LoA is sent.' },
  LOA_EXPIRED: { words: 'The Letter of Authorization was not signed in time', nextStep: 'file the order again and sign the LoA e-mail promptly.' },
  CAMPAIGN_EXPIRED: { words: 'The 10DLC campaign has expired', nextStep: 'renew the campaign with The Campaign Registry, then text-enable again.' },
  CAMPAIGN_MNO_REJECTED: { words: 'A mobile network rejected the 10DLC campaign', nextStep: 'fix the campaign as the network asks and have it vetted again.' },
  CAMPAIGN_MNO_SUSPENDED: { words: 'A mobile network suspended the 10DLC campaign', nextStep: 'contact Sinch support about the suspension.' },
  NUMBER_NOT_ELIGIBLE: { words: 'The number is not eligible for hosting', nextStep: 'check its OSR eligibility in "Qualified Numbers".' },
  INTERNAL_ERROR: { words: 'Sinch hit an internal error', nextStep: 're-read the resource; if it stays failed, contact Sinch support with the event ID.' },
};

/** A failure code in words; unknown codes come back as they are. */
export function failureWords(code: string): FailureWords {
  return FAILURES[code] ?? { words: code };
}

/** One line: "The NNID is not valid (INVALID_NNID): check the NNID in the order…". */
export function failureLine(code: string): string {
  const known = FAILURES[code];
  if (!known) return code;
  return `${known.words} (${code})${known.nextStep ? `: ${known.nextStep}` : ''}`;
}

/** What the event is about: a number, formatted, or a hosting order's ID. */
export function resourceWords(event: Pick<CallbackEvent, 'resourceId'>): string {
  return isE164(event.resourceId) ? formatNanp(event.resourceId) : `order ${event.resourceId}`;
}

export function statusWords(status: string): string {
  if (status === 'SUCCEEDED') return 'succeeded';
  if (status === 'FAILED') return 'failed';
  return status.toLowerCase();
}
