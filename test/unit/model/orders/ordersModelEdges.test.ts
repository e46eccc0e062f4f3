// The hosting orders model's rules the other tests leave open: when it counts as connected, what a
// profile switch drops (answers under way, queued refreshes), one request per order at a time, what
// an order shows while it is being fetched again, which answer fields are kept, which moves are told
// and where a rejection's reason may come from, and when the list is written or the view told.
import assert from 'node:assert/strict';
import { SinchApiError } from '../../../../src/api/errors';
import type { HostingOrder, QualifiedNumber } from '../../../../src/api/types';
import { OrderStore, SANDBOX_SCOPE } from '../../../../src/model/orders/orderStore';
import { HostingOrdersModel, type OrdersSource } from '../../../../src/model/orders/ordersModel';
import { MemoryMemento } from '../../../fixtures/memoryMemento';

const NOW = new Date('2026-01-01T12:00:00.000Z');
const OTHER_SCOPE = 'profile:other:p2';

/** An API whose order reads wait until the test answers them, one by one, in order. */
class HeldApi implements OrdersSource {
  readonly waiting: Array<{ id: string; answer: (order: HostingOrder | Error) => void }> = [];
  readonly numbers = new Map<string, QualifiedNumber>();
  orderReads = 0;
  numberReads = 0;
  getHostingOrder(id: string): Promise<HostingOrder> {
    this.orderReads++;
    return new Promise((resolve, reject) => this.waiting.push({ id, answer: (a) => (a instanceof Error ? reject(a) : resolve(a)) }));
  }
  async get(phoneNumber: string): Promise<QualifiedNumber> {
    this.numberReads++;
    const found = this.numbers.get(phoneNumber);
    if (!found) throw new Error('unknown');
    return found;
  }
  /** Answers the oldest waiting read. */
  answer(order: HostingOrder | Error): void {
    const next = this.waiting.shift();
    assert.ok(next, 'a read is waiting');
    next.answer(order);
  }
}

function order(id: string, state: string, extra: Partial<HostingOrder> = {}): HostingOrder {
  return { hostingOrderId: id, state, ...extra } as HostingOrder;
}

