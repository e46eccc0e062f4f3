import * as assert from 'node:assert/strict';
import type { RunningSandbox } from '../../../src/sandbox';
import { BASE, BASIC, call, startTestSandbox } from './helpers';

const LIST = `${BASE}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED`;
const basic = (id: string, secret: string): string => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

async function fetchToken(sb: RunningSandbox, auth = BASIC, form = 'grant_type=client_credentials'): Promise<Response> {
  return fetch(`${sb.url}/oauth2/token`, { method: 'POST', headers: { Authorization: auth, 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
}

describe('sandbox auth', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox({ tokenTtlSeconds: 600 });
  });
  afterEach(() => sb.close());

  it('refuses a request without credentials with 401, a Basic challenge and a Sinch error body', async () => {
    const reply = await call(sb, 'GET', LIST, undefined, {});
    assert.equal(reply.status, 401);
    assert.match(reply.headers.get('www-authenticate') ?? '', /^Basic realm="Sinch"/);
    assert.equal(reply.body.code, '401');
    assert.equal(reply.body.status, 'UNAUTHENTICATED');
    assert.match(String(reply.body.message), /no credentials/);
  });

  it('refuses Basic auth with an empty key ID or secret, and accepts any non-empty pair', async () => {
    assert.equal((await call(sb, 'GET', LIST, undefined, { Authorization: basic('key', '') })).status, 401);
    assert.equal((await call(sb, 'GET', LIST, undefined, { Authorization: basic('', 'secret') })).status, 401);
    assert.equal((await call(sb, 'GET', LIST, undefined, { Authorization: 'Basic !!!' })).status, 401);
    assert.equal((await call(sb, 'GET', LIST, undefined, { Authorization: basic('any-key', 'any-secret') })).status, 200);
  });

  it('issues bearer tokens that work until they expire on the virtual clock', async () => {
    const res = await fetchToken(sb);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const token = (await res.json()) as { access_token: string; token_type: string; expires_in: number; scope: string };
    assert.equal(token.token_type, 'Bearer');
    assert.equal(token.expires_in, 600);
    assert.equal(token.scope, '');
    assert.ok(token.access_token.length >= 20);
    const bearer = { Authorization: `Bearer ${token.access_token}` };

    assert.equal((await call(sb, 'GET', LIST, undefined, bearer)).status, 200);
    sb.advanceClock(599);
    assert.equal((await call(sb, 'GET', LIST, undefined, bearer)).status, 200);
    sb.advanceClock(1);
    const expired = await call(sb, 'GET', LIST, undefined, bearer);
    assert.equal(expired.status, 401);
    assert.equal(expired.headers.get('www-authenticate'), 'Bearer error="invalid_token", error_description="token expired"');
    assert.equal(expired.body.status, 'UNAUTHENTICATED');

    // A fresh token works again.
    const again = (await (await fetchToken(sb)).json()) as { access_token: string };
    assert.equal((await call(sb, 'GET', LIST, undefined, { Authorization: `Bearer ${again.access_token}` })).status, 200);
  });

  it('refuses a bearer token it never issued', async () => {
    const reply = await call(sb, 'GET', LIST, undefined, { Authorization: 'Bearer made-up-token' });
    assert.equal(reply.status, 401);
    assert.match(reply.headers.get('www-authenticate') ?? '', /error="invalid_token"/);
  });

  it('answers the token endpoint with OAuth2 errors for missing credentials and wrong grants', async () => {
    const noCreds = await fetch(`${sb.url}/oauth2/token`, { method: 'POST', body: 'grant_type=client_credentials', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(noCreds.status, 401);
    assert.equal(((await noCreds.json()) as { error: string }).error, 'invalid_client');

    const wrongGrant = await fetchToken(sb, BASIC, 'grant_type=password');
    assert.equal(wrongGrant.status, 400);
    assert.equal(((await wrongGrant.json()) as { error: string }).error, 'unsupported_grant_type');

    const noGrant = await fetchToken(sb, BASIC, '');
    assert.equal(noGrant.status, 400);
    assert.equal(((await noGrant.json()) as { error: string }).error, 'invalid_request');

    const viaForm = await fetchToken(sb, '', 'grant_type=client_credentials&client_id=k&client_secret=s');
    assert.equal(viaForm.status, 200);

    const wrongMethod = await fetch(`${sb.url}/oauth2/token`);
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.headers.get('allow'), 'POST');
  });

  it('checks the route before the credentials: unknown paths are 404 even without auth', async () => {
    assert.equal((await call(sb, 'GET', '/v1/nothing', undefined, {})).status, 404);
    assert.equal((await call(sb, 'PUT', LIST, undefined, {})).status, 405);
  });
});
