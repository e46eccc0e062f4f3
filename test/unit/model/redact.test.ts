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
    assert.equal(r.redact('Basic a2V5OnNlY3JldA=='), 'Basic ***');
    assert.equal(r.redact('GET https://user:pass@host/x'), 'GET https://***:***@host/x');
  });

  it('forgets credentials on clear and ignores values too short to be keys', () => {
    const r = createRedactor();
    r.add('abc');
    r.add('long-secret');
    r.clear();
    assert.equal(r.redact('abc long-secret'), 'abc long-secret');
  });
});
