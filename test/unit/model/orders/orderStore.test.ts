// The tracked orders in globalState: one list per profile and one for the sandbox, surviving a
// reload (a new store on the same Memento), nothing secret in it, and entries that do not parse
// dropped with a log line instead of a crash.
import assert from 'node:assert/strict';
import { OrderStore, ORDER_STORE_KEY, SANDBOX_SCOPE, profileScope } from '../../../../src/model/orders/orderStore';
import { MAX_TRACKED_ORDERS, type TrackedOrder } from '../../../../src/model/orders/trackedOrders';
import { MemoryMemento } from '../../../fixtures/memoryMemento';

const PROD = profileScope('production', 'd1923022-5199');

function order(id: string, overrides: Partial<TrackedOrder> = {}): TrackedOrder {
  return { hostingOrderId: id, kind: 'standard', regionCode: 'US', createdTime: '2026-11-30T10:00:00.000Z', source: 'submission', numbers: ['+12025550134'], ...overrides };
}

describe('hosting order store', () => {
  let memento: MemoryMemento;
  let logged: string[];
  let store: OrderStore;

  beforeEach(() => {
    memento = new MemoryMemento();
    logged = [];
    store = new OrderStore(memento, (line) => logged.push(line));
  });

  it('keeps each profile\'s orders apart from the sandbox\'s, newest first, across a reload', async () => {
    await store.upsert(PROD, order('older', { createdTime: '2026-11-29T10:00:00.000Z' }));
    await store.upsert(PROD, order('newer'));
    await store.upsert(SANDBOX_SCOPE, order('sandbox-1'));
    const reloaded = new OrderStore(memento, (line) => logged.push(line));
    assert.deepEqual(reloaded.list(PROD).map((o) => o.hostingOrderId), ['newer', 'older']);
    assert.deepEqual(reloaded.list(SANDBOX_SCOPE).map((o) => o.hostingOrderId), ['sandbox-1']);
    assert.deepEqual(reloaded.list(profileScope('production', 'another-project')), []);
    assert.deepEqual(logged, []);
  });

  it('stores IDs, kind, region, times, source, names, numbers and the last state: nothing else', async () => {
    await store.upsert(PROD, { ...order('a'), keySecret: 'should-not-be-here' } as TrackedOrder);
    const stored = (memento.get<Record<string, Array<Record<string, unknown>>>>(ORDER_STORE_KEY) ?? {})[PROD];
    assert.deepEqual(Object.keys(stored[0]).sort(), ['createdTime', 'hostingOrderId', 'kind', 'numbers', 'regionCode', 'source']);
    assert.ok(!JSON.stringify(memento.get(ORDER_STORE_KEY)).includes('should-not-be-here'));
  });

  it('merges a second sighting of an order: numbers add up, the submission\'s details win', async () => {
    await store.upsert(PROD, order('a', { source: 'callback', kind: 'unknown', numbers: [], regionCode: undefined, createdTime: '2026-11-30T12:00:00.000Z' }));
    const merged = await store.upsert(PROD, order('a', { numbers: ['+12025550135'], createdTime: '2026-11-30T11:00:00.000Z', displayName: 'Spring' }));
    assert.deepEqual(merged, { hostingOrderId: 'a', kind: 'standard', regionCode: 'US', createdTime: '2026-11-30T11:00:00.000Z', source: 'submission', displayName: 'Spring', numbers: ['+12025550135'] });
    assert.equal(store.list(PROD).length, 1);
  });

  it('forgets an order from the list only, and remembers the last state seen', async () => {
    await store.upsert(PROD, order('a'));
    await store.upsert(PROD, order('b'));
    assert.equal(await store.setLastState(PROD, 'a', 'IN_PROGRESS'), true);
    assert.equal(await store.forget(PROD, 'b'), true);
    assert.equal(await store.forget(PROD, 'b'), false);
    assert.deepEqual(new OrderStore(memento, () => undefined).list(PROD).map((o) => [o.hostingOrderId, o.lastState]), [['a', 'IN_PROGRESS']]);
  });

  it('drops stored entries that do not parse, with a log line, and keeps the rest', () => {
    memento.values.set(ORDER_STORE_KEY, {
      [PROD]: [
        order('good'),
        { hostingOrderId: '../../etc/passwd', kind: 'standard', createdTime: '2026-11-30T10:00:00.000Z', source: 'opened', numbers: [] },
        { hostingOrderId: 'no-time', kind: 'standard', source: 'opened', numbers: [] },
        'not an object',
        null,
        { ...order('odd-fields'), kind: 'martian', numbers: ['not a number', '+12025550134'], lastState: '<b>x</b>' },
        order('good'),
      ],
      [SANDBOX_SCOPE]: 'not a list',
    });
    const list = store.list(PROD);
    assert.deepEqual(list.map((o) => o.hostingOrderId), ['good', 'odd-fields']);
    assert.deepEqual([list[1].kind, list[1].numbers, list[1].lastState], ['unknown', ['+12025550134'], undefined]);
    assert.equal(logged.length, 5, logged.join('\n'));
    assert.match(logged[0], /profile production.*#2 was dropped: hostingOrderId/);
    assert.match(logged[4], /profile production.*#7 was dropped: it repeats order good$/);
    assert.deepEqual(store.list(SANDBOX_SCOPE), []);
    assert.match(logged[5] ?? '', /sandbox.*not a list/);
  });

  it('starts empty when the whole stored value is not an object', () => {
    memento.values.set(ORDER_STORE_KEY, ['oops']);
    assert.deepEqual(store.list(PROD), []);
    assert.match(logged[0], /not an object \(list\)/);
  });

  it('serialises writes: 20 orders added at once are all kept', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.upsert(PROD, order(`o${i}`))));
    assert.equal(new OrderStore(memento, () => undefined).list(PROD).length, 20);
  });

  it('lets the oldest finished orders go beyond its cap, never an unfinished one', async () => {
    const many = Array.from({ length: MAX_TRACKED_ORDERS + 5 }, (_, i) =>
      order(`o${i}`, { createdTime: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), lastState: i < 10 ? 'IN_PROGRESS' : 'COMPLETED' }),
    );
    memento.values.set(ORDER_STORE_KEY, { [PROD]: many });
    await store.upsert(PROD, order('new'));
    const kept = store.list(PROD).map((o) => o.hostingOrderId);
    assert.equal(kept.length, MAX_TRACKED_ORDERS);
    for (let i = 0; i < 10; i++) assert.ok(kept.includes(`o${i}`), `unfinished o${i} kept`);
    assert.ok(kept.includes('new'));
    assert.ok(!kept.includes('o10') && !kept.includes('o15'), 'the oldest finished went');
  });
});
