// The callback inbox at its limits: a cleared row cannot be sent again, the newest 500 rows are
// stored and restored, 5,000 rows are listed and the oldest past that is gone for good (its
// event arriving again is a new row), out-of-order marks against the newest time seen whatever
// came between, and why a stored inbox or row could not be read.
import * as assert from 'node:assert/strict';
import { CallbackInbox, MAX_KEPT_CALLBACKS, MAX_LISTED_CALLBACKS, type DeliveryInput } from '../../../../src/model/callbacks/inbox';

let clock = Date.UTC(2025, 0, 6, 9, 0, 0);
let ids = 0;
const newId = (): string => `r${++ids}`;
const unsigned = { kind: 'unsigned', why: 'no header' } as const;

function delivery(event: Record<string, unknown>): DeliveryInput {
  clock += 1000;
  const full = { resourceType: 'IMPORTED_NUMBER', eventType: 'OSR_UPDATE', eventId: 'e1', timestamp: '2025-01-06T09:01:10Z', projectId: 'p', resourceId: '+12025550134', status: 'SUCCEEDED', ...event };
  return { receivedAt: clock, method: 'POST', path: '/', headers: {}, body: Buffer.from(JSON.stringify(full)), answeredStatus: 200 };
}

function filled(count: number): CallbackInbox {
  const inbox = new CallbackInbox(newId);
  for (let i = 0; i < count; i++) inbox.add(delivery({ eventId: `e${i}` }), unsigned);
  return inbox;
}

describe('callback inbox limits', () => {
  it('cannot send a row again once the inbox was cleared', () => {
    const inbox = new CallbackInbox(newId);
    const { record } = inbox.add(delivery({}), unsigned);
    inbox.clear();
    assert.equal(inbox.recordSend(record.id, { kind: 'replay', url: 'http://127.0.0.1:9/', at: 1 }), undefined);
  });

  it('stores the newest 500 rows and restores no more than 500', () => {
    const inbox = filled(MAX_KEPT_CALLBACKS + 1);
    const stored = inbox.toStored();
    assert.equal(stored.records.length, MAX_KEPT_CALLBACKS);
    assert.equal(stored.records[0].event?.eventId, `e${MAX_KEPT_CALLBACKS}`);
    const tooMany = { version: 1, records: [...stored.records, ...filled(1).toStored().records] };
    assert.equal(CallbackInbox.fromStored(tooMany, newId).size, MAX_KEPT_CALLBACKS);
  });

  it('lists 5,000 rows; past that the oldest is gone, and its event arriving again is a new row', function () {
    this.timeout(20_000);
    const inbox = filled(MAX_LISTED_CALLBACKS);
    assert.equal(inbox.size, MAX_LISTED_CALLBACKS);
    const oldest = inbox.list().at(-1);
    assert.equal(oldest?.event?.eventId, 'e0');
    inbox.add(delivery({ eventId: 'newest' }), unsigned);
    assert.equal(inbox.size, MAX_LISTED_CALLBACKS);
    assert.equal(inbox.get(oldest?.id ?? ''), undefined);
    const again = inbox.add(delivery({ eventId: 'e0' }), unsigned);
    assert.equal(again.repeated, false);
    assert.equal(inbox.list()[0], again.record);
  });

  it('marks a callback out of order against the newest time seen, whatever came between', () => {
    const inbox = new CallbackInbox(newId);
    const at = (second: number): string => `2025-01-06T10:00:0${second}Z`;
    inbox.add(delivery({ eventId: 'a', timestamp: at(3) }), unsigned);
    assert.deepEqual(inbox.add(delivery({ eventId: 'b', timestamp: at(1) }), unsigned).record.outOfOrder, { laterTimestamp: at(3) });
    assert.deepEqual(inbox.add(delivery({ eventId: 'c', timestamp: at(2) }), unsigned).record.outOfOrder, { laterTimestamp: at(3) });
    const rising = new CallbackInbox(newId);
    rising.add(delivery({ eventId: 'd', timestamp: at(1) }), unsigned);
    rising.add(delivery({ eventId: 'e', timestamp: at(3) }), unsigned);
    assert.deepEqual(rising.add(delivery({ eventId: 'f', timestamp: at(2) }), unsigned).record.outOfOrder, { laterTimestamp: at(3) });
  });

  it('says why a stored inbox or row could not be read', () => {
    const reasons: string[] = [];
    CallbackInbox.fromStored('junk', newId, (r) => reasons.push(r));
    CallbackInbox.fromStored({ version: 1, records: ['junk'] }, newId, (r) => reasons.push(r));
    assert.equal(reasons.length, 2);
    assert.match(reasons[0], /^the stored callbacks are not in a form this version reads \(entry: .+\); starting empty$/);
    assert.match(reasons[1], /^stored callback #1 was dropped: entry: .+$/);
  });
});
