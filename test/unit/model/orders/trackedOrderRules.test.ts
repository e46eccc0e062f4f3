// The rules of the tracked-order list, entry by entry: what a stored entry keeps or loses, why one
// is dropped, how a second sighting merges, the order of the list, and who goes past the cap.
import * as assert from 'node:assert/strict';
import {
  capTrackedOrders, mergeTrackedOrder, MAX_TRACKED_ORDERS, parseTrackedOrders, sortNewestFirst, type TrackedOrder,
} from '../../../../src/model/orders/trackedOrders';

const order = (over: Partial<TrackedOrder> = {}): TrackedOrder => ({ hostingOrderId: 'o1', kind: 'standard', createdTime: '2026-01-01T10:00:00Z', source: 'opened', numbers: [], ...over });

describe('tracked order rules', () => {
  it('resets stored fields that do not fit, and keeps only E.164 numbers once', () => {
    const dropped: string[] = [];
    const [one] = parseTrackedOrders([{
      hostingOrderId: 'o1', kind: 'odd', regionCode: 'MX', createdTime: '2026-01-01T10:00:00Z', source: 'odd', displayName: 'x'.repeat(501),
      numbers: ['+12025550134', '+12025550134', 'nope'], lastState: 'lower', extra: 1,
    }], (r) => dropped.push(r));
    assert.deepEqual(one, { hostingOrderId: 'o1', kind: 'unknown', createdTime: '2026-01-01T10:00:00Z', source: 'opened', numbers: ['+12025550134'] });
    assert.deepEqual(dropped, []);
  });

  it('says why an entry is dropped', () => {
    const dropped: string[] = [];
    parseTrackedOrders([order(), { ...order(), hostingOrderId: '../x' }, order(), { ...order({ hostingOrderId: 'o2' }), createdTime: 'soon' }, 'junk'], (r) => dropped.push(r));
    assert.equal(dropped.length, 4);
    assert.match(dropped[0], /^stored hosting order #2 was dropped: hostingOrderId /);
    assert.equal(dropped[1], 'stored hosting order #3 was dropped: it repeats order o1');
    assert.equal(dropped[2], 'stored hosting order #4 was dropped: createdTime not a time');
    assert.match(dropped[3], /^stored hosting order #5 was dropped: entry /);
    const whole: string[] = [];
    assert.deepEqual(parseTrackedOrders({ o1: order() }, (r) => whole.push(r)), []);
    assert.deepEqual(whole, ['the stored list of hosting orders is not a list (object); starting empty']);
    assert.deepEqual(parseTrackedOrders(undefined, (r) => whole.push(r)), []);
    assert.equal(whole.length, 1);
  });

  it('merges a second sighting: earlier time, richer source, known kind, numbers added up', () => {
    const known = order({ kind: 'unknown', source: 'callback', numbers: ['+12025550134'], lastState: 'SUBMITTED', createdTime: '2026-01-01T10:00:00Z' });
    const next = order({ kind: 'tollFree', source: 'submission', regionCode: 'CA', displayName: 'May', numbers: ['+12025550134', '+14045550100'], createdTime: '2026-01-01T09:00:00Z' });
    assert.deepEqual(mergeTrackedOrder(known, next), {
      hostingOrderId: 'o1', kind: 'tollFree', regionCode: 'CA', createdTime: '2026-01-01T09:00:00Z', source: 'submission', displayName: 'May',
      numbers: ['+12025550134', '+14045550100'], lastState: 'SUBMITTED',
    });
    const kept = mergeTrackedOrder(next, { ...known, kind: 'standard', createdTime: '2026-01-01T11:00:00Z', lastState: 'COMPLETED', displayName: 'other', regionCode: 'US' });
    assert.equal(kept.kind, 'tollFree');
    assert.equal(kept.source, 'submission');
    assert.equal(kept.createdTime, '2026-01-01T09:00:00Z');
    assert.equal(kept.displayName, 'May');
    assert.equal(kept.regionCode, 'CA');
    assert.equal(kept.lastState, 'COMPLETED');
    assert.equal(mergeTrackedOrder(order({ source: 'opened' }), order({ source: 'callback' })).source, 'opened');
  });

  it('a first sighting stores only its own fields, without a state', () => {
    const first = mergeTrackedOrder(undefined, { ...order({ numbers: ['+12025550134', '+12025550134'], lastState: 'DRAFT' }), extra: 1 } as TrackedOrder);
    assert.deepEqual(first, { hostingOrderId: 'o1', kind: 'standard', createdTime: '2026-01-01T10:00:00Z', source: 'opened', numbers: ['+12025550134'], lastState: 'DRAFT' });
  });

  it('lists newest first, then by ID', () => {
    const list = sortNewestFirst([order({ hostingOrderId: 'b' }), order({ hostingOrderId: 'c', createdTime: '2026-01-02T00:00:00Z' }), order({ hostingOrderId: 'a' })]);
    assert.deepEqual(list.map((o) => o.hostingOrderId), ['c', 'a', 'b']);
  });

  it('past the cap lets finished orders go first, then the oldest', () => {
    const many = Array.from({ length: MAX_TRACKED_ORDERS + 2 }, (_, i) => order({
      hostingOrderId: `o${i}`, createdTime: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), lastState: i === MAX_TRACKED_ORDERS + 1 ? 'COMPLETED' : undefined,
    }));
    const kept = capTrackedOrders(many, (o) => o.lastState === 'COMPLETED');
    assert.equal(kept.length, MAX_TRACKED_ORDERS);
    const ids = new Set(kept.map((o) => o.hostingOrderId));
    assert.equal(ids.has(`o${MAX_TRACKED_ORDERS + 1}`), false, 'the newest, but finished');
    assert.equal(ids.has('o0'), false, 'the oldest unfinished');
    assert.equal(ids.has('o1'), true);
    assert.equal(capTrackedOrders(many.slice(0, MAX_TRACKED_ORDERS), () => true).length, MAX_TRACKED_ORDERS);
  });
});
