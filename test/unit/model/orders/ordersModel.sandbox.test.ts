// The orders model against the real sandbox over loopback HTTP, on its manual virtual clock:
// submitted orders are followed to their end and told once, a rejected order says why, a 404 is
// shown as such and kept, and auto-refresh (the number tree's AutoRefresher) stops once every
// order is finished.
import assert from 'node:assert/strict';
import { createClient } from '../../../../src/api/index';
import type { QualifiedNumbersApi } from '../../../../src/api/types';
import { finishedOrderMessage, orderDescription, orderTooltipMarkdown } from '../../../../src/model/orders/orderPresentation';
import { OrderStore, SANDBOX_SCOPE } from '../../../../src/model/orders/orderStore';
import { HostingOrdersModel, type FinishedOrder } from '../../../../src/model/orders/ordersModel';
import { buildRequest } from '../../../../src/model/textEnable/build';
import { AutoRefresher } from '../../../../src/model/tree/autoRefresh';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox/index';
import { TIMINGS } from '../../../../src/sandbox/lifecycle';
import { draftWithNumbers, validTollFreeDraft } from '../../../fixtures/textEnableDrafts';
import { MemoryMemento } from '../../../fixtures/memoryMemento';
import { FakeTimers } from '../tree/fakeTimers';

/** A Memento whose writes wait while `hold` is set, like globalState's round trip in the host. */
class SlowMemento extends MemoryMemento {
  hold = false;
  readonly held: Array<() => void> = [];
  override async update(key: string, value: unknown): Promise<void> {
    if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve));
    return super.update(key, value);
  }
  release(): void {
    this.hold = false;
    for (const resolve of this.held.splice(0)) resolve();
  }
}

