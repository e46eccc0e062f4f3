import assert from 'node:assert/strict';
import { createRedactor } from '../../../src/model/redact';

describe('log redaction', () => {
  it('replaces every known credential wherever it appears', () => {
    const r = createRedactor();
    r.add('key-id-1234');
    r.add('s3cr3t-value');
    assert.equal(r.redact('auth failed for key-id-1234 with s3cr3t-value (s3cr3t-value)'), 'auth failed for *** with *** (***)');
  });

  it('hides authorization headers and credentials in URLs', () => {
    const r = createRedactor();
    assert.equal(r.redact('Authorization: Bearer abc.def-ghi'), 'Authorization: Bearer ***');
    assert.equal(r.redact('Authorization: Bearer   abc.def-ghi'), 'Authorization: Bearer ***');
    assert.equal(r.redact('Basic a2V5OnNlY3JldA=='), 'Basic ***');
    assert.equal(r.redact('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig'), 'Bearer ***');
    assert.equal(r.redact('GET https://user:pass@host/x'), 'GET https://***:***@host/x');
  });

  it('leaves plain words after Basic or Bearer readable', () => {
    const r = createRedactor();
    for (const text of ['Use Basic auth for testing only.', 'The bearer token was refused.', 'Bearer tokens expire after an hour.', 'Basic authentication-failure']) {
      assert.equal(r.redact(text), text);
    }
  });

  it('forgets credentials on clear', () => {
    const r = createRedactor();
    r.add('long-secret');
    assert.equal(r.redact('abc long-secret'), 'abc ***', 'nothing was registered, so clear() was not tested');
    r.clear();
    assert.equal(r.redact('abc long-secret'), 'abc long-secret');
  });

  it('ignores values too short to be keys (under 4 characters), and redacts from 4 on', () => {
    const r = createRedactor();
    r.add('');
    r.add('a');
    r.add('abc');
    r.add('wxyz');
    assert.equal(r.redact('abc and a mean nothing; wxyz is a key'), 'abc and a mean nothing; *** is a key');
  });
});
