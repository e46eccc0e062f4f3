import * as assert from 'node:assert/strict';
import { CallbackInbox, MAX_KEPT_CALLBACKS, type DeliveryInput } from '../../../../src/model/callbacks/inbox';
import { callbackDocument, callbackRow, exportCallbacks } from '../../../../src/model/callbacks/presentation';
import { signCallbackBody, verifyCallbackSignature } from '../../../../src/model/callbacks/signature';

const SECRET = 'inbox-secret';
let clock = Date.UTC(2025, 0, 6, 9, 0, 0);

function event(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { resourceType: 'IMPORTED_NUMBER', eventType: 'OSR_UPDATE', eventId: 'e1', timestamp: '2025-01-06T09:01:10Z', projectId: 'p', resourceId: '+12025550134', status: 'SUCCEEDED', ...overrides };
}

function delivery(body: string | Buffer, headers: Record<string, string> = {}): DeliveryInput {
  clock += 1000;
  const raw = typeof body === 'string' ? Buffer.from(body) : body;
  return { receivedAt: clock, method: 'POST', path: '/sinch', headers: { 'content-type': 'application/json', ...headers }, body: raw, answeredStatus: 200 };
}

function receive(inbox: CallbackInbox, body: string, signed = true): ReturnType<CallbackInbox['add']> {
  const headers: Record<string, string> = signed ? { 'x-sinch-signature': signCallbackBody(SECRET, body) } : {};
  const input = delivery(body, headers);
  return inbox.add(input, verifyCallbackSignature(input.body, headers['x-sinch-signature'], SECRET));
}

