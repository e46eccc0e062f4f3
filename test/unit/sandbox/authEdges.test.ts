// Credentials at the edges, as a client meets them: the exact challenge and words of each 401, the
// schemes in any case, and the token endpoint's form, JSON and header variants.
import * as assert from 'node:assert/strict';
import type { RunningSandbox } from '../../../src/sandbox';
import { BASE, BASIC, call, startTestSandbox } from './helpers';

const LIST = `${BASE}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED`;
const basic = (pair: string): string => `Basic ${Buffer.from(pair).toString('base64')}`;

async function token(sb: RunningSandbox, init: { auth?: string; type?: string; body: string }): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'Content-Type': init.type ?? 'application/x-www-form-urlencoded' };
  if (init.auth) headers.Authorization = init.auth;
  const res = await fetch(`${sb.url}/oauth2/token`, { method: 'POST', headers, body: init.body });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe('sandbox auth edges', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0, tokenTtlSeconds: 120 });
  });
  afterEach(() => sb.close());

  it('asks for Basic or Bearer when no credentials came, in those words', async () => {
    const reply = await call(sb, 'GET', LIST, undefined, {});
    assert.equal(reply.status, 401);
    assert.equal(reply.headers.get('www-authenticate'), 'Basic realm="Sinch", Bearer');
    assert.equal(reply.body.message, 'Request had no credentials: send HTTP Basic (key ID and secret) or an OAuth2 bearer token.');
  });

  it('refuses Basic without a key ID, a secret or a colon, and another scheme, with the Basic challenge', async () => {
    for (const auth of [basic(':secret'), basic('key:'), basic(':'), basic('no-colon'), 'Digest username="key"', 'Basic', `X${basic('key:secret')}`]) {
      const reply = await call(sb, 'GET', LIST, undefined, { Authorization: auth });
      assert.equal(reply.status, 401, auth);
      assert.equal(reply.headers.get('www-authenticate'), 'Basic realm="Sinch"', auth);
      assert.equal(reply.body.message, 'The credentials were refused: HTTP Basic needs a non-empty key ID and key secret.', auth);
      assert.equal(reply.body.status, 'UNAUTHENTICATED');
    }
  });

  it('accepts the Basic scheme in any case, padded, and a secret holding colons', async () => {
    const encoded = Buffer.from('key:se:cr:et').toString('base64');
    for (const auth of [`basic ${encoded}`, `BASIC ${encoded}`, `Basic   ${encoded}  `]) {
      assert.equal((await call(sb, 'GET', LIST, undefined, { Authorization: auth })).status, 200, auth);
    }
  });

  it('accepts its bearer tokens under any case of the scheme, and names an unknown one', async () => {
    const issued = await token(sb, { auth: BASIC, body: 'grant_type=client_credentials' });
    const access = String(issued.body.access_token);
    for (const auth of [`bearer ${access}`, `BEARER ${access}`, `Bearer ${access}  `, `Bearer   ${access}`]) {
      assert.equal((await call(sb, 'GET', LIST, undefined, { Authorization: auth })).status, 200, auth);
    }
    const lookalike = await call(sb, 'GET', LIST, undefined, { Authorization: `XBearer ${access}` });
    assert.equal(lookalike.status, 401, 'a scheme that only ends in "bearer" is not Bearer');
    assert.equal(lookalike.headers.get('www-authenticate'), 'Basic realm="Sinch"');
    const unknown = await call(sb, 'GET', LIST, undefined, { Authorization: `Bearer ${access}x` });
    assert.equal(unknown.status, 401);
    assert.equal(unknown.headers.get('www-authenticate'), 'Bearer error="invalid_token", error_description="token unknown"');
    assert.equal(unknown.body.message, 'The bearer token was refused: token unknown. Fetch a new token from /oauth2/token.');
    sb.advanceClock(120);
    const expired = await call(sb, 'GET', LIST, undefined, { Authorization: `Bearer ${access}` });
    assert.equal(expired.body.message, 'The bearer token was refused: token expired. Fetch a new token from /oauth2/token.');
  });

  it('still calls an expired token expired after newer tokens were issued', async () => {
    const old = String((await token(sb, { auth: BASIC, body: 'grant_type=client_credentials' })).body.access_token);
    sb.advanceClock(120);
    assert.equal((await token(sb, { auth: BASIC, body: 'grant_type=client_credentials' })).status, 200);
    sb.advanceClock(60);
    assert.equal((await token(sb, { auth: BASIC, body: 'grant_type=client_credentials' })).status, 200);
    const reply = await call(sb, 'GET', LIST, undefined, { Authorization: `Bearer ${old}` });
    assert.equal(reply.status, 401);
    assert.equal(reply.headers.get('www-authenticate'), 'Bearer error="invalid_token", error_description="token expired"');
    // A day after it expired the token is forgotten, so the list of issued tokens stays bounded.
    sb.advanceClock(86400 - 60);
    await token(sb, { auth: BASIC, body: 'grant_type=client_credentials' });
    const later = await call(sb, 'GET', LIST, undefined, { Authorization: `Bearer ${old}` });
    assert.equal(later.headers.get('www-authenticate'), 'Bearer error="invalid_token", error_description="token unknown"');
  });

  it('issues tokens that are not cached anywhere, each one different, for the configured lifetime', async () => {
    const first = await token(sb, { auth: BASIC, body: 'grant_type=client_credentials' });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    assert.equal(first.headers.get('pragma'), 'no-cache');
    assert.deepEqual(Object.keys(first.body).sort(), ['access_token', 'expires_in', 'scope', 'token_type']);
    assert.equal(first.body.expires_in, 120);
    const second = await token(sb, { auth: BASIC, body: 'grant_type=client_credentials' });
    assert.notEqual(second.body.access_token, first.body.access_token);
    // The first still works beside the second, until its own expiry.
    assert.equal((await call(sb, 'GET', LIST, undefined, { Authorization: `Bearer ${String(first.body.access_token)}` })).status, 200);
  });

  it('takes client credentials from a JSON body, ignoring values that are not text', async () => {
    const json = 'application/json; charset=utf-8';
    const ok = await token(sb, { type: json, body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'k', client_secret: 's' }) });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal((await token(sb, { type: 'Application/JSON', body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'k', client_secret: 's' }) })).status, 200);
    const numeric = await token(sb, { type: json, body: JSON.stringify({ grant_type: 'client_credentials', client_id: 5, client_secret: 's' }) });
    assert.equal(numeric.status, 401);
    assert.equal(numeric.body.error, 'invalid_client');
    // A body that is not JSON under a JSON type is not read as a form either.
    assert.equal((await token(sb, { auth: BASIC, type: json, body: 'grant_type=client_credentials&x={' })).status, 400);
    // Broken JSON or JSON null is an empty form: the Basic header still identifies the client.
    for (const body of ['{"grant_type":', 'null']) {
      const reply = await token(sb, { auth: BASIC, type: json, body });
      assert.equal(reply.status, 400, body);
      assert.equal(reply.body.error, 'invalid_request', body);
    }
  });

  it('reads the Basic header before the form, and answers each OAuth2 error with its words and headers', async () => {
    const emptySecret = await token(sb, { auth: basic('k:'), body: 'grant_type=client_credentials&client_id=k&client_secret=s' });
    assert.equal(emptySecret.status, 401, 'a Basic header with an empty secret is not rescued by the form');
    assert.deepEqual(emptySecret.body, { error: 'invalid_client', error_description: 'Client authentication failed: send the access key ID and secret with HTTP Basic.' });
    assert.equal(emptySecret.headers.get('www-authenticate'), 'Basic realm="Sinch"');
    assert.equal(emptySecret.headers.get('cache-control'), 'no-store');
    assert.equal((await token(sb, { body: 'grant_type=client_credentials&client_id=k' })).status, 401, 'no secret anywhere');
    const emptyId = await token(sb, { auth: basic(':s'), body: 'grant_type=client_credentials&client_id=k&client_secret=s' });
    assert.equal(emptyId.status, 401, 'a Basic header with an empty key ID is not rescued by the form either');

    const noGrant = await token(sb, { auth: BASIC, body: 'scope=x' });
    assert.deepEqual(noGrant.body, { error: 'invalid_request', error_description: 'grant_type is required; use grant_type=client_credentials.' });
    assert.equal(noGrant.headers.get('cache-control'), 'no-store');
    assert.equal(noGrant.headers.get('www-authenticate'), null);

    const long = `password${'x'.repeat(60)}`;
    const wrong = await token(sb, { auth: BASIC, body: `grant_type=${long}` });
    assert.deepEqual(wrong.body, { error: 'unsupported_grant_type', error_description: `grant_type "${long.slice(0, 40)}" is not supported; use client_credentials.` });
  });
});
