// A callback row's icon per verdict and status, the tooltip of a malformed delivery and of a
// single delivery, and what an export says of a cut body and of an event in order.
import * as assert from 'node:assert/strict';
import { CallbackInbox, MAX_STORED_BODY_BYTES } from '../../../../src/model/callbacks/inbox';
import { callbackRow, callbackTooltip, exportCallbacks } from '../../../../src/model/callbacks/presentation';
import type { SignatureVerdict } from '../../../../src/model/callbacks/signature';

const unsigned: SignatureVerdict = { kind: 'unsigned', why: 'no header' };

function add(inbox: CallbackInbox, status: string, verdict: SignatureVerdict = unsigned, eventId = `e-${status}`) {
  const body = { resourceType: 'IMPORTED_NUMBER', eventType: 'OSR_UPDATE', eventId, timestamp: '2025-01-06T09:01:10Z', projectId: 'p', resourceId: '+12025550134', status };
  return inbox.add({ receivedAt: 0, method: 'POST', path: '/cb', headers: {}, body: Buffer.from(JSON.stringify(body)), answeredStatus: 200 }, verdict).record;
}

describe('callback row icons and export', () => {
  it('shows the status icon, or a shield when the signature is wrong or cannot be checked', () => {
    const inbox = new CallbackInbox();
    assert.deepEqual(callbackRow(add(inbox, 'FAILED'), 0).icon, { id: 'error', color: 'testing.iconFailed' });
    assert.deepEqual(callbackRow(add(inbox, 'SUCCEEDED'), 0).icon, { id: 'pass', color: 'testing.iconPassed' });
    assert.deepEqual(callbackRow(add(inbox, 'IN_PROGRESS'), 0).icon, { id: 'circle-outline' });
    assert.deepEqual(callbackRow(add(inbox, 'SUCCEEDED', { kind: 'noSecret', why: 'no secret set' }, 'n1'), 0).icon, { id: 'shield', color: 'errorForeground' });
    assert.deepEqual(callbackRow(add(inbox, 'SUCCEEDED', { kind: 'invalid', why: 'wrong' }, 'n2'), 0).icon, { id: 'shield', color: 'errorForeground' });
  });

  it('starts a malformed delivery\'s tooltip with its method and path, and tells nothing of deliveries for one', () => {
    const inbox = new CallbackInbox();
    const { record } = inbox.add({ receivedAt: 0, method: 'PUT', path: '/x', headers: {}, body: Buffer.from('nope'), answeredStatus: 200 }, unsigned);
    assert.equal(callbackTooltip(record, 0).split('\n\n')[0], 'Malformed delivery to PUT /x');
    assert.doesNotMatch(callbackTooltip(add(inbox, 'SUCCEEDED'), 0), /Delivered/);
  });

  it('exports a cut body as truncated, and an event in order as not out of order', () => {
    const inbox = new CallbackInbox();
    const { record: big } = inbox.add({ receivedAt: 0, method: 'POST', path: '/cb', headers: {}, body: Buffer.alloc(MAX_STORED_BODY_BYTES + 1, 0x61), answeredStatus: 200 }, unsigned);
    const plain = add(inbox, 'SUCCEEDED');
    const exported = JSON.parse(exportCallbacks([big, plain], 0)) as { callbacks: Array<Record<string, unknown>> };
    const [first, second] = exported.callbacks;
    assert.equal(first.bodyTruncated, true);
    assert.equal('bodyTruncated' in second, false);
    assert.equal(second.outOfOrder, false);
  });
});
