// What the chat tools answer: plain text and small JSON sized for a model (lists bounded, with
// "N more not shown"), errors in words, and never a credential: only numbers, states and the
// connection's name ever go in.
import type { HostingOrder, QualifiedNumber } from '../../api/types';
import { isGlobalProcessState, stateLabel } from '../states';
import { detailStatusWords, hostingStatusWords } from '../tree/statusWords';
import type { ListOutcome, StateCount } from './toolQueries';

export const NOT_CONNECTED =
  'Not connected to Sinch, so nothing was read or changed. Ask the user to connect first: the command "Sinch: Sign In" (a Sinch project ID and access key) or "Sinch: Use Offline Sandbox" (a built-in emulator of the API, no account needed). Then try again.';

/** Numbers of a hosting order listed in an answer; the rest are counted. */
export const MAX_ORDER_NUMBERS = 50;

/** One number as a model reads it best: compact JSON with the state in words and only the set details. */
export function numberSummary(number: QualifiedNumber): Record<string, string> {
  const summary: Record<string, string> = {
    phoneNumber: number.phoneNumber,
    state: stateName(number.globalProcessState),
  };
  if (number.regionCode) summary.region = number.regionCode;
  const set = (name: string, words: string | undefined, error: string | undefined): void => {
    if (words !== undefined) summary[name] = words;
    if (error) summary[`${name}Error`] = error;
  };
  const { osrEligibility: osr, ownershipVerification: ownership, hostedNumber: hosted } = number;
  set('osrEligibility', osr?.status !== undefined ? detailStatusWords(osr.status) : undefined, osr?.error);
  set('ownershipVerification', ownership?.status !== undefined ? detailStatusWords(ownership.status) : undefined, ownership?.error);
  set('hosting', hosted?.status !== undefined ? hostingStatusWords(hosted.status) : undefined, hosted?.error);
  if (number.updatedTime) summary.updatedTime = number.updatedTime;
  return summary;
}

function stateName(state: string): string {
  return isGlobalProcessState(state) ? `${state.replace('GLOBAL_PROCESS_STATE_', '')} (${stateLabel(state)})` : stateLabel(state);
}

export function listText(outcome: ListOutcome, criteria: string): string {
  const shown = outcome.numbers.length;
  const more = Math.max(0, outcome.total - shown);
  const lines = [
    `${outcome.total}${outcome.scanTruncated ? '+' : ''} qualified number${outcome.total === 1 ? '' : 's'} ${criteria}; ${shown} shown.`,
    JSON.stringify(outcome.numbers.map(numberSummary)),
  ];
  if (more > 0) lines.push(`${more}${outcome.scanTruncated ? '+' : ''} more not shown; ask with a higher limit (at most 100), a state, a region or a filter to see them.`);
  if (outcome.scanTruncated) lines.push('The filter stopped after reading 2000 numbers; narrow it with a state or region for an exact count.');
  return lines.join('\n');
}

export function numberText(number: QualifiedNumber): string {
  return JSON.stringify(numberSummary(number));
}

export function hostingOrderText(order: HostingOrder): string {
  const numbers = order.numbers ?? [];
  const info = order.hostingOrderInfo ?? order.textEnableInfo;
  const summary: Record<string, unknown> = {
    hostingOrderId: order.hostingOrderId,
    state: order.state,
    type: order.type,
    regionCode: order.regionCode,
    displayName: order.displayName,
    servicePlanId: order.servicePlanId,
    campaignId: order.campaignId,
    createdTime: order.createdTime,
    updatedTime: order.updatedTime,
    scheduledOsrUpdateTime: order.scheduledOsrUpdateTime,
    callbackUrl: withoutCredentials(order.callbackUrl),
    loaType: info?.loaType,
    numbers: numbers.slice(0, MAX_ORDER_NUMBERS),
  };
  const text = JSON.stringify(summary);
  return numbers.length > MAX_ORDER_NUMBERS ? `${text}\n${numbers.length - MAX_ORDER_NUMBERS} more numbers of this order not shown.` : text;
}

/** A callback URL may carry a token (user info, query): the model gets only its origin and path. */
function withoutCredentials(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search || parsed.username || parsed.password ? ' (credentials and query left out)' : ''}`;
  } catch {
    return '(not a valid URL)';
  }
}

export function countsText(counts: readonly StateCount[], region: string | undefined): string {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const lines = [`${total} qualified number${total === 1 ? '' : 's'}${region ? ` in ${region}` : ''}, per processing state:`];
  for (const c of counts) lines.push(`- ${c.state.replace('GLOBAL_PROCESS_STATE_', '')} (${stateLabel(c.state)}): ${c.count}`);
  return lines.join('\n');
}
