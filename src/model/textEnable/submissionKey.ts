// What makes two submissions "the same" across windows, and the words a window uses when another
// window has it. Two windows of one machine share nothing but files, so they meet on a key: the
// same project on the same host, the same form kind and the same numbers (in any order) is the same
// submission, whatever else the drafts say (Sinch would host the numbers twice either way).
import { createHash } from 'node:crypto';
import type { FormKind } from './fields';

export interface SubmissionIdentity {
  /** Where the orders go: the API host (sandboxes of two windows are two servers). */
  target: string;
  projectId: string;
  kind: FormKind;
  numbers: readonly string[];
}

/** A file-name-safe key: hex SHA-256 of the identity, numbers sorted and deduplicated. */
export function submissionKey(identity: SubmissionIdentity): string {
  const numbers = [...new Set(identity.numbers)].sort();
  const canonical = JSON.stringify([identity.target, identity.projectId, identity.kind, numbers]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The refusal while another window's submission of the same numbers is still running. */
export function submittingElsewhereReason(numberCount: number): string {
  return `Nothing was sent: another VS Code window is submitting the same ${numberCount === 1 ? 'number' : `${numberCount} numbers`} to the same project right now. ` +
    'Wait for it to finish and check Hosting Orders; submit here only if that window\'s order failed.';
}

/** The question before sending a draft another window (or this one) has just sent. */
export function recentlySubmittedQuestion(orderIds: readonly string[], ageMs: number, fromThisWindow: boolean): string {
  const orders = orderIds.length === 1 ? `order ${orderIds[0]}` : `orders ${orderIds.join(', ')}`;
  // A reload makes a new window as far as the lock can tell, so "another" names that case too.
  const where = fromThisWindow ? 'from this window' : 'from another VS Code window (or this one before a reload)';
  return `This draft was just submitted ${where} as ${orders} (${describeAge(ageMs)}). Send it again as a new order?`;
}

export const RESEND_DETAIL = 'Sending again files a second order for the same numbers. Check Hosting Orders first: the first order is probably on its way.';

export function declinedResendReason(orderIds: readonly string[]): string {
  return `Nothing was sent: this draft was already submitted as ${orderIds.length === 1 ? `order ${orderIds[0]}` : `orders ${orderIds.join(', ')}`}.`;
}

function describeAge(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  return `${Math.round(seconds / 60)} min ago`;
}