async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('hosting orders model against the sandbox', () => {
  let sandbox: RunningSandbox;
  let client: QualifiedNumbersApi;
  let memento: MemoryMemento;
  let model: HostingOrdersModel;

  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, clock: 'manual', numbers: 60 });
    client = createClient({ projectId: 'orders-test', credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic', baseUrl: sandbox.url, authBaseUrl: sandbox.url });
    memento = new MemoryMemento();
    model = new HostingOrdersModel(new OrderStore(memento, () => undefined));
    model.setSource(client, SANDBOX_SCOPE);
  });

  afterEach(async () => {
    await sandbox.close();
  });

  async function verifiedNumbers(count: number, tollFree = false): Promise<string[]> {
    const found: string[] = [];
    for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 100 })) {
      if (/^\+1(800|833|844|855|866|877|888)/.test(n.phoneNumber) === tollFree && n.regionCode === 'US') found.push(n.phoneNumber);
    }
    assert.ok(found.length >= count, `the seed has ${count} verified US ${tollFree ? 'toll-free' : 'geographic'} numbers`);
    return found.slice(0, count);
  }

  async function submitStandard(numbers: string[], displayName = 'Spring campaign'): Promise<string> {
    const request = buildRequest('standard', draftWithNumbers(numbers, { displayName }), numbers);
    const { hostingOrderId } = await client.textEnableNumbers(request as Parameters<QualifiedNumbersApi['textEnableNumbers']>[0]);
    await model.track(hostingOrderId, { source: 'submission', kind: 'standard', regionCode: 'US', numbers, displayName, state: 'SUBMITTED' });
    return hostingOrderId;
  }

  async function advance(seconds: number): Promise<FinishedOrder[]> {
    sandbox.advanceClock(seconds);
    return (await model.refresh()).finished;
  }

  it('follows a submitted order through every state and tells Completed once', async () => {
    const numbers = await verifiedNumbers(2);
    const id = await submitStandard(numbers);
    assert.equal(model.find(id)?.info.label, 'Submitted');
    assert.deepEqual(model.find(id)?.numbers, numbers);
    assert.deepEqual(await advance(TIMINGS.orderReviewSeconds), []);
    assert.equal(model.find(id)?.info.label, 'Waiting for the LoA signature');
    assert.deepEqual(await advance(TIMINGS.orderLoaSignedSeconds - TIMINGS.orderReviewSeconds), []);
    assert.equal(model.find(id)?.info.label, 'In progress');
    const finished = await advance(TIMINGS.orderCompleteSeconds - TIMINGS.orderLoaSignedSeconds);
    assert.deepEqual(finished.map((f) => [f.tracked.hostingOrderId, f.state]), [[id, 'COMPLETED']]);
    assert.match(finishedOrderMessage(finished[0]), /Hosting order "Spring campaign" \(.+\) is Completed: its numbers are hosted/);
    // Told once: neither another refresh nor a reload (a new model on the same globalState) repeats it.
    assert.deepEqual((await model.refresh({ all: true })).finished, []);
    const reloaded = new HostingOrdersModel(new OrderStore(memento, () => undefined));
    reloaded.setSource(client, SANDBOX_SCOPE);
    assert.deepEqual((await reloaded.refresh({ all: true })).finished, []);
    assert.equal(reloaded.find(id)?.info.label, 'Completed');
  });

  it('tells a transition once when several refreshes of the order run at the same moment', async () => {
    const id = await submitStandard(await verifiedNumbers(1));
    sandbox.advanceClock(TIMINGS.orderCompleteSeconds);
    const outcomes = await Promise.all([model.refreshOrder(id), model.refreshOrder(id), model.refresh(), model.refresh({ all: true })]);
    assert.deepEqual(outcomes.map((o) => o.finished.length), [1, 0, 0, 0]);
  });

  it('fetches again for a caller that asks while an older request is still being stored', async () => {
    const slow = new SlowMemento();
    model = new HostingOrdersModel(new OrderStore(slow, () => undefined));
    model.setSource(client, SANDBOX_SCOPE);
    const id = await submitStandard(await verifiedNumbers(1));
    slow.hold = true;
    const first = model.refreshOrder(id);
    await waitUntil(() => slow.held.length > 0);
    // The order moves while the first answer (still Submitted) is being written.
    sandbox.advanceClock(TIMINGS.orderCompleteSeconds);
    const second = model.refreshOrder(id);
    slow.release();
    assert.deepEqual((await first).finished, []);
    assert.deepEqual((await second).finished.map((f) => f.state), ['COMPLETED']);
    assert.equal(model.find(id)?.info.label, 'Completed');
  });

  it('tells a rejection with the reason its numbers carry', async () => {
    const numbers = await verifiedNumbers(1);
    const id = await submitStandard(numbers, 'REJECT me');
    const finished = await advance(TIMINGS.orderReviewSeconds);
    assert.equal(finished.length, 1);
    assert.equal(finished[0].state, 'REJECTED');
    assert.match(finished[0].reason ?? '', /Letter of Authorization was declined/);
    assert.match(finishedOrderMessage(finished[0]), new RegExp(`Hosting order "REJECT me" \\(${id}\\) was Rejected: .*declined.*Fix the cause`));
    assert.equal(model.find(id)?.info.label, 'Rejected');
  });

  it('follows a toll-free order, whose creation answer carries its state', async () => {
    const numbers = await verifiedNumbers(1, true);
    const request = buildRequest('tollFree', validTollFreeDraft({ numbersText: numbers.join('\n') }), numbers);
    const created = await client.textEnableTollFreeNumbers(request as Parameters<QualifiedNumbersApi['textEnableTollFreeNumbers']>[0]);
    await model.track(created.hostingOrderId, { source: 'submission', kind: 'tollFree', numbers, state: created.state });
    const view = model.find(created.hostingOrderId);
    assert.ok(view);
    assert.match(orderDescription(view, Date.now()), /^Submitted · text enable \(toll-free\) · /);
    assert.equal((await advance(TIMINGS.orderCompleteSeconds)).length, 1);
  });

  it('shows an order the API does not know as "Not found (404)", keeps it, and does not refresh it on a timer', async () => {
    await model.track('01unknownorder', { source: 'opened' });
    const view = model.find('01unknownorder');
    assert.equal(view?.fetch.status, 'notFound');
    assert.equal(view?.info.label, 'Not found (404)');
    assert.match(orderTooltipMarkdown(view), /Sinch does not know this order \(404\)/);
    assert.equal(model.hasUnfinished(), false);
    const reloaded = new HostingOrdersModel(new OrderStore(memento, () => undefined));
    reloaded.setSource(client, SANDBOX_SCOPE);
    assert.equal(reloaded.find('01unknownorder')?.info.label, 'Not found (404)', 'still shown after a reload, before any request');
    assert.equal(await model.forget('01unknownorder'), true);
    assert.deepEqual(model.orders(), []);
  });

  it('lists an order opened by ID with what the answer says, every field in the tooltip', async () => {
    const numbers = await verifiedNumbers(1);
    const request = buildRequest('standard', draftWithNumbers(numbers, { displayName: 'Opened [x](command:evil)', callbackUrl: 'https://example.com/cb', migrateToSinchTmo: true }), numbers);
    const { hostingOrderId } = await client.textEnableNumbers(request as Parameters<QualifiedNumbersApi['textEnableNumbers']>[0]);
    await model.track(hostingOrderId, { source: 'opened' });
    const view = model.find(hostingOrderId);
    assert.ok(view?.order);
    assert.equal(view.tracked.regionCode, 'US');
    const tooltip = orderTooltipMarkdown(view);
    for (const field of ['Service plan', 'Campaign', 'LoA type', 'LoA e-mail', 'Callback URL', 'Migrate to Sinch TMO', 'opened by ID']) assert.ok(tooltip.includes(field), `${field} in\n${tooltip}`);
    assert.ok(!tooltip.includes('[x](command'), 'server strings are escaped');
  });

  it('keeps a failed refresh visible, with the state seen before', async () => {
    const id = await submitStandard(await verifiedNumbers(1));
    sandbox.scriptFaults([{ kind: 'status', status: 500, times: 10 }]);
    const outcome = await model.refresh();
    assert.equal(outcome.failed, 1);
    const view = model.find(id);
    assert.equal(view?.fetch.status, 'error');
    assert.equal(view?.info.label, 'Submitted');
    assert.match(orderDescription(view, Date.now()), /refresh failed/);
  });

  it('auto-refreshes while an order is unfinished and stops once all are finished', async () => {
    await submitStandard(await verifiedNumbers(1));
    const timers = new FakeTimers();
    const refreshes: Array<Promise<boolean>> = [];
    const refresher = new AutoRefresher({
      intervalSeconds: () => 30,
      wanted: () => model.hasUnfinished(),
      refresh: () => {
        const done = model.refresh().then((o) => o.failed === 0);
        refreshes.push(done);
        return done;
      },
      timers,
    });
    refresher.update();
    assert.deepEqual(timers.pending(), [30_000]);
    // Half-way: the order is still moving, so the next refresh is scheduled.
    sandbox.advanceClock(TIMINGS.orderReviewSeconds);
    await timers.advance(30_000);
    await refreshes[0];
    await timers.advance(0);
    assert.equal(model.hasUnfinished(), true);
    assert.deepEqual(timers.pending(), [30_000]);
    // Finished: nothing is scheduled any more.
    sandbox.advanceClock(TIMINGS.orderCompleteSeconds);
    await timers.advance(30_000);
    await refreshes[1];
    await timers.advance(0);
    assert.equal(refreshes.length, 2);
    assert.equal(model.hasUnfinished(), false);
    assert.equal(refresher.scheduled, false);
    assert.deepEqual(timers.pending(), []);
    refresher.dispose();
  });
});