const notFound = (): SinchApiError => new SinchApiError({ kind: 'http', operation: 'Get hosting order', status: 404, message: 'No such order.' });

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('hosting orders model edges', () => {
  let api: HeldApi;
  let memento: MemoryMemento;
  let store: OrderStore;
  let model: HostingOrdersModel;

  beforeEach(() => {
    api = new HeldApi();
    memento = new MemoryMemento();
    store = new OrderStore(memento, () => undefined);
    model = new HostingOrdersModel(store, () => NOW);
    model.setSource(api, SANDBOX_SCOPE);
  });

  async function tracked(id: string, state: string, extra: Partial<HostingOrder> = {}): Promise<void> {
    const done = model.track(id, { source: 'opened' });
    await settle();
    api.answer(order(id, state, extra));
    await done;
  }

  it('is connected with a source and a list, and tells the view when either changes', () => {
    assert.equal(model.connected, true);
    let changes = 0;
    model.onDidChange(() => changes++);
    model.setSource(api, undefined);
    assert.equal(model.connected, false);
    assert.equal(changes, 1);
  });

  it('shows a tracked order at once, before its first answer', async () => {
    let changes = 0;
    model.onDidChange(() => changes++);
    const done = model.track('o1', { source: 'opened', state: 'IN_PROGRESS' });
    await settle();
    assert.equal(changes, 1);
    assert.equal(model.find('o1')?.info.label, 'In progress');
    api.answer(order('o1', 'IN_PROGRESS'));
    await done;
    assert.equal(changes, 2);
  });

  it('tells the view once per answer: loaded, not found or failed', async () => {
    await tracked('o1', 'IN_PROGRESS');
    let changes = 0;
    model.onDidChange(() => changes++);
    for (const answer of [order('o1', 'IN_PROGRESS'), notFound(), new Error('offline')]) {
      changes = 0;
      const refresh = model.refreshOrder('o1');
      await settle();
      api.answer(answer);
      await refresh;
      assert.equal(changes, 1, String(answer));
    }
  });

  it('sends one request per order at a time and one more for everyone who asked meanwhile', async () => {
    await tracked('o1', 'IN_PROGRESS');
    api.orderReads = 0;
    const calls = [model.refreshOrder('o1'), model.refreshOrder('o1'), model.refreshOrder('o1')];
    await settle();
    assert.equal(api.orderReads, 1);
    api.answer(order('o1', 'IN_PROGRESS'));
    await settle();
    assert.equal(api.orderReads, 2);
    api.answer(new Error('offline'));
    const outcomes = await Promise.all(calls);
    assert.deepEqual(outcomes.map((o) => o.failed), [0, 1, 1], 'the queued callers share the follow-up and its failure');
    // Later, the same again: nothing is left queued from before.
    const again = [model.refreshOrder('o1'), model.refreshOrder('o1')];
    await settle();
    api.answer(order('o1', 'IN_PROGRESS'));
    await settle();
    assert.equal(api.orderReads, 4);
    api.answer(order('o1', 'IN_PROGRESS'));
    await Promise.all(again);
  });

  it('asks the new profile\'s API at once after a switch, whatever the old one still owes', async () => {
    await tracked('o1', 'IN_PROGRESS');
    const old = api;
    const first = model.refreshOrder('o1');
    const queued = model.refreshOrder('o1');
    await settle();
    const fresh = new HeldApi();
    model.setSource(fresh, OTHER_SCOPE);
    const inOther = model.track('o1', { source: 'opened' });
    await settle();
    assert.equal(fresh.orderReads, 1, 'not queued behind the old profile\'s request');
    const meanwhile = model.refreshOrder('o1');
    await settle();
    fresh.answer(order('o1', 'IN_PROGRESS'));
    await inOther;
    await settle();
    assert.equal(fresh.orderReads, 2, 'the follow-up goes to the new API without waiting for the old one');
    fresh.answer(order('o1', 'IN_PROGRESS'));
    await meanwhile;
    old.answer(order('o1', 'COMPLETED'));
    await settle();
    // The old profile's queued caller asks again, now of the API in use.
    while (fresh.waiting.length > 0) fresh.answer(order('o1', 'IN_PROGRESS'));
    await Promise.all([first, queued]);
  });

  it('drops answers that arrive after a profile switch: no failure, no move told, nothing stored', async () => {
    await tracked('o1', 'IN_PROGRESS');
    const failing = model.refreshOrder('o1');
    await settle();
    model.setSource(new HeldApi(), OTHER_SCOPE);
    api.answer(new Error('offline'));
    assert.deepEqual(await failing, { failed: 0, firstError: undefined, finished: [] });
    model.setSource(api, SANDBOX_SCOPE);
    const completing = model.refreshOrder('o1');
    const missing = model.track('o2', { source: 'opened' });
    await settle();
    model.setSource(new HeldApi(), OTHER_SCOPE);
    api.answer(order('o1', 'COMPLETED'));
    api.answer(notFound());
    assert.deepEqual((await completing).finished, []);
    assert.equal(await missing, undefined, 'the list it was tracked in is no longer shown');
    assert.equal(store.get(SANDBOX_SCOPE, 'o1')?.lastState, 'IN_PROGRESS');
    assert.equal(store.get(SANDBOX_SCOPE, 'o2')?.lastState, undefined);
  });

  it('keeps showing the last answer while fetching again, and "loading" for an order that was not found', async () => {
    await tracked('o1', 'IN_PROGRESS');
    const refresh = model.refreshOrder('o1');
    await settle();
    assert.equal(model.find('o1')?.fetch.status, 'loaded');
    api.answer(notFound());
    await refresh;
    const again = model.refreshOrder('o1');
    await settle();
    assert.equal(model.find('o1')?.fetch.status, 'pending');
    assert.equal(model.find('o1')?.info.label, 'Not found (404)');
    api.answer(order('o1', '', { numbers: 'not a list' as unknown as string[] }));
    await again;
    assert.equal(model.find('o1')?.info.label, 'State not given', 'an answer without a state is not "not found"');
    assert.deepEqual(model.find('o1')?.numbers, []);
  });

  it('fetches a forgotten order anew when it is tracked again', async () => {
    await tracked('o1', 'IN_PROGRESS');
    await model.forget('o1');
    const done = model.track('o1', { source: 'opened' });
    await settle();
    assert.equal(model.find('o1')?.fetch.status, 'pending');
    api.answer(order('o1', 'IN_PROGRESS'));
    await done;
  });

  it('shows the stored state of an order before its first answer in this session', async () => {
    await tracked('o1', 'IN_PROGRESS');
    await tracked('o2', 'COMPLETED');
    const restarted = new HostingOrdersModel(store, () => NOW);
    restarted.setSource(api, SANDBOX_SCOPE);
    assert.equal(restarted.find('o1')?.info.label, 'In progress');
    assert.equal(restarted.find('o2')?.info.label, 'Completed');
    assert.equal(restarted.hasUnfinished(), true);
  });

  it('takes a Canadian region from the answer, and keeps the tracked time when the answer has none', async () => {
    const done = model.track('o1', { source: 'opened', createdTime: '2025-06-01T00:00:00.000Z' });
    await settle();
    api.answer(order('o1', 'IN_PROGRESS', { regionCode: 'CA' }));
    const view = await done;
    assert.equal(view?.tracked.regionCode, 'CA');
    assert.equal(view?.tracked.createdTime, '2025-06-01T00:00:00.000Z');
  });

  it('tells no move for an order whose first answer is already final', async () => {
    const done = model.follow('o1', { source: 'opened' });
    await settle();
    api.answer(order('o1', 'COMPLETED'));
    assert.deepEqual((await done).outcome.finished, []);
  });

  it('asks its numbers for a reason only when rejected, and only the first three', async () => {
    const numbers = ['+12025550101', '+12025550102', '+12025550103', '+12025550104'];
    for (const n of numbers) api.numbers.set(n, { phoneNumber: n, globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED', hostedNumber: {} });
    api.numbers.set(numbers[3], { phoneNumber: numbers[3], globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED', hostedNumber: { error: 'fourth' } });
    for (const [id, final] of [['done', 'COMPLETED'], ['no', 'REJECTED']] as const) {
      const tracking = model.track(id, { source: 'submission', numbers, state: 'IN_PROGRESS' });
      await settle();
      api.answer(order(id, 'IN_PROGRESS'));
      await tracking;
      api.numberReads = 0;
      const refresh = model.refreshOrder(id);
      await settle();
      api.answer(order(id, final));
      const [finished] = (await refresh).finished;
      assert.equal(finished.state, final);
      assert.equal(finished.reason, undefined);
      assert.equal(api.numberReads, final === 'REJECTED' ? 3 : 0);
    }
  });

  it('writes a not-found order once, not on every refresh that finds it missing', async () => {
    await tracked('o1', 'IN_PROGRESS');
    for (let i = 0; i < 2; i++) {
      const refresh = model.refreshOrder('o1');
      await settle();
      api.answer(notFound());
      await refresh;
    }
    const writes = memento.writes;
    const refresh = model.refreshOrder('o1');
    await settle();
    api.answer(notFound());
    await refresh;
    assert.equal(memento.writes, writes);
  });
});
