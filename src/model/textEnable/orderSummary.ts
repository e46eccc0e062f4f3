// A hosting order as the result view shows it.
import type { HostingOrder } from '../../api/types';
import { orderStateLabel } from '../orders/stateWords';
import { stateLabel } from '../states';

/** A hosting order as the result view shows it (the message protocol carries it to the webview). */
export interface OrderSummary {
  hostingOrderId: string;
  state?: string;
  stateLabel?: string;
  type?: string;
  displayName?: string;
  createdTime?: string;
  updatedTime?: string;
  numbersCount?: number;
  loaEmail?: string;
}

export { orderStateLabel };

export function summariseOrder(order: HostingOrder): OrderSummary {
  const info = order.hostingOrderInfo ?? order.textEnableInfo;
  const summary: OrderSummary = { hostingOrderId: order.hostingOrderId };
  if (order.state) {
    summary.state = order.state;
    summary.stateLabel = orderStateLabel(order.state);
  }
  if (order.type) summary.type = order.type;
  if (order.displayName) summary.displayName = order.displayName;
  if (order.createdTime) summary.createdTime = order.createdTime;
  if (order.updatedTime) summary.updatedTime = order.updatedTime;
  if (Array.isArray(order.numbers)) summary.numbersCount = order.numbers.length;
  if (info?.authorisedPerson?.email) summary.loaEmail = info.authorisedPerson.email;
  return summary;
}

/**
 * What happens after a successful submit, in words that match what the tree and "Track order"
 * show: Sinch (and the sandbox) move the numbers to Hosting in progress as the order is created;
 * the order waits for the LoA signature, then runs, and each number ends Hosting done or Hosting
 * failed when it completes.
 */
/**
 * What the result says instead of the next steps once every order it shows has ended (their
 * states as last fetched); undefined while any may still move.
 */
export function finishedSteps(states: readonly (string | undefined)[]): string | undefined {
  if (states.length === 0 || !states.every((s) => s === 'COMPLETED' || s === 'REJECTED')) return undefined;
  const completed = states.filter((s) => s === 'COMPLETED').length;
  const rejected = states.length - completed;
  const hosted = `${stateLabel('GLOBAL_PROCESS_STATE_HOSTING_DONE')} numbers are text-enabled on Sinch; any in ${stateLabel('GLOBAL_PROCESS_STATE_HOSTING_FAILED')} say why in their details.`;
  const why = 'The reason is in Hosting Orders (Show Hosting Order Details): fix the cause, then text-enable the numbers again.';
  if (rejected === 0) return `${states.length === 1 ? 'The order is' : `All ${states.length} orders are`} Completed: ${hosted}`;
  if (completed === 0) return `${states.length === 1 ? 'The order was' : `All ${states.length} orders were`} Rejected. ${why}`;
  return `Every order has ended: ${completed} Completed, ${rejected} Rejected. ${hosted} A rejected order's reason is in Hosting Orders (Show Hosting Order Details): fix the cause, then text-enable its numbers again.`;
}

export function nextSteps(loaKind: string, email: string): string {
  const now = `The numbers are in ${stateLabel('GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS')} now.`;
  const end = `When the order completes, each number moves to ${stateLabel('GLOBAL_PROCESS_STATE_HOSTING_DONE')} (text-enabled) or ${stateLabel('GLOBAL_PROCESS_STATE_HOSTING_FAILED')} (the reason is in its details). Follow the order with "Track order".`;
  if (loaKind === 'blanket') {
    return `${now} Your blanket Letter of Authorization covers this order: no signature is needed. Sinch reviews the order and updates the carriers. ${end}`;
  }
  const to = email.trim() === '' ? 'the authorised person' : email.trim();
  return `${now} Sinch e-mails a Letter of Authorization to ${to} for e-signature: the order shows "${orderStateLabel('WAITING_FOR_LOA_SIGNATURE')}" until it is signed, then "${orderStateLabel('IN_PROGRESS')}" while the carriers are updated. ${end}`;
}
