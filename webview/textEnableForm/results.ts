// The result view after a submission: one row per order with its hosting order ID (and state,
// for toll-free), the next steps, and "Track order" fetching the order's current state.
import { describeUtc } from '../../src/model/textEnable/dates';
import { formatNanp } from '../../src/model/phone';
import { finishedSteps, type OrderSummary } from '../../src/model/textEnable/orderSummary';
import type { OrderResult } from '../../src/model/webviewMessages';
import { clear, h, setText } from './dom';
import { request } from './rpc';

function describeOrder(order: OrderSummary): string {
  const parts: string[] = [];
  if (order.stateLabel) parts.push(`State: ${order.stateLabel}`);
  if (order.updatedTime) parts.push(`updated ${describeUtc(order.updatedTime)}`);
  if (order.loaEmail) parts.push(`LoA sent to ${order.loaEmail}`);
  return parts.join(' · ');
}

function numbersLine(numbers: string[]): string {
  if (numbers.length <= 3) return numbers.map(formatNanp).join(', ');
  return `${numbers.length} numbers (${formatNanp(numbers[0])} … ${formatNanp(numbers[numbers.length - 1])})`;
}

/**
 * `fetched`: an order "Track order" fetched, for the form to keep (it decides whether it is newer
 * than what it shows: the extension may have posted a later state meanwhile).
 */
export function renderResults(container: HTMLElement, results: OrderResult[], nextSteps: string, fetched: (order: OrderSummary) => void): void {
  clear(container);
  if (results.length === 0) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const created = results.filter((r) => r.ok).length;
  const heading = h('h2', { id: 'h-results', tabindex: '-1' }, results.length === 1
    ? (created === 1 ? 'Hosting order created' : 'The order failed')
    : `${created} of ${results.length} orders created`);
  const list = h('ol', { class: 'results' });
  for (const r of results) {
    const title = results.length > 1 ? `Order ${r.index + 1} of ${results.length}: ` : '';
    if (r.ok) {
      const status = h('div', { class: 'order-state', 'aria-live': 'polite', 'data-order': r.order.hostingOrderId }, describeOrder(r.order));
      const track = h('vscode-button', { appearance: 'secondary', 'data-order': r.order.hostingOrderId, class: 'track-order' }, 'Track order');
      track.addEventListener('click', () => {
        void trackOrder(r.order.hostingOrderId, status, track, fetched);
      });
      list.append(h('li', { class: 'result ok' },
        h('div', {}, `${title}hosting order `, h('code', { class: 'order-id' }, r.order.hostingOrderId), ` for ${numbersLine(r.numbers)}`),
        status,
        h('div', { class: 'row' }, track)));
    } else {
      list.append(h('li', { class: 'result failed' },
        h('div', {}, `${title}failed for ${numbersLine(r.numbers)}; these numbers are still in the form.`),
        h('div', { class: 'field-error' }, r.error.message),
        ...r.error.details.map((d) => h('div', { class: 'field-error detail' }, d))));
    }
  }
  container.append(heading, list);
  if (created > 0) container.append(h('h3', {}, 'What happens next'), h('p', { class: 'next-steps' }, finishedSteps(createdStates(results)) ?? nextSteps));
}

function createdStates(results: readonly OrderResult[]): Array<string | undefined> {
  return results.flatMap((r) => (r.ok ? [r.order.state] : []));
}

/** Puts the orders' latest states into their result rows (the extension fetched them), and says when all have ended. */
export function showOrderStates(container: HTMLElement, results: readonly OrderResult[]): void {
  const ended = finishedSteps(createdStates(results));
  const steps = container.querySelector<HTMLElement>('.next-steps');
  if (ended && steps) setText(steps, ended);
  const byId = new Map(results.flatMap((r) => (r.ok ? [[r.order.hostingOrderId, r.order] as const] : [])));
  for (const status of container.querySelectorAll<HTMLElement>('.order-state')) {
    const order = byId.get(status.dataset.order ?? '');
    if (order) setText(status, describeOrder(order) || 'Sinch returned the order without a state.');
  }
}

async function trackOrder(hostingOrderId: string, status: HTMLElement, button: HTMLElement, fetched: (order: OrderSummary) => void): Promise<void> {
  button.setAttribute('disabled', '');
  const before = status.textContent ?? '';
  setText(status, 'Fetching the hosting order…');
  const { answer } = request('trackOrder', { hostingOrderId });
  const result = await answer;
  button.removeAttribute('disabled');
  if (!result.ok) {
    setText(status, result.error.message);
    return;
  }
  // Back to what was shown, then the form applies the answer unless a later state came meanwhile.
  setText(status, before);
  fetched(result.result);
}
