// A hosting order as the result view shows it.
import type { HostingOrder } from '../../api/types';

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

const ORDER_STATE_LABELS: Readonly<Record<string, string>> = {
  HOSTING_ORDER_STATE_UNSPECIFIED: 'Unspecified',
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  WAITING_FOR_LOA_SIGNATURE: 'Waiting for the LoA signature',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  REJECTED: 'Rejected',
};

export function orderStateLabel(state: string): string {
  return ORDER_STATE_LABELS[state] ?? (state.toLowerCase().replace(/_/g, ' ') || 'unknown');
}

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

/** What happens after a successful submit, in words. */
export function nextSteps(loaKind: string, email: string): string {
  if (loaKind === 'blanket') {
    return 'Your blanket Letter of Authorization covers this order: no signature is needed. Sinch moves the numbers once the carriers confirm; follow the order with "Track order".';
  }
  const to = email.trim() === '' ? 'the authorised person' : email.trim();
  return `Sinch e-mails a Letter of Authorization to ${to} for e-signature. The order stays "Waiting for the LoA signature" until it is signed; then the numbers move to "Hosting in progress". Follow it with "Track order".`;
}
