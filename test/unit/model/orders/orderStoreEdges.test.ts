// The tracked-order list at its edges: two profiles never share a list, a state is set on the named
// order only (false for one not tracked), an order the API no longer knows goes first at the cap,
// a stored value that is not an object (a string, null) starts an empty list, logged, and is
// replaced by a clean one; log lines name the sandbox as such. Merging past 5,000 numbers.
import assert from 'node:assert/strict';
import { ORDER_STORE_KEY, OrderStore, SANDBOX_SCOPE, profileScope } from '../../../../src/model/orders/orderStore';
import { MAX_TRACKED_ORDERS, mergeTrackedOrder, type TrackedOrder } from '../../../../src/model/orders/trackedOrders';
import { MemoryMemento } from '../../../fixtures/memoryMemento';

function order(id: string, over: Partial<TrackedOrder> = {}): TrackedOrder {
  return { hostingOrderId: id, kind: 'standard', createdTime: '2026-11-30T10:00:00.000Z', source: 'opened', numbers: [], ...over };
}

describe('tracked order list edges', () => {
  let memento: MemoryMemento;
  let logged: string[];
  let store: OrderStore;

  beforeEach(() => {
    memento = new MemoryMemento();
    logged = [];
    store = new OrderStore(memento, (line) => logged.push(line));
  });

  it('keeps two profiles\' lists apart', async () => {
    const prod = profileScope('production', 'p1');
    const test = profileScope('test', 'p1');
    assert.notEqual(prod, test);
    await store.upsert(prod, order('prod-order'));
    assert.deepEqual(store.list(test), []);
    assert.deepEqual(new OrderStore(memento, () => undefined).list(test), []);
  });

  it('sets the last state of the named order only, and answers false for one not tracked', async () => {
    await store.upsert(SANDBOX_SCOPE, order('a'));
    await store.upsert(SANDBOX_SCOPE, order('b', { lastState: 'SUBMITTED' }));
    assert.equal(await store.setLastState(SANDBOX_SCOPE, 'a', 'IN_PROGRESS'), true);
    assert.equal(store.get(SANDBOX_SCOPE, 'b')?.lastState, 'SUBMITTED');
    assert.equal(await store.setLastState(SANDBOX_SCOPE, 'missing', 'COMPLETED'), false);
    assert.deepEqual(store.list(SANDBOX_SCOPE).map((o) => o.hostingOrderId).sort(), ['a', 'b']);
  });

  it('lets an order the API no longer knows go before an unfinished one at the cap', async () => {
    const full = Array.from({ length: MAX_TRACKED_ORDERS }, (_, i) =>
      order(`o${i}`, { createdTime: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), lastState: i === MAX_TRACKED_ORDERS - 1 ? 'NOT_FOUND' : 'IN_PROGRESS' }),
    );
    memento.values.set(ORDER_STORE_KEY, { [SANDBOX_SCOPE]: full });
    await store.upsert(SANDBOX_SCOPE, order('new'));
    const kept = store.list(SANDBOX_SCOPE).map((o) => o.hostingOrderId);
    assert.equal(kept.length, MAX_TRACKED_ORDERS);
    assert.ok(!kept.includes(`o${MAX_TRACKED_ORDERS - 1}`), 'the not-found order went');
    assert.ok(kept.includes('o0'), 'the oldest unfinished stayed');
  });

  for (const [stored, kind] of [['junk', 'string'], [null, 'object'], [7, 'number']] as const) {
    it(`starts empty over a stored ${String(stored)}, says so, and writes a clean list`, async () => {
      memento.values.set(ORDER_STORE_KEY, stored);
      assert.deepEqual(store.list(SANDBOX_SCOPE), []);
      assert.deepEqual(logged, [`Hosting orders: the stored value is not an object (${kind}); starting empty`]);
      await store.upsert(SANDBOX_SCOPE, order('a'));
      assert.deepEqual(Object.keys(memento.values.get(ORDER_STORE_KEY) as object), [SANDBOX_SCOPE]);
    });
  }

  it('names the sandbox in its log lines', () => {
    memento.values.set(ORDER_STORE_KEY, { [SANDBOX_SCOPE]: ['junk'] });
    store.list(SANDBOX_SCOPE);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /^Hosting orders \(sandbox\): stored hosting order #1 was dropped/);
  });

  it('keeps at most 5,000 numbers of an order when two sightings are merged', () => {
    const numbers = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => `+1202${String(from + i).padStart(7, '0')}`);
    const merged = mergeTrackedOrder(order('a', { numbers: numbers(0, 4000) }), order('a', { numbers: numbers(4000, 2000) }));
    assert.equal(merged.numbers.length, 5000);
    assert.equal(merged.numbers[4999], numbers(4000, 1000)[999]);
  });
});
