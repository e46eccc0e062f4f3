import assert from 'node:assert/strict';
import { createRedactor } from '../../../src/api/redact';

// Every encoding in which the extension sends a key or token is hidden, not only the raw value.
describe('log redaction: every encoding of a credential', () => {
  const keyId = 'key id/+7';
  const secret = 'sé cret"=&x??>';
  const pair = `${keyId}:${secret}`;
  const base64 = Buffer.from(pair, 'utf8').toString('base64');

  it('hides the key ID and secret raw, URL-encoded, form-encoded, JSON-escaped, as a pair and as its base64', () => {
    const r = createRedactor({ headerPatterns: false });
    r.addCredentials(keyId, secret);
    const forms = [
      keyId, secret, pair, encodeURIComponent(keyId), encodeURIComponent(secret), `${encodeURIComponent(keyId)}:${encodeURIComponent(secret)}`,
      new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1),
      base64, base64.replace(/=+$/, ''), Buffer.from(pair, 'utf8').toString('base64url'), encodeURIComponent(base64),
    ];
    assert.equal(new Set(forms).size, forms.length, 'two forms are the same: the test would prove less than it says');
    for (const form of forms) assert.equal(r.redact(`<${form}>`), '<***>', form);
  });

  it('hides a token in every encoding, and the longer form first so no half of it is left', () => {
    const r = createRedactor({ headerPatterns: false });
    r.add('tok/en+value=');
    assert.equal(r.redact('a tok/en+value= b tok%2Fen%2Bvalue%3D c'), 'a *** b *** c');
    r.addCredentials('abcd', 'efgh');
    assert.equal(r.redact('abcd:efgh'), '***');
  });

  it('without header patterns leaves ordinary words such as "bearer token" alone; with them hides unknown header values', () => {
    assert.equal(createRedactor({ headerPatterns: false }).redact('The bearer token was refused'), 'The bearer token was refused');
    assert.equal(createRedactor().redact('Authorization: Basic dW5rbm93bjpwYWly'), 'Authorization: Basic ***');
  });

  it('ignores values too short to be keys, but still takes the pair of a short key ID', () => {
    const r = createRedactor({ headerPatterns: false });
    r.addCredentials('ab', 'long-secret');
    assert.equal(r.redact('ab said ab:long-secret and long-secret'), 'ab said *** and ***');
  });
});
