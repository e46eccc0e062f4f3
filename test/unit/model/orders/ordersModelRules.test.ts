// The hosting orders model's rules against an in-memory API: nothing without a connection, what
// tracking stores, which transitions are told (only from a known, unfinished state into a final
// one), where a rejection's reason comes from, and what a failed or 404 refresh shows.
import assert from 'node:assert/strict';
import { SinchApiError } from '../../../../src/api/errors';
import type { HostingOrder, QualifiedNumber } from '../../../../src/api/types';
import { OrderStore, SANDBOX_SCOPE } from '../../../../src/model/orders/orderStore';
import { HostingOrdersModel, type OrdersSource } from '../../../../src/model/orders/ordersModel';
import { MemoryMemento } from '../../../fixtures/memoryMemento';

class FakeApi implements OrdersSource {
  readonly orders = new Map<string, HostingOrder | Error>();
  readonly numbers = new Map<string, QualifiedNumber | Error>();
  orderReads = 0;
  async getHostingOrder(id: string): Promise<HostingOrder> {
    this.orderReads++;
    const found = this.orders.get(id);
    if (found instanceof Error) throw found;
    if (!found) throw new SinchApiError({ kind: 'http', operation: 'Get hosting order', status: 404, message: 'No such order.' });
    return found;
  }
  async get(phoneNumber: string): Promise<QualifiedNumber> {
    const found = this.numbers.get(phoneNumber);
    if (found instanceof Error || !found) throw found ?? new Error('unknown');
    return found;
  }
}

const NOW = new Date('2026-01-01T12:00:00.000Z');

