// A delivery that is not a callback event: a JSON null body is malformed, and its row has the
// warning icon.
import * as assert from 'node:assert/strict';
import { parseCallbackBody } from '../../../../src/model/callbacks/event';
import { CallbackInbox } from '../../../../src/model/callbacks/inbox';
import { callbackRow } from '../../../../src/model/callbacks/presentation';

describe('malformed callback rows', () => {
  it('calls a JSON null or number body not an object', () => {
    for (const body of ['null', '42']) {
      assert.deepEqual(parseCallbackBody(Buffer.from(body)), { ok: false, reason: 'The body is JSON but not an object; a callback is a JSON object.' }, body);
    }
  });

  it('shows a warning icon on a malformed row', () => {
    const inbox = new CallbackInbox(() => 'id1');
    const { record } = inbox.add({ receivedAt: 0, method: 'POST', path: '/cb', headers: {}, body: Buffer.from('nope'), answeredStatus: 200 }, { kind: 'unsigned', why: 'no header' });
    const row = callbackRow(record, 0);
    assert.deepEqual(row.icon, { id: 'warning', color: 'list.warningForeground' });
    assert.equal(row.label, 'Malformed delivery: POST /cb');
  });
});
