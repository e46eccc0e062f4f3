// A replay or forward to this machine still needs http: another scheme to localhost is refused.
import * as assert from 'node:assert/strict';
import { checkSendTarget } from '../../../../src/model/callbacks/sendTarget';

describe('send target: scheme to this machine', () => {
  it('refuses a non-http scheme to localhost', () => {
    assert.deepEqual(checkSendTarget('ftp://127.0.0.1/cb'), { ok: false, reason: 'Only http(s) URLs receive callbacks, not ftp.' });
    assert.deepEqual(checkSendTarget('ws://localhost:8080/cb'), { ok: false, reason: 'Only http(s) URLs receive callbacks, not ws.' });
  });
});
