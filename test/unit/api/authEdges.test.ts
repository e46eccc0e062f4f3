// The edges of the OAuth2 token (src/api/auth.ts): which token-endpoint answers count as refused
// credentials, a broken endpoint or an unusable token, in exact words; when a token counts as stale;
// and that a 401 drops only the token it was sent with.
import * as assert from 'node:assert/strict';
import { createClient, SinchApiError, type ClientConfig } from '../../../src/api';
import { basicHeader } from '../../../src/api/auth';
import { FakeClock } from './helpers/fakeClock';
import { FakeFetch, isTokenCall, tokenAnswer, type Responder, type ScriptedAnswer } from './helpers/fakeFetch';
import { gate, waitFor } from './helpers/conditions';

const NUMBER = { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_ELIGIBLE' };

function client(responder: Responder, extra: Partial<ClientConfig> = {}) {
  const fake = new FakeFetch(responder);
  const clock = new FakeClock();
  const secrets: string[] = [];
  const api = createClient({
    projectId: 'p-1',
    credentials: { keyId: 'key-id', keySecret: 'key-secret' },
    auth: 'oauth2',
    baseUrl: 'https://api.test',
    authBaseUrl: 'https://auth.test',
    fetch: fake.fetch,
    clock,
    random: () => 0,
    maxRetries: 0,
    userAgent: 'ua-test/1',
    onSecret: (secret) => secrets.push(secret),
    ...extra,
  });
  return { api, fake, clock, secrets };
}

/** Every token request gets `token`; the API answers NUMBER. */
const tokenThen = (token: ScriptedAnswer): Responder => (call) => (isTokenCall(call) ? token : { status: 200, body: NUMBER });

async function authFailure(responder: Responder, extra: Partial<ClientConfig> = {}): Promise<SinchApiError> {
  const { api, fake } = client(responder, extra);
  try {
    await api.get('+12025550134');
  } catch (error) {
    assert.ok(error instanceof SinchApiError, String(error));
    assert.equal(error.kind, 'auth');
    assert.equal(error.operation, 'Sign in to Sinch');
    assert.equal(fake.calls.filter((c) => !isTokenCall(c)).length, 0, 'the API is not called without a token');
    return error;
  }
  throw new Error('the call succeeded');
}

describe('OAuth2 token: answers of the token endpoint', () => {
  it('asks for the token with the key as Basic, as a form, accepting JSON, with the User-Agent', async () => {
    const { api, fake, secrets } = client(tokenThen(tokenAnswer('tok-1')));
    await api.get('+12025550134');
    assert.deepEqual(fake.calls[0].headers, {
      Authorization: basicHeader({ keyId: 'key-id', keySecret: 'key-secret' }),
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      'User-Agent': 'ua-test/1',
    });
    assert.equal(basicHeader({ keyId: 'key-id', keySecret: 'key-secret' }), `Basic ${Buffer.from('key-id:key-secret').toString('base64')}`);
    assert.deepEqual(secrets, ['tok-1'], 'the token is handed to the redactor before use');
  });

  it('encodes a key with characters beyond ASCII as UTF-8', () => {
    assert.equal(basicHeader({ keyId: 'clé', keySecret: 'sécret' }), `Basic ${Buffer.from('clé:sécret', 'utf8').toString('base64')}`);
  });

  it('reads 400, 401 and 403 as refused credentials', async () => {
    for (const status of [400, 401, 403]) {
      const error = await authFailure(tokenThen({ status, body: { error: 'invalid_client' } }));
      assert.equal(error.status, status);
      assert.equal(error.message, `The auth server https://auth.test refused the access key (HTTP ${status}): check the access key ID and key secret.`);
    }
  });

  it('reads any other error status as a broken endpoint, quoting its body when it has one', async () => {
    const quoted = await authFailure(tokenThen({ status: 404, body: 'no such page' }));
    assert.equal(quoted.message, 'The auth server https://auth.test answered HTTP 404 ("no such page"): check the auth URL, or try again later.');
    assert.equal(quoted.status, 404);
    const empty = await authFailure(tokenThen({ status: 500 }));
    assert.equal(empty.message, 'The auth server https://auth.test answered HTTP 500: check the auth URL, or try again later.');
    const redirect = await authFailure(tokenThen({ status: 302, headers: { Location: 'https://elsewhere.test' } }));
    assert.equal(redirect.message, 'The auth server https://auth.test answered HTTP 302: check the auth URL, or try again later.');
  });

  it('refuses a 2xx without a usable token or lifetime, never quoting it', async () => {
    const answers: unknown[] = [
      'not json',
      {},
      { access_token: '' },
      { access_token: 42 },
      { access_token: 'tok-x', expires_in: 0 },
      { access_token: 'tok-x', expires_in: -1 },
      { access_token: 'tok-x', expires_in: 'soon' },
      { access_token: 'tok-x', expires_in: 'Infinity' },
    ];
    for (const body of answers) {
      const error = await authFailure(tokenThen({ status: 200, body: body as object }));
      assert.equal(error.message, 'The auth server https://auth.test did not answer with an access token: check the auth URL.', JSON.stringify(body));
      assert.equal(error.status, 200);
    }
  });

  it('keeps the transport error as the cause when the auth server cannot be reached', async () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const error = await authFailure(() => {
      throw reset;
    });
    assert.equal(error.message, 'Could not get a token from the auth server https://auth.test. Could not reach auth.test: connection reset. Check your network and proxy, and that this host is right. (The auth URL is a setting; Sinch\'s is https://auth.sinch.com.)');
    assert.ok(error.cause instanceof SinchApiError);
    assert.equal(error.cause.cause, reset);
  });

  it("names the auth URL setting only when it is not Sinch's own", async () => {
    const refused = Object.assign(new Error('getaddrinfo ENOTFOUND auth.sinch.com'), { code: 'ENOTFOUND' });
    const error = await authFailure(() => {
      throw refused;
    }, { authBaseUrl: 'https://auth.sinch.com/' });
    assert.equal(error.message, 'Could not get a token from the auth server https://auth.sinch.com. Could not reach auth.sinch.com: host name not found. Check your network and proxy, and that this host is right.');
  });
});

