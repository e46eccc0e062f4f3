// Each signature verdict's "why", as the callback document shows it, and the header edges: blank
// means unsigned, upper-case hex and spaces around it are fine, anything else is named (cut to 60).
import * as assert from 'node:assert/strict';
import { signCallbackBody, trustsDelivery, verdictPhrase, verifyCallbackSignature } from '../../../../src/model/callbacks/signature';

const body = Buffer.from('{"eventId":"e1"}');
const SECRET = 'callback-secret';

describe('signature verdicts in words', () => {
  it('unsigned, no secret, valid, invalid', () => {
    assert.deepEqual(verifyCallbackSignature(body, '  ', SECRET), {
      kind: 'unsigned', why: 'No X-Sinch-Signature header: the project has no callback secret, or something between Sinch and you removed the header.',
    });
    assert.deepEqual(verifyCallbackSignature(body, 'abc', ''), {
      kind: 'noSecret', why: 'The delivery carries X-Sinch-Signature, but no callback secret is stored for its project: run "Sinch: Set Callback Secret" to check it.',
    });
    assert.deepEqual(verifyCallbackSignature(body, ` ${signCallbackBody(SECRET, body).toUpperCase()} `, SECRET), {
      kind: 'valid', why: 'X-Sinch-Signature matches the HMAC-SHA1 of the raw body with the stored callback secret.',
    });
    assert.deepEqual(verifyCallbackSignature(body, signCallbackBody('other', body), SECRET), {
      kind: 'invalid',
      why: "X-Sinch-Signature does not match the HMAC-SHA1 of the raw body with the stored callback secret: the secret differs from the project's, or the body was changed on the way.",
    });
  });

  it('names a header that is not 40 hex characters, cut to 60', () => {
    const header = `sha1=${'z'.repeat(100)}`;
    assert.deepEqual(verifyCallbackSignature(body, header, SECRET), {
      kind: 'invalid', why: `X-Sinch-Signature is not 40 hex characters (an HMAC-SHA1); it was ${JSON.stringify(header.slice(0, 60))}.`,
    });
    assert.equal(verifyCallbackSignature(body, `${signCallbackBody(SECRET, body)}0`, SECRET).kind, 'invalid');
  });

  it('phrases and trust', () => {
    assert.equal(verdictPhrase({ kind: 'noSecret', why: '' }), 'signature invalid: no secret set');
    assert.equal(verdictPhrase({ kind: 'unsigned', why: '' }), 'unsigned');
    assert.equal(trustsDelivery({ kind: 'unsigned', why: '' }, true), false);
    assert.equal(trustsDelivery({ kind: 'noSecret', why: '' }, false), false);
    assert.equal(trustsDelivery({ kind: 'invalid', why: '' }, false), false);
  });
});
