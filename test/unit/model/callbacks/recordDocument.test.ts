// A callback that failed, came twice, arrived out of order and was replayed and forwarded: every
// line of its row, tooltip, document and export, so each finding reads the same everywhere.
import * as assert from 'node:assert/strict';
import { CallbackInbox, type DeliveryInput } from '../../../../src/model/callbacks/inbox';
import { callbackDocument, callbackRow, exportCallbacks, receivedWords } from '../../../../src/model/callbacks/presentation';

const t0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const eventBody = (id: string, ts: string): Buffer => Buffer.from(JSON.stringify({
  resourceType: 'IMPORTED_NUMBER', eventType: 'OSR_UPDATE', eventId: id, timestamp: ts, projectId: 'p', resourceId: '+12025550134', status: 'FAILED', failureCode: 'LOA_EXPIRED',
}));
const at = (ms: number, body: Buffer, headers: Record<string, string> = {}): DeliveryInput => ({ receivedAt: ms, method: 'POST', path: '/cb', headers, body, answeredStatus: 200 });

function eventfulRecord() {
  const inbox = new CallbackInbox(() => 'id1');
  inbox.add(at(t0, eventBody('a', '2025-01-06T10:00:00Z')), { kind: 'valid', why: 'ok.' });
  const { record } = inbox.add(at(t0 + 1000, eventBody('b', '2025-01-06T09:00:00Z'), { 'content-type': 'application/json' }), { kind: 'invalid', why: 'bad.' });
  inbox.add(at(t0 + 2000, eventBody('b', '2025-01-06T09:00:00Z')), { kind: 'invalid', why: 'bad.' });
  inbox.recordSend(record.id, { kind: 'replay', url: 'http://localhost:3000/h', at: t0 + 3000 });
  inbox.recordSend(record.id, { kind: 'forward', url: 'https://example.com/h', at: t0 + 4000, error: 'ECONNREFUSED' });
  return record;
}

const FINDINGS = [
  'Signature: signature invalid. bad.',
  'Failure: The Letter of Authorization was not signed in time (LOA_EXPIRED): file the order again and sign the LoA e-mail promptly.',
  'Delivered 2 times (same eventId); the last at 2025-01-06T09:00:02.000Z. Handle an event once.',
  'Out of order: an event for this resource stamped 2025-01-06T10:00:00Z had already arrived. Sinch does not guarantee order: re-read the resource for its latest state.',
  'replayed: failed (no answer) to http://localhost:3000/h at 2025-01-06T09:00:03.000Z',
  'forwarded: failed (ECONNREFUSED) to https://example.com/h at 2025-01-06T09:00:04.000Z',
];

describe('a callback record in words', () => {
  it('the row', () => {
    const record = eventfulRecord();
    const row = callbackRow(record, t0 + 5000);
    assert.equal(row.label, 'OSR update: +1 202-555-0134');
    assert.equal(
      row.description,
      `failed: The Letter of Authorization was not signed in time · ${receivedWords(t0 + 1000, t0 + 5000)} · signature invalid · delivered 2 times · out of order · forwarded: failed (ECONNREFUSED)`,
    );
    assert.deepEqual(row.icon, { id: 'shield', color: 'errorForeground' });
    const paragraphs = row.tooltip.split('\n\n').map((p) => p.replace(/\\(.)/g, '$1'));
    assert.deepEqual(paragraphs, [
      'OSR update (OSR_UPDATE) for +1 202-555-0134: failed',
      'IMPORTED_NUMBER · project p · event b',
      "Sinch's time 2025-01-06T09:00:00Z",
      `Received ${receivedWords(t0 + 1000, t0 + 5000)}`,
      ...FINDINGS,
    ]);
  });

  it('the document', () => {
    const doc = callbackDocument(eventfulRecord());
    const body = eventBody('b', '2025-01-06T09:00:00Z').toString();
    assert.equal(doc, [
      '# OSR update: +1 202-555-0134 (failed)', '',
      'Received 2025-01-06T09:00:01.000Z · answered 200', '',
      '## Verdict', '', ...FINDINGS.map((l) => `- ${l}`), '',
      '## Headers', '', '```http', 'POST /cb', 'content-type: application/json', '```', '',
      `## Raw body (${body.length} bytes)`, '', '```', body, '```', '',
      '## Pretty JSON', '', '```json', JSON.stringify(JSON.parse(body), null, 2), '```', '',
    ].join('\n'));
  });

  it('the export', () => {
    const exported = JSON.parse(exportCallbacks([eventfulRecord()], t0 + 6000)) as Record<string, unknown> & { callbacks: Array<Record<string, unknown>> };
    assert.equal(exported.exportedAt, '2025-01-06T09:00:06.000Z');
    assert.equal(exported.count, 1);
    const [one] = exported.callbacks;
    assert.equal(one.receivedAt, '2025-01-06T09:00:01.000Z');
    assert.equal(one.deliveries, 2);
    assert.equal(one.bodyEncoding, 'utf8');
    assert.equal(one.malformed, null);
    assert.equal(one.signature, 'signature invalid');
    assert.equal(one.signatureWhy, 'bad.');
    assert.equal(one.outOfOrder, true);
    assert.equal('bodyTruncated' in one, false);
    assert.deepEqual(one.sends, [
      { kind: 'replay', url: 'http://localhost:3000/h', at: '2025-01-06T09:00:03.000Z' },
      { kind: 'forward', url: 'https://example.com/h', at: '2025-01-06T09:00:04.000Z', error: 'ECONNREFUSED' },
    ]);
  });

  it('a malformed delivery: its reason, no pretty JSON, and a fence longer than any backticks in the body', () => {
    const inbox = new CallbackInbox(() => 'm1');
    const { record } = inbox.add(at(t0, Buffer.from('oops ```` not json')), { kind: 'unsigned', why: 'none.' });
    const doc = callbackDocument(record);
    assert.match(doc, /^# Malformed delivery: POST \/cb\n/);
    assert.match(doc, /\n- Malformed: The body is not JSON: .+\n/);
    assert.match(doc, /\n`````\noops ```` not json\n`````\n$/);
    assert.ok(!doc.includes('## Pretty JSON'));
    const exported = JSON.parse(exportCallbacks([record], t0)) as { callbacks: Array<{ event: unknown; malformed: string }> };
    assert.equal(exported.callbacks[0].event, null);
    assert.match(exported.callbacks[0].malformed, /^The body is not JSON/);
  });
});