describe('hosting orders model rules', () => {
  let api: FakeApi;
  let model: HostingOrdersModel;
  let memento: MemoryMemento;

  beforeEach(() => {
    api = new FakeApi();
    memento = new MemoryMemento();
    model = new HostingOrdersModel(new OrderStore(memento, () => undefined), () => NOW);
    model.setSource(api, SANDBOX_SCOPE);
  });

  it('does nothing without a connection', async () => {
    model.setSource(undefined, SANDBOX_SCOPE);
    assert.equal(model.connected, false);
    assert.equal(await model.track('o1', { source: 'opened' }), undefined);
    assert.deepEqual(model.orders(), []);
    assert.equal(await model.forget('o1'), false);
    assert.equal(model.hasUnfinished(), false);
    assert.deepEqual(await model.refresh({ all: true }), { failed: 0, firstError: undefined, finished: [] });
    assert.equal(memento.writes, 0);
  });

  it('tracks an order with what the request says, now as its time when none is given', async () => {
    api.orders.set('o1', { hostingOrderId: 'o1' } as HostingOrder);
    const view = await model.track('o1', { source: 'submission', kind: 'tollFree', regionCode: 'CA', displayName: 'May', numbers: ['+18335870229'], state: 'SUBMITTED' });
    assert.ok(view);
    assert.deepEqual(view.tracked, {
      hostingOrderId: 'o1', kind: 'tollFree', regionCode: 'CA', createdTime: NOW.toISOString(), source: 'submission', displayName: 'May',
      numbers: ['+18335870229'], lastState: 'SUBMITTED',
    });
    const bare = await model.track('o2', { source: 'opened' });
    assert.deepEqual(bare?.tracked, { hostingOrderId: 'o2', kind: 'unknown', createdTime: NOW.toISOString(), source: 'opened', numbers: [], lastState: 'NOT_FOUND' });
  });

  it('takes the region, name, a valid creation time and the state from the answer', async () => {
    api.orders.set('o1', { hostingOrderId: 'o1', state: 'IN_PROGRESS', regionCode: 'US', displayName: 'Named', createdTime: '2025-12-31T00:00:00Z', numbers: ['+12025550134', 7] } as unknown as HostingOrder);
    const view = await model.track('o1', { source: 'opened', numbers: ['+14045550100'] });
    assert.equal(view?.tracked.regionCode, 'US');
    assert.equal(view?.tracked.displayName, 'Named');
    assert.equal(view?.tracked.createdTime, '2025-12-31T00:00:00Z');
    assert.equal(view?.tracked.lastState, 'IN_PROGRESS');
    assert.equal(view?.info.label, 'In progress');
    assert.deepEqual(view?.numbers, ['+14045550100', '+12025550134']);
    api.orders.set('o2', { hostingOrderId: 'o2', regionCode: 'MX', createdTime: 'yesterday', displayName: '' } as unknown as HostingOrder);
    const odd = await model.track('o2', { source: 'opened', displayName: 'mine' });
    assert.equal(odd?.tracked.regionCode, undefined);
    assert.equal(odd?.tracked.createdTime, NOW.toISOString());
    assert.equal(odd?.tracked.displayName, 'mine');
    assert.equal(odd?.tracked.lastState, undefined);
    assert.equal(odd?.info.label, 'State not given');
  });

  it('tells a move into a final state once, and only from a known unfinished state', async () => {
    api.orders.set('o1', { hostingOrderId: 'o1', state: 'IN_PROGRESS' } as HostingOrder);
    await model.track('o1', { source: 'submission' });
    api.orders.set('o1', { hostingOrderId: 'o1', state: 'COMPLETED' } as HostingOrder);
    const first = await model.refresh();
    assert.deepEqual(first.finished.map((f) => [f.tracked.hostingOrderId, f.state]), [['o1', 'COMPLETED']]);
    assert.equal(first.finished[0].reason, undefined);
    assert.equal(model.hasUnfinished(), false);
    assert.deepEqual((await model.refresh({ all: true })).finished, [], 'already finished');
    api.orders.set('o2', { hostingOrderId: 'o2', state: 'COMPLETED' } as HostingOrder);
    await model.track('o2', { source: 'opened' });
    assert.deepEqual((await model.refreshOrder('o2')).finished, [], 'no state known before');
    api.orders.set('o1', { hostingOrderId: 'o1', state: 'REJECTED' } as HostingOrder);
    assert.deepEqual((await model.refreshOrder('o1')).finished, [], 'from one final state to another');
  });

  it('tells a final state reached by re-tracking a listed order (a callback or "Track order" named it first)', async () => {
    api.orders.set('o1', { hostingOrderId: 'o1', state: 'IN_PROGRESS' } as HostingOrder);
    await model.track('o1', { source: 'submission' });
    api.orders.set('o1', { hostingOrderId: 'o1', state: 'COMPLETED' } as HostingOrder);
    const { view, outcome } = await model.follow('o1', { source: 'callback' });
    assert.equal(view?.info.label, 'Completed');
    assert.deepEqual(outcome.finished.map((f) => [f.tracked.hostingOrderId, f.state]), [['o1', 'COMPLETED']]);
    assert.deepEqual((await model.refresh({ all: true })).finished, [], 'told once, by the fetch that saw it');
    model.setSource(undefined, SANDBOX_SCOPE);
    assert.deepEqual(await model.follow('o1', { source: 'callback' }), { outcome: { failed: 0, finished: [] } });
  });

  it('words a rejection with the first hosting error among its first three numbers', async () => {
    const numbers = ['+12025550101', '+12025550102', '+12025550103', '+12025550104'];
    api.numbers.set(numbers[0], new Error('lookup failed'));
    api.numbers.set(numbers[1], { phoneNumber: numbers[1], globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED', hostedNumber: { error: '' } });
    api.numbers.set(numbers[2], { phoneNumber: numbers[2], globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED', hostedNumber: { error: 'Campaign rejected' } });
    api.numbers.set(numbers[3], { phoneNumber: numbers[3], globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED', hostedNumber: { error: 'fourth' } });
    api.orders.set('o1', { hostingOrderId: 'o1', state: 'SUBMITTED' } as HostingOrder);
    await model.track('o1', { source: 'submission', numbers });
    api.orders.set('o1', { hostingOrderId: 'o1', state: 'REJECTED' } as HostingOrder);
    const [rejected] = (await model.refresh()).finished;
    assert.equal(rejected.state, 'REJECTED');
    assert.equal(rejected.reason, 'Campaign rejected');

    api.orders.set('o2', { hostingOrderId: 'o2', state: 'SUBMITTED' } as HostingOrder);
    await model.track('o2', { source: 'submission', numbers: [] });
    api.orders.set('o2', { hostingOrderId: 'o2', state: 'REJECTED' } as HostingOrder);
    const [silent] = (await model.refreshOrder('o2')).finished;
    assert.equal('reason' in silent, false);
  });

  it('keeps the last answer through a failed refresh, and shows a 404 as not found', async () => {
    api.orders.set('o1', { hostingOrderId: 'o1', state: 'IN_PROGRESS', displayName: 'Kept' } as HostingOrder);
    await model.track('o1', { source: 'opened' });
    const down = new Error('offline');
    api.orders.set('o1', down);
    const outcome = await model.refresh();
    assert.equal(outcome.failed, 1);
    assert.equal(outcome.firstError, down);
    const view = model.find('o1');
    assert.equal(view?.fetch.status, 'error');
    assert.equal(view?.order?.displayName, 'Kept');
    assert.equal(view?.info.label, 'In progress');
    api.orders.delete('o1');
    assert.equal((await model.refreshOrder('o1')).failed, 0);
    assert.equal(model.find('o1')?.info.label, 'Not found (404)');
    assert.equal(model.find('o1')?.tracked.lastState, 'NOT_FOUND');
    assert.equal(model.hasUnfinished(), false);
  });

  it('refreshes only unfinished orders unless asked for all, and forgets on request', async () => {
    api.orders.set('done', { hostingOrderId: 'done', state: 'COMPLETED' } as HostingOrder);
    api.orders.set('busy', { hostingOrderId: 'busy', state: 'IN_PROGRESS' } as HostingOrder);
    await model.track('done', { source: 'opened' });
    await model.track('busy', { source: 'opened' });
    api.orderReads = 0;
    await model.refresh();
    assert.equal(api.orderReads, 1);
    await model.refresh({ all: true });
    assert.equal(api.orderReads, 3);
    let changes = 0;
    const listening = model.onDidChange(() => changes++);
    assert.equal(await model.forget('done'), true);
    assert.equal(changes, 1);
    listening.dispose();
    assert.equal(await model.forget('done'), false);
    assert.equal(changes, 1);
    assert.deepEqual(model.orders().map((v) => v.tracked.hostingOrderId), ['busy']);
  });
});
