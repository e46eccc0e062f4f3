// Words for the "Hosting Orders" view: node label and description, the Markdown tooltip with
// every field of the order, and the notification when an order reaches a final state. Server
// strings are escaped for Markdown and made inert for notifications.
import type { HostingOrder } from '../../api/types';
import { inertLinks } from '../inertLinks';
import { formatNanp } from '../phone';
import { escapeMarkdown } from '../tree/markdown';
import { relativeTime } from '../tree/relativeTime';
import type { FinishedOrder, OrderView } from './ordersModel';
import { orderTypeWords } from './stateWords';

const SOURCE_WORDS = { submission: 'filed from this editor', opened: 'opened by ID', callback: 'named by a received callback' } as const;

export function orderLabel(view: OrderView): string {
  return view.order?.displayName || view.tracked.displayName || view.tracked.hostingOrderId;
}

/** "Waiting for the LoA signature · text enable · 3 min. ago" */
export function orderDescription(view: OrderView, now: number): string {
  const type = orderTypeWords(view.order?.type, view.tracked.kind);
  const age = relativeTime(view.order?.createdTime ?? view.tracked.createdTime, now);
  const failed = view.fetch.status === 'error' ? 'refresh failed' : undefined;
  return [view.info.label, type, age, failed].filter((p): p is string => !!p).join(' · ');
}

/** Every field of the order, one table row each; absent fields are left out. */
export function orderTooltipMarkdown(view: OrderView): string {
  const o: Partial<HostingOrder> & { scheduledZipwhipProvisioningTime?: string } = view.order ?? {};
  const info = o.hostingOrderInfo ?? o.textEnableInfo;
  const person = info?.authorisedPerson;
  const address = info?.address;
  const rows: Array<[string, unknown]> = [
    ['Hosting order ID', view.tracked.hostingOrderId],
    ['Display name', o.displayName ?? view.tracked.displayName],
    ['State', view.info.label],
    ['Type', orderTypeWords(o.type, view.tracked.kind)],
    ['Region', o.regionCode ?? view.tracked.regionCode],
    ['Project', o.projectId],
    ['Created', o.createdTime ?? view.tracked.createdTime],
    ['Updated', o.updatedTime],
    ['Service plan', o.servicePlanId],
    ['Campaign', o.campaignId],
    ['LoA type', info?.loaType],
    ['LoA e-mail', person?.email],
    ['Authorised person', person ? `${person.firstName ?? ''} ${person.lastName ?? ''}`.trim() : undefined],
    ['Business name', info?.businessName],
    ['Address', address ? [address.buildingNumber, address.street, address.city, address.state, address.postalCode, address.country].filter(Boolean).join(', ') : undefined],
    ['Current voice carrier', info?.currentVoiceCarrier],
    ['Service provider', info?.serviceProvider],
    ['NNID', info?.nnid],
    ['Scheduled OSR update', o.scheduledOsrUpdateTime],
    ['Scheduled Zipwhip provisioning', o.scheduledZipwhipProvisioningTime],
    ['Migrate to Sinch TMO', o.migrateToSinchTmo === undefined ? undefined : o.migrateToSinchTmo ? 'yes' : 'no'],
    ['Callback URL', o.callbackUrl],
    ['Numbers', view.numbers.length > 0 ? String(view.numbers.length) : undefined],
    ['In this list', SOURCE_WORDS[view.tracked.source]],
  ];
  const lines = [`**${escapeMarkdown(orderLabel(view))}**`, ''];
  if (view.fetch.status === 'notFound') lines.push(`$(circle-slash) Sinch does not know this order (404): ${escapeMarkdown(view.fetch.message)} Forget it to remove it from the list.`, '');
  if (view.fetch.status === 'error') lines.push('$(warning) The last refresh failed; showing the state seen before.', '');
  lines.push('| Field | Value |', '|---|---|');
  for (const [name, value] of rows) {
    if (value === undefined || value === null || value === '') continue;
    lines.push(`| ${name} | ${escapeMarkdown(String(value))} |`);
  }
  return lines.join('\n');
}

/** One notification per order reaching a final state: what happened and what to do next. */
export function finishedOrderMessage(finished: FinishedOrder): string {
  const name = finished.order.displayName || finished.tracked.displayName;
  const what = name ? `Hosting order "${name}" (${finished.tracked.hostingOrderId})` : `Hosting order ${finished.tracked.hostingOrderId}`;
  if (finished.state === 'COMPLETED') {
    return inertLinks(`${what} is Completed: its numbers are hosted on Sinch and can send SMS. Any that failed are under "Hosting failed" in Qualified Numbers, with the reason.`);
  }
  const reason = finished.reason ? `: ${finished.reason.replace(/\.?\s*$/, '.')}` : '. Sinch did not give a reason; the order details may say more.';
  return inertLinks(`${what} was Rejected${reason} Fix the cause, then text-enable the numbers again.`);
}

/** "+1 202-555-0134" for a child node. */
export function orderNumberLabel(phoneNumber: string): string {
  return formatNanp(phoneNumber);
}
