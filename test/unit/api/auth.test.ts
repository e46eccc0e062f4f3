import * as assert from 'node:assert/strict';
import { createClient, SinchApiError, type ClientConfig, type RequestLogEntry } from '../../../src/api';
import { FakeClock } from './helpers/fakeClock';
import { FakeFetch, isTokenCall, tokenAnswer, type RecordedCall, type Responder, type ScriptedAnswer } from './helpers/fakeFetch';
import { gate, waitFor } from './helpers/conditions';

const PROJECT = 'p-1';
const KEY_ID = 'key-id-7f3a';
const KEY_SECRET = 'very-secret-value-91c2';
const NUMBER = { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_ELIGIBLE' };

function client(fake: FakeFetch, clock: FakeClock, extra: Partial<ClientConfig> = {}) {
  return createClient({
    projectId: PROJECT,
    credentials: { keyId: KEY_ID, keySecret: KEY_SECRET },
    auth: 'oauth2',
    baseUrl: 'https://api.test',
    authBaseUrl: 'https://auth.test',
    fetch: fake.fetch,
    clock,
    random: () => 0,
    ...extra,
  });
}

/** Issues tok-1, tok-2, ...; the API accepts only tokens in `valid`. */
function sinchLike(valid: Set<string> | 'any' = 'any', apiAnswer: ScriptedAnswer = { status: 200, body: NUMBER }): { responder: Responder; issued: string[] } {
  const issued: string[] = [];
  const responder: Responder = (call: RecordedCall) => {
    if (isTokenCall(call)) {
      const token = `tok-${issued.length + 1}`;
      issued.push(token);
      return tokenAnswer(token);
    }
    const token = call.headers.Authorization?.replace(/^Bearer /, '') ?? '';
    if (valid !== 'any' && !valid.has(token)) return { status: 401, body: { code: '401', message: 'Token expired', status: 'UNAUTHENTICATED' } };
    return apiAnswer;
  };
  return { responder, issued };
}

const basicOf = (id: string, secret: string): string => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

/** A client whose token request waits until `tokenGate.open()`, so callers pile up behind it. */
function tokenHeldBack() {
  const tokenGate = gate();
  const { responder } = sinchLike();
  const fake = new FakeFetch(async (call, i) => {
    if (isTokenCall(call)) await tokenGate.promise;
    return responder(call, i);
  });
  return { tokenGate, fake, api: client(fake, new FakeClock()) };
}

describe('authentication', () => {
  it('gets a client-credentials token from the auth URL and sends it as a Bearer token', async () => {
    const fake = new FakeFetch(sinchLike().responder);
    const number = await client(fake, new FakeClock()).get('+12025550134');
    assert.equal(number.phoneNumber, '+12025550134');
    const [tokenCall, apiCall] = fake.calls;
    assert.equal(tokenCall.url, 'https://auth.test/oauth2/token');
    assert.equal(tokenCall.method, 'POST');
    assert.equal(tokenCall.headers.Authorization, basicOf(KEY_ID, KEY_SECRET));
    assert.equal(tokenCall.headers['Content-Type'], 'application/x-www-form-urlencoded');
    assert.equal(tokenCall.body, 'grant_type=client_credentials');
    assert.equal(apiCall.url, 'https://api.test/v1/projects/p-1/qualifiedNumbers/+12025550134');
    assert.equal(apiCall.headers.Authorization, 'Bearer tok-1');
    for (const call of fake.calls) assert.match(call.headers['User-Agent'], /^sinch-qualified-numbers-vscode\/\S+$/);
  });

  it('shares one token request between concurrent callers', async () => {
    const { tokenGate, fake, api } = tokenHeldBack();
    const calls = Array.from({ length: 5 }, () => api.get('+12025550134'));
    await waitFor(() => fake.calls.length === 1, 'the token request');
    tokenGate.open();
    await Promise.all(calls);
    assert.equal(fake.calls.filter(isTokenCall).length, 1);
    assert.equal(fake.calls.filter((c) => !isTokenCall(c)).length, 5);
  });

  it('reuses the token and refreshes it 60 s before it expires, by the injected clock', async () => {
    const clock = new FakeClock();
    const fake = new FakeFetch(sinchLike().responder);
    const api = client(fake, clock);
    await api.get('+12025550134');
    clock.advance((3600 - 61) * 1000);
    await api.get('+12025550134');
    assert.equal(fake.calls.filter(isTokenCall).length, 1, 'still fresh at 61 s before expiry');
    clock.advance(2000);
    await api.get('+12025550134');
    assert.equal(fake.calls.filter(isTokenCall).length, 2, 'refreshed at 59 s before expiry');
    assert.equal(fake.calls.at(-1)?.headers.Authorization, 'Bearer tok-2');
  });

  it('on a 401 drops the token, gets a new one and retries once, even a POST', async () => {
    const valid = new Set(['tok-2']);
    const { responder } = sinchLike(valid, { status: 200, body: { qualifiedNumbers: [NUMBER] } });
    const fake = new FakeFetch(responder);
    const result = await client(fake, new FakeClock()).addNumbers(['+12025550134']);
    assert.equal(result.qualifiedNumbers.length, 1);
    assert.deepEqual(
      fake.calls.map((c) => `${c.method} ${new URL(c.url).pathname} ${c.headers.Authorization?.startsWith('Bearer') ? c.headers.Authorization : ''}`.trim()),
      ['POST /oauth2/token', 'POST /v1/projects/p-1/qualifiedNumbers:addNumbers Bearer tok-1', 'POST /oauth2/token', 'POST /v1/projects/p-1/qualifiedNumbers:addNumbers Bearer tok-2'],
    );
  });

  it('refreshes only once when the new token is refused too, and says what to check', async () => {
    const fake = new FakeFetch(sinchLike(new Set()).responder);
    await assert.rejects(client(fake, new FakeClock()).get('+12025550134'), (error: unknown) => {
      assert.ok(error instanceof SinchApiError);
      assert.equal(error.kind, 'http');
      assert.equal(error.status, 401);
      assert.match(error.message, /check the access key ID and key secret/);
      return true;
    });
    assert.equal(fake.calls.filter(isTokenCall).length, 2);
    assert.equal(fake.calls.filter((c) => !isTokenCall(c)).length, 2);
  });

  it('reports refused credentials at the token endpoint as an auth error, without calling the API', async () => {
    const fake = new FakeFetch(() => ({ status: 401, body: { error: 'invalid_client' } }));
    await assert.rejects(client(fake, new FakeClock()).get('+12025550134'), (error: unknown) => {
      assert.ok(error instanceof SinchApiError);
      assert.equal(error.kind, 'auth');
      assert.equal(error.status, 401);
      assert.match(error.message, /https:\/\/auth\.test refused the access key.*check the access key ID and key secret/);
      return true;
    });
    assert.equal(fake.calls.length, 1);
  });

  it('reports an unreachable auth URL as an auth error that points at the URL, after retrying', async () => {
    const clock = new FakeClock();
    const fake = new FakeFetch(() => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND auth.test'), { code: 'ENOTFOUND' });
    });
    await assert.rejects(client(fake, clock, { maxRetries: 2 }).list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED' }), (error: unknown) => {
      assert.ok(error instanceof SinchApiError);
      assert.equal(error.kind, 'auth');
      assert.match(error.message, /Could not get a token from the auth server https:\/\/auth\.test\. Could not reach auth\.test \(3 attempts\): host name not found/);
      return true;
    });
    assert.equal(fake.calls.length, 3);
    assert.equal(clock.sleeps.length, 2);
  });

  it('reports an auth URL that answers something else (an HTML 404) as an auth error quoting it', async () => {
    const fake = new FakeFetch(() => ({ status: 404, body: '<html><body><h1>Not Found</h1></body></html>' }));
    await assert.rejects(client(fake, new FakeClock()).get('+12025550134'), (error: unknown) => {
      assert.ok(error instanceof SinchApiError);
      assert.equal(error.kind, 'auth');
      assert.match(error.message, /answered HTTP 404 \("Not Found"\): check the auth URL/);
      return true;
    });
  });

  it('lets one caller stop waiting for a shared token without failing the others', async () => {
    const { tokenGate, fake, api } = tokenHeldBack();
    const controller = new AbortController();
    const cancelled = api.get('+12025550134', { signal: controller.signal });
    const other = api.get('+12025550134');
    await waitFor(() => fake.calls.length === 1, 'the token request');
    controller.abort();
    await assert.rejects(cancelled, (e: unknown) => e instanceof SinchApiError && e.kind === 'cancelled');
    tokenGate.open();
    assert.equal((await other).phoneNumber, '+12025550134');
    assert.equal(fake.calls.filter((c) => !isTokenCall(c)).length, 1);
  });

  it('uses HTTP Basic with the key when asked, and does not retry a 401 that no new credential can fix', async () => {
    const fake = new FakeFetch(() => ({ status: 401, body: { code: '401', message: 'Unauthorized', status: 'UNAUTHENTICATED' } }));
    await assert.rejects(client(fake, new FakeClock(), { auth: 'basic' }).get('+12025550134'), (e: unknown) => e instanceof SinchApiError && e.status === 401);
    assert.equal(fake.calls.length, 1);
    assert.equal(fake.calls[0].headers.Authorization, basicOf(KEY_ID, KEY_SECRET));
  });

  it('never lets a secret or token reach the log hook or an error', async () => {
    const entries: RequestLogEntry[] = [];
    const errors: string[] = [];
    const scenarios: Responder[] = [
      sinchLike(new Set()).responder,
      () => ({ status: 401, body: 'denied' }),
      (call) => (isTokenCall(call) ? { status: 200, body: { access_token: 'tok-1', expires_in: 'soon' } } : { status: 200, body: NUMBER }),
      (call) => (isTokenCall(call) ? tokenAnswer('tok-1') : { status: 500, body: '<h1>oops</h1>' }),
    ];
    for (const responder of scenarios) {
      const api = client(new FakeFetch(responder), new FakeClock(), { onRequest: (e) => entries.push(e) });
      await api.addNumbers(['+12025550134']).catch((e: SinchApiError) => errors.push(e.describe(), e.message, String(e.stack)));
    }
    assert.ok(entries.length >= 8 && errors.length === 12, `${entries.length} log entries, ${errors.length} error texts`);
    const everything = JSON.stringify(entries) + errors.join('\n');
    for (const secret of [KEY_SECRET, 'tok-1', 'tok-2', Buffer.from(`${KEY_ID}:${KEY_SECRET}`).toString('base64'), 'Bearer', 'Basic ']) {
      assert.ok(!everything.includes(secret), `leaked ${secret}`);
    }
    assert.deepEqual(Object.keys(entries[0]).sort(), ['attempt', 'method', 'ms', 'path', 'status']);
  });
});
