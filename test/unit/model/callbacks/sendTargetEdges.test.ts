// Where a replay or forward may go: the words for a blank entry, a long non-URL, credentials, and
// plain http to another machine.
import * as assert from 'node:assert/strict';
import { checkSendTarget } from '../../../../src/model/callbacks/sendTarget';

describe('callback send target: refusals', () => {
  it('a blank entry asks for a URL', () => {
    assert.deepEqual(checkSendTarget('   '), { ok: false, reason: 'Enter a URL, e.g. http://localhost:3000/sinch/callbacks.' });
  });

  it('quotes at most 80 characters of what is not a URL', () => {
    const typed = `  ${'x'.repeat(100)}  `;
    assert.deepEqual(checkSendTarget(typed), { ok: false, reason: `"${'x'.repeat(80)}" is not a URL; it starts with https:// (or http://localhost for this machine).` });
  });

  it('refuses a user name or a password alone', () => {
    assert.deepEqual(checkSendTarget('https://user@example.com/cb'), { ok: false, reason: 'Leave credentials out of the URL.' });
    assert.deepEqual(checkSendTarget('https://:secret@example.com/cb'), { ok: false, reason: 'Leave credentials out of the URL.' });
  });

  it('refuses plain http to another machine and takes it on this one', () => {
    assert.deepEqual(checkSendTarget('http://example.com:8080/cb'), { ok: false, reason: 'Plain http only to this machine (localhost, 127.0.0.1); use https for example.com:8080.' });
    assert.deepEqual(checkSendTarget(' http://127.0.0.1:3000/cb '), { ok: true, url: 'http://127.0.0.1:3000/cb' });
    assert.deepEqual(checkSendTarget('ftp://example.com/cb'), { ok: false, reason: 'Only http(s) URLs receive callbacks, not ftp.' });
  });
});
