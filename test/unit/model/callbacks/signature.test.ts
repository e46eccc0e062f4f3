// Vectors computed independently with OpenSSL when this test was written, e.g.
//   printf 'hello' | openssl dgst -sha1 -hmac 'secret'
import * as assert from 'node:assert/strict';
import { signCallbackBody, trustsDelivery, verdictPhrase, verifyCallbackSignature } from '../../../../src/model/callbacks/signature';

const EVENT_BODY = '{"resourceType":"IMPORTED_NUMBER","eventType":"OSR_UPDATE","eventId":"e1","timestamp":"2025-01-06T09:01:10Z","projectId":"p","resourceId":"+12025550134","status":"SUCCEEDED"}';

const VECTORS: Array<{ secret: string; body: Buffer; hex: string }> = [
  { secret: 'secret', body: Buffer.from('hello'), hex: '5112055c05f944f85755efc5cd8970e194e9f45b' },
  { secret: 'whsec-test-1', body: Buffer.from(EVENT_BODY), hex: '90f6eda30e792842281fd1221f11fa5f29907a70' },
  // printf 'caf\xc3\xa9 \xff\xfe' | openssl dgst -sha1 -hmac 'k': raw bytes, not valid UTF-8.
  { secret: 'k', body: Buffer.from([0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xff, 0xfe]), hex: '49660c397184a3334602b1155423bda5cedbbe96' },
  { secret: 'key', body: Buffer.alloc(0), hex: 'f42bb0eeb018ebbd4597ae7213711ec60760843f' },
];

describe('callback signatures (HMAC-SHA1 of the raw body, hex)', () => {
  it('matches signatures computed independently with openssl', () => {
    for (const v of VECTORS) assert.equal(signCallbackBody(v.secret, v.body), v.hex, v.body.toString('hex'));
  });

  it('accepts each vector\'s signature, in either hex case, and says why', () => {
    for (const v of VECTORS) {
      assert.equal(verifyCallbackSignature(v.body, v.hex, v.secret).kind, 'valid');
      assert.equal(verifyCallbackSignature(v.body, v.hex.toUpperCase(), v.secret).kind, 'valid');
    }
    assert.match(verifyCallbackSignature(VECTORS[0].body, VECTORS[0].hex, 'secret').why, /matches the HMAC-SHA1 of the raw body/);
  });

  it('flags a changed body, a wrong secret, and a header that is not a SHA-1 hex digest', () => {
    const v = VECTORS[1];
    const changed = Buffer.from(EVENT_BODY.replace('SUCCEEDED', 'FAILED'));
    assert.equal(verifyCallbackSignature(changed, v.hex, v.secret).kind, 'invalid');
    assert.equal(verifyCallbackSignature(v.body, v.hex, 'another-secret').kind, 'invalid');
    // Re-serialising the JSON (spaces) is a different body: the check is on bytes as received.
    assert.equal(verifyCallbackSignature(Buffer.from(JSON.stringify(JSON.parse(EVENT_BODY), null, 1)), v.hex, v.secret).kind, 'invalid');
    const short = verifyCallbackSignature(v.body, 'abc', v.secret);
    assert.equal(short.kind, 'invalid');
    assert.match(short.why, /not 40 hex characters/);
  });

  it('tells unsigned deliveries from signed ones it cannot check, with the phrases the view shows', () => {
    const unsigned = verifyCallbackSignature(VECTORS[0].body, undefined, 'secret');
    assert.equal(verdictPhrase(unsigned), 'unsigned');
    const noSecret = verifyCallbackSignature(VECTORS[0].body, VECTORS[0].hex, undefined);
    assert.equal(noSecret.kind, 'noSecret');
    assert.match(verdictPhrase(noSecret), /no secret set/);
    assert.match(noSecret.why, /Set Callback Secret/);
    assert.equal(verdictPhrase(verifyCallbackSignature(VECTORS[0].body, VECTORS[0].hex, 'secret')), 'signature valid');
    assert.equal(verdictPhrase(verifyCallbackSignature(VECTORS[0].body, VECTORS[1].hex, 'secret')), 'signature invalid');
  });

  it('trusts only a verified delivery, or an unsigned one when no secret is stored to check it', () => {
    const v = VECTORS[0];
    assert.equal(trustsDelivery(verifyCallbackSignature(v.body, v.hex, v.secret), true), true);
    assert.equal(trustsDelivery(verifyCallbackSignature(v.body, undefined, undefined), false), true);
    // Anyone can post to the listener: a wrong signature, or none while a secret is stored, is forged.
    assert.equal(trustsDelivery(verifyCallbackSignature(v.body, VECTORS[1].hex, v.secret), true), false);
    assert.equal(trustsDelivery(verifyCallbackSignature(v.body, undefined, v.secret), true), false);
    assert.equal(trustsDelivery(verifyCallbackSignature(v.body, v.hex, undefined), false), false);
  });
});