describe('callback inbox', () => {
  it('lists events newest first, one row per eventId with its delivery count', () => {
    const inbox = new CallbackInbox();
    receive(inbox, JSON.stringify(event({ eventId: 'a' })));
    receive(inbox, JSON.stringify(event({ eventId: 'b', timestamp: '2025-01-06T09:02:00Z' })));
    const again = receive(inbox, JSON.stringify(event({ eventId: 'a' })));
    assert.equal(again.repeated, true);
    assert.deepEqual(inbox.list().map((r) => [r.event?.eventId, r.deliveries]), [['b', 1], ['a', 2]]);
    assert.match(callbackRow(again.record, clock).description, /delivered 2 times/);
  });

  it('marks an event older than one already seen for the same resource as out of order (zoneless = UTC)', () => {
    const inbox = new CallbackInbox();
    receive(inbox, JSON.stringify(event({ eventId: 'new', timestamp: '2025-01-06T09:05:00Z' })));
    // 09:04:00 without a zone is UTC, so older than 09:05Z whatever the machine's zone.
    const old = receive(inbox, JSON.stringify(event({ eventId: 'old', timestamp: '2025-01-06T09:04:00' }))).record;
    const otherResource = receive(inbox, JSON.stringify(event({ eventId: 'x', resourceId: '+12025550135', timestamp: '2025-01-06T09:00:00Z' }))).record;
    const later = receive(inbox, JSON.stringify(event({ eventId: 'later', timestamp: '2025-01-06T09:05:00.001' }))).record;
    assert.deepEqual(old.outOfOrder, { laterTimestamp: '2025-01-06T09:05:00Z' });
    assert.match(callbackRow(old, clock).description, /out of order/);
    assert.equal(otherResource.outOfOrder, undefined);
    assert.equal(later.outOfOrder, undefined);
  });

  it('lists malformed deliveries with the reason, and bodies that are not JSON byte for byte', () => {
    const inbox = new CallbackInbox();
    const raw = Buffer.from([0x3c, 0x68, 0x74, 0x6d, 0x6c, 0xff]);
    const input = { ...delivery(raw), answeredStatus: 400 };
    const { record } = inbox.add(input, verifyCallbackSignature(raw, undefined, SECRET));
    assert.match(record.malformed ?? '', /not UTF-8/);
    assert.deepEqual(Buffer.from(record.bodyBase64, 'base64'), raw);
    const row = callbackRow(record, clock);
    assert.match(row.label, /^Malformed delivery: POST \/sinch$/);
    assert.match(row.description, /answered 400 · .* · unsigned/);
    assert.match(callbackDocument(record), /not UTF-8: shown as base64/);
  });

  it('shows status, a failure in words, the time and exactly one signature phrase on each row', () => {
    const inbox = new CallbackInbox();
    const failed = receive(inbox, JSON.stringify(event({ eventId: 'f', status: 'FAILED', failureCode: 'INVALID_NNID' }))).record;
    const row = callbackRow(failed, clock);
    assert.equal(row.label, 'OSR update: +1 202-555-0134');
    assert.match(row.description, /^failed: The NNID is not valid · \S+ · signature valid$/);
    assert.match(row.tooltip, /check the NNID in the order/);
    const unsigned = receive(inbox, JSON.stringify(event({ eventId: 'u' })), false).record;
    const phrases = (d: string): string[] => ['signature valid', 'signature invalid', 'unsigned'].filter((p) => d.includes(p));
    assert.deepEqual(phrases(callbackRow(unsigned, clock).description), ['unsigned']);
    const body = JSON.stringify(event({ eventId: 'bad' }));
    const bad = inbox.add(delivery(body, { 'x-sinch-signature': signCallbackBody('wrong', body) }), verifyCallbackSignature(Buffer.from(body), signCallbackBody('wrong', body), SECRET)).record;
    assert.deepEqual(phrases(callbackRow(bad, clock).description), ['signature invalid']);
    const other = JSON.stringify(event({ eventId: 'no-secret' }));
    const noSecret = inbox.add(delivery(other), verifyCallbackSignature(Buffer.from(other), signCallbackBody('x', other), undefined)).record;
    assert.match(callbackRow(noSecret, clock).description, /no secret set/);
  });

  it('opens a document with headers, the raw body as received, pretty JSON and the verdict with why', () => {
    const inbox = new CallbackInbox();
    const body = `  ${JSON.stringify(event({ eventId: 'doc' }))}`;
    const { record } = receive(inbox, body);
    const doc = callbackDocument(record);
    assert.ok(doc.includes(`x-sinch-signature: ${signCallbackBody(SECRET, body)}`));
    assert.ok(doc.includes(`\n${body}\n`), 'raw body as received, leading spaces included');
    assert.ok(doc.includes('"eventId": "doc"'), 'pretty JSON');
    assert.match(doc, /Signature: signature valid\. X-Sinch-Signature matches/);
  });

  it('keeps at most 64 KiB of a body for storage and says so in the document', () => {
    const inbox = new CallbackInbox();
    const body = JSON.stringify(event({ eventId: 'big', note: 'x'.repeat(70_000) }));
    const { record } = receive(inbox, body);
    assert.equal(record.bodyTruncated, true);
    assert.equal(record.bodyBytes, Buffer.byteLength(body));
    assert.equal(record.verdict.kind, 'valid', 'checked on the whole body as received');
    const doc = callbackDocument(record);
    assert.match(doc, /only the first 65536 bytes kept/);
    assert.doesNotMatch(doc, /## Pretty JSON/);
  });

  it('keeps the last 500 across reloads, with marks and delivery counts, and drops unreadable state', () => {
    const inbox = new CallbackInbox();
    for (let i = 0; i < MAX_KEPT_CALLBACKS + 20; i++) receive(inbox, JSON.stringify(event({ eventId: `e${i}`, timestamp: new Date(Date.UTC(2025, 0, 6, 10) + i * 1000).toISOString() })));
    receive(inbox, JSON.stringify(event({ eventId: `e${MAX_KEPT_CALLBACKS + 19}` })));
    const stored = JSON.parse(JSON.stringify(inbox.toStored())) as unknown;
    const restored = CallbackInbox.fromStored(stored);
    assert.equal(restored.size, MAX_KEPT_CALLBACKS);
    assert.deepEqual(restored.list().map((r) => r.id), inbox.list().slice(0, MAX_KEPT_CALLBACKS).map((r) => r.id));
    assert.equal(restored.list()[0].deliveries, 2);
    // The index survives: the same event again is still one row.
    const again = restored.add(delivery(JSON.stringify(event({ eventId: `e${MAX_KEPT_CALLBACKS + 19}` }))), { kind: 'unsigned', why: '' });
    assert.equal(again.repeated, true);
    assert.equal(CallbackInbox.fromStored({ version: 1, records: [{ id: 3 }] }).size, 0);
    assert.equal(CallbackInbox.fromStored('garbage').size, 0);
  });

  it('drops only the stored records that do not parse (older or edited state), each with a reason, and keeps the rest', () => {
    const inbox = new CallbackInbox();
    receive(inbox, JSON.stringify(event({ eventId: 'kept-1' })));
    receive(inbox, 'not json');
    receive(inbox, JSON.stringify(event({ eventId: 'kept-2' })));
    const [newest, malformed, oldest] = JSON.parse(JSON.stringify(inbox.toStored().records)) as Array<Record<string, unknown>>;
    const dropped: string[] = [];
    const restored = CallbackInbox.fromStored({
      version: 1,
      records: [
        newest,
        { ...newest, id: 'other-id' }, // the same event again: listed once
        { ...malformed, deliveries: 0 },
        null,
        'a string',
        { ...oldest, headers: { 'x-sinch-signature': 42 } },
        { ...malformed, verdict: { kind: 'trusted-by-me', why: '' } },
        malformed,
        oldest,
      ],
    }, undefined, (reason) => dropped.push(reason));
    assert.deepEqual(restored.list().map((r) => r.event?.eventId ?? 'malformed'), ['kept-2', 'malformed', 'kept-1']);
    assert.equal(dropped.length, 6, dropped.join('\n'));
    assert.match(dropped[0], /^stored callback #2 was dropped: it repeats the eventId of a newer one$/);
    assert.match(dropped[1], /^stored callback #3 was dropped: deliveries: /);
    assert.match(dropped[4], /^stored callback #6 was dropped: headers\.x-sinch-signature: /);
    // Still one row per event after the restore.
    assert.equal(restored.add(delivery(JSON.stringify(event({ eventId: 'kept-2' }))), { kind: 'unsigned', why: '' }).repeated, true);

    const whole: string[] = [];
    assert.equal(CallbackInbox.fromStored({ version: 2, records: [] }, undefined, (r) => whole.push(r)).size, 0);
    assert.equal(CallbackInbox.fromStored(['garbage'], undefined, (r) => whole.push(r)).size, 0);
    CallbackInbox.fromStored(undefined, undefined, (r) => whole.push(r));
    assert.equal(whole.length, 2, 'nothing stored is not a problem to log');
    assert.match(whole[0], /^the stored callbacks are not in a form this version reads \(version: .*\); starting empty$/);
  });

  it('exports every record as JSON with bodies and verdicts, and records replays on the row', () => {
    const inbox = new CallbackInbox();
    const { record } = receive(inbox, JSON.stringify(event({ eventId: 'x' })));
    inbox.recordSend(record.id, { kind: 'replay', url: 'http://localhost:3000/h', at: clock, status: 204 });
    assert.match(callbackRow(record, clock).description, /replayed: 204$/);
    const exported = JSON.parse(exportCallbacks(inbox.list(), clock)) as { count: number; callbacks: Array<{ body: string; signature: string; sends: unknown[] }> };
    assert.equal(exported.count, 1);
    assert.equal(exported.callbacks[0].body, JSON.stringify(event({ eventId: 'x' })));
    assert.equal(exported.callbacks[0].signature, 'signature valid');
    assert.ok(!exportCallbacks(inbox.list(), clock).includes(SECRET));
  });
});
