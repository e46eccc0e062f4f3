// The inbox's bookkeeping: the last five sends per row, Clear forgetting everything (so a repeat
// of a cleared event is a new row), out-of-order marks per resource, and a restored inbox telling
// a repeated id from a repeated event.
import * as assert from 'node:assert/strict';
import { CallbackInbox, type DeliveryInput } from '../../../../src/model/callbacks/inbox';

let clock = Date.UTC(2025, 0, 6, 9, 0, 0);
let ids = 0;
const newId = (): string => `r${++ids}`;
const unsigned = { kind: 'unsigned', why: 'no header' } as const;

function delivery(event: Record<string, unknown>): DeliveryInput {
  clock += 1000;
  const full = { resourceType: 'IMPORTED_NUMBER', eventType: 'OSR_UPDATE', eventId: 'e1', timestamp: '2025-01-06T09:01:10Z', projectId: 'p', resourceId: '+12025550134', status: 'SUCCEEDED', ...event };
  return { receivedAt: clock, method: 'POST', path: '/', headers: {}, body: Buffer.from(JSON.stringify(full)), answeredStatus: 200 };
}

describe('callback inbox bookkeeping', () => {
  it('keeps the last five sends of a row', () => {
    const inbox = new CallbackInbox(newId);
    const { record } = inbox.add(delivery({}), unsigned);
    for (let i = 1; i <= 6; i++) inbox.recordSend(record.id, { kind: 'forward', url: 'https://example.com', at: i, status: 200 + i });
    assert.deepEqual(record.sends.map((s) => s.at), [2, 3, 4, 5, 6]);
    inbox.recordSend(record.id, { kind: 'forward', url: 'https://example.com', at: 7, status: 207 });
    assert.deepEqual(record.sends.map((s) => s.at), [3, 4, 5, 6, 7]);
    assert.equal(inbox.recordSend('unknown', { kind: 'replay', url: 'x', at: 1 }), undefined);
  });

  it('forgets everything on clear: a repeat of a cleared event is a new row, and order marks start over', () => {
    const inbox = new CallbackInbox(newId);
    inbox.add(delivery({ eventId: 'late', timestamp: '2025-01-06T10:00:00Z' }), unsigned);
    inbox.clear();
    assert.equal(inbox.size, 0);
    assert.deepEqual(inbox.list(), []);
    const again = inbox.add(delivery({ eventId: 'late', timestamp: '2025-01-06T10:00:00Z' }), unsigned);
    assert.equal(again.repeated, false);
    assert.equal(inbox.get(again.record.id), again.record);
    inbox.clear();
    const earlier = inbox.add(delivery({ eventId: 'early', timestamp: '2025-01-06T09:00:00Z' }), unsigned);
    assert.equal(earlier.record.outOfOrder, undefined);
  });

  it('marks an older event out of order only for the same resource, and not an equal time', () => {
    const inbox = new CallbackInbox(newId);
    inbox.add(delivery({ eventId: 'a', timestamp: '2025-01-06T10:00:00Z' }), unsigned);
    assert.equal(inbox.add(delivery({ eventId: 'b', timestamp: '2025-01-06T10:00:00Z' }), unsigned).record.outOfOrder, undefined);
    assert.equal(inbox.add(delivery({ eventId: 'c', timestamp: '2025-01-06T09:00:00Z', resourceId: '+14045550100' }), unsigned).record.outOfOrder, undefined);
    assert.equal(inbox.add(delivery({ eventId: 'd', timestamp: '2025-01-06T09:00:00Z', resourceType: 'HOSTING_ORDER' }), unsigned).record.outOfOrder, undefined);
    assert.deepEqual(inbox.add(delivery({ eventId: 'e', timestamp: '2025-01-06T09:59:59Z' }), unsigned).record.outOfOrder, { laterTimestamp: '2025-01-06T10:00:00Z' });
  });

  it('a restored inbox drops a repeated id in words, and keeps marking order as before', () => {
    const inbox = new CallbackInbox(newId);
    inbox.add(delivery({ eventId: 'x', timestamp: '2025-01-06T10:00:00Z' }), unsigned);
    const stored = inbox.toStored();
    const copy = { ...stored.records[0], event: { ...stored.records[0].event, eventId: 'y' } };
    const dropped: string[] = [];
    const restored = CallbackInbox.fromStored({ version: 1, records: [stored.records[0], copy] }, newId, (r) => dropped.push(r));
    assert.deepEqual(dropped, ['stored callback #2 was dropped: it repeats the id of a newer one']);
    assert.equal(restored.size, 1);
    assert.equal(restored.add(delivery({ eventId: 'x' }), unsigned).repeated, true);
    assert.deepEqual(restored.add(delivery({ eventId: 'z', timestamp: '2025-01-06T09:00:00Z' }), unsigned).record.outOfOrder, { laterTimestamp: '2025-01-06T10:00:00Z' });
  });

  it('says why an unreadable envelope is dropped', () => {
    const dropped: string[] = [];
    CallbackInbox.fromStored({ version: 1, records: 'no' }, newId, (r) => dropped.push(r));
    assert.match(dropped[0], /^the stored callbacks are not in a form this version reads \(records: .+\); starting empty$/);
    const whole: string[] = [];
    CallbackInbox.fromStored({ version: 1, records: [{}] }, newId, (r) => whole.push(r));
    assert.match(whole[0], /^stored callback #1 was dropped: id: /);
  });
});