describe('OAuth2 token: lifetime and refusal', () => {
  it('counts a token as stale from exactly 60 s before it expires', async () => {
    const { api, fake, clock } = client(tokenThen(tokenAnswer('tok', 3600)));
    await api.get('+12025550134');
    clock.advance(3540_000 - 1);
    await api.get('+12025550134');
    assert.equal(fake.calls.filter(isTokenCall).length, 1);
    clock.advance(1);
    await api.get('+12025550134');
    assert.equal(fake.calls.filter(isTokenCall).length, 2);
  });

  it('refreshes a short-lived token at half its life, and reads a lifetime given as text', async () => {
    const { api, fake, clock } = client(tokenThen({ status: 200, body: { access_token: 'tok', expires_in: '60' } }));
    await api.get('+12025550134');
    clock.advance(29_999);
    await api.get('+12025550134');
    assert.equal(fake.calls.filter(isTokenCall).length, 1);
    clock.advance(1);
    await api.get('+12025550134');
    assert.equal(fake.calls.filter(isTokenCall).length, 2);
  });

  it('takes an hour when the lifetime is not given', async () => {
    const { api, fake, clock } = client(tokenThen({ status: 200, body: { access_token: 'tok' } }));
    await api.get('+12025550134');
    clock.advance(3540_000 - 1);
    await api.get('+12025550134');
    assert.equal(fake.calls.filter(isTokenCall).length, 1);
  });

  it('on a late 401 for an old token keeps the new token another caller already got', async () => {
    const issued: string[] = [];
    const held = gate();
    let sentWithFirstToken = 0;
    const responder: Responder = async (call) => {
      if (isTokenCall(call)) {
        issued.push(`tok-${issued.length + 1}`);
        return tokenAnswer(issued[issued.length - 1]);
      }
      if (call.headers.Authorization !== 'Bearer tok-1') return { status: 200, body: NUMBER };
      // The first request sent with tok-1 gets its 401 only when the test says; later ones at once.
      if (++sentWithFirstToken === 1) await held.promise;
      return { status: 401, body: { message: 'expired' } };
    };
    const { api, fake } = client(responder);
    const slow = api.get('+12025550134');
    await waitFor(() => fake.calls.length === 2, 'the slow request to be sent with tok-1');
    // Another caller is refused with tok-1 at once, and gets tok-2.
    assert.equal((await api.get('+12025550134')).phoneNumber, '+12025550134');
    assert.deepEqual(issued, ['tok-1', 'tok-2']);
    held.open();
    assert.equal((await slow).phoneNumber, '+12025550134');
    assert.deepEqual(issued, ['tok-1', 'tok-2'], 'the late refusal of tok-1 does not throw away tok-2');
    assert.equal(fake.calls.at(-1)?.headers.Authorization, 'Bearer tok-2');
  });

  it('answers a caller whose signal is already aborted at once, without asking for a token', async () => {
    const { api, fake } = client(tokenThen(tokenAnswer('tok')));
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(api.get('+12025550134', { signal: controller.signal }), (e: unknown) => {
      assert.ok(e instanceof SinchApiError);
      assert.equal(e.kind, 'cancelled');
      assert.equal(e.message, 'Cancelled.');
      return true;
    });
    assert.equal(fake.calls.length, 0);
  });

  it('gets the token for a caller with a signal that does not abort', async () => {
    const { api } = client(tokenThen(tokenAnswer('tok')));
    const number = await api.get('+12025550134', { signal: new AbortController().signal });
    assert.equal(number.phoneNumber, '+12025550134');
  });

  it('passes a failed token request on to a caller that has a signal', async () => {
    const { api } = client(tokenThen({ status: 401 }));
    await assert.rejects(api.get('+12025550134', { signal: new AbortController().signal }), (e: unknown) => e instanceof SinchApiError && e.kind === 'auth');
  });
});

