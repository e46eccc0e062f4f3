// The client's configuration (src/api/config.ts): the defaults a user gets without settings, the
// exact words when a setting is unusable (they reach a notification), the edges of each limit, and
// the real clock the extension runs on.
import * as assert from 'node:assert/strict';
import { SinchApiError, type ClientConfig, type FetchLike } from '../../../src/api';
import { DEFAULT_AUTH_BASE_URL, DEFAULT_BASE_URL, realClock, resolveConfig } from '../../../src/api/config';

const BASE: ClientConfig = { projectId: 'p-1', credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic' };

function refusal(config: ClientConfig): SinchApiError {
  try {
    resolveConfig(config);
  } catch (error) {
    assert.ok(error instanceof SinchApiError, String(error));
    assert.equal(error.kind, 'invalid-input');
    assert.equal(error.operation, 'Configure the Sinch client');
    return error;
  }
  throw new Error(`accepted: ${JSON.stringify(config)}`);
}

describe('client configuration', () => {
  it('fills in the production defaults', () => {
    const resolved = resolveConfig(BASE);
    assert.equal(resolved.baseUrl, DEFAULT_BASE_URL);
    assert.equal(resolved.baseUrl, 'https://imported.numbers.api.sinch.com');
    assert.equal(resolved.authBaseUrl, DEFAULT_AUTH_BASE_URL);
    assert.equal(resolved.authBaseUrl, 'https://auth.sinch.com');
    assert.equal(resolved.timeoutMs, 30_000);
    assert.equal(resolved.maxRetries, 4);
    assert.equal(resolved.readTimeoutMs, 4_000);
    assert.equal(resolved.readMaxRetries, 1);
    assert.equal(resolved.retryBaseDelayMs, 500);
    assert.equal(resolved.clock, realClock);
    assert.equal(resolved.timer, realClock);
    assert.equal(resolved.random, Math.random);
    assert.equal(resolved.userAgent, 'sinch-qualified-numbers-vscode/0.0.0-dev');
    assert.equal(resolved.proxy, undefined);
    assert.equal(typeof resolved.fetch, 'function');
    assert.doesNotThrow(() => resolved.onRequest({ method: 'GET', path: '/', status: 200, ms: 0, attempt: 1 }));
    assert.doesNotThrow(() => resolved.onSecret('token'));
  });

  it('keeps what was given, and copies the credentials', () => {
    const fetch: FetchLike = () => Promise.reject(new Error('unused'));
    const onRequest = (): void => undefined;
    const onSecret = (): void => undefined;
    const random = (): number => 0.25;
    const credentials = { keyId: 'id', keySecret: 'secret' };
    const resolved = resolveConfig({
      ...BASE,
      credentials,
      auth: 'oauth2',
      fetch,
      timeoutMs: 9000,
      maxRetries: 2,
      readTimeoutMs: 3000,
      readMaxRetries: 0,
      retryBaseDelayMs: 0,
      random,
      userAgent: 'ua/1',
      onRequest,
      onSecret,
    });
    assert.equal(resolved.auth, 'oauth2');
    assert.equal(resolved.fetch, fetch, 'no proxy: the given fetch as is');
    assert.deepEqual([resolved.timeoutMs, resolved.maxRetries, resolved.readTimeoutMs, resolved.readMaxRetries, resolved.retryBaseDelayMs], [9000, 2, 3000, 0, 0]);
    assert.equal(resolved.random, random);
    assert.equal(resolved.userAgent, 'ua/1');
    assert.equal(resolved.onRequest, onRequest);
    assert.equal(resolved.onSecret, onSecret);
    assert.deepEqual(resolved.credentials, credentials);
    assert.notEqual(resolved.credentials, credentials);
  });

  it('keeps reads within the request limits when those are lower than the read defaults', () => {
    const resolved = resolveConfig({ ...BASE, timeoutMs: 2500, maxRetries: 0 });
    assert.equal(resolved.readTimeoutMs, 2500);
    assert.equal(resolved.readMaxRetries, 0);
  });

  it('wraps the fetch for a proxy only when a proxy URL is set', () => {
    const fetch: FetchLike = () => Promise.reject(new Error('unused'));
    assert.equal(resolveConfig({ ...BASE, fetch, proxy: { url: '' } }).fetch, fetch);
    const proxied = resolveConfig({ ...BASE, fetch, proxy: { url: 'http://proxy.test:3128' } });
    assert.notEqual(proxied.fetch, fetch);
    assert.deepEqual(proxied.proxy, { url: 'http://proxy.test:3128' });
  });

  it('says which credential is missing in the same words for each', () => {
    const words = 'Both the access key ID and the key secret are required.';
    assert.equal(refusal({ ...BASE, credentials: { keyId: '', keySecret: 's' } }).message, words);
    assert.equal(refusal({ ...BASE, credentials: { keyId: 'k', keySecret: '' } }).message, words);
    assert.equal(refusal({ ...BASE, credentials: undefined as never }).message, words);
  });

  it('accepts only the two authentication methods', () => {
    assert.equal(refusal({ ...BASE, auth: 'bearer' as never }).message, 'Authentication must be "oauth2" or "basic".');
    assert.equal(resolveConfig({ ...BASE, auth: 'basic' }).auth, 'basic');
  });

  it('refuses limits that are not usable, in words, and accepts the smallest usable ones', () => {
    const cases: Array<[Partial<ClientConfig>, string]> = [
      [{ timeoutMs: 0 }, 'The request timeout must be a positive number of milliseconds.'],
      [{ timeoutMs: -5 }, 'The request timeout must be a positive number of milliseconds.'],
      [{ timeoutMs: Number.NaN }, 'The request timeout must be a positive number of milliseconds.'],
      [{ timeoutMs: Number.POSITIVE_INFINITY }, 'The request timeout must be a positive number of milliseconds.'],
      [{ maxRetries: -1 }, 'The retry limit must be a whole number, 0 or more.'],
      [{ maxRetries: 1.5 }, 'The retry limit must be a whole number, 0 or more.'],
      [{ readTimeoutMs: 0 }, 'The read timeout must be a positive number of milliseconds.'],
      [{ readTimeoutMs: Number.NaN }, 'The read timeout must be a positive number of milliseconds.'],
      [{ readMaxRetries: -1 }, 'The read retry limit must be a whole number, 0 or more.'],
      [{ readMaxRetries: 0.5 }, 'The read retry limit must be a whole number, 0 or more.'],
      [{ retryBaseDelayMs: -1 }, 'The retry delay must be 0 ms or more.'],
      [{ retryBaseDelayMs: Number.NaN }, 'The retry delay must be 0 ms or more.'],
    ];
    for (const [limits, words] of cases) assert.equal(refusal({ ...BASE, ...limits }).message, words, JSON.stringify(limits));
    const smallest = resolveConfig({ ...BASE, timeoutMs: 1, maxRetries: 0, readTimeoutMs: 1, readMaxRetries: 0, retryBaseDelayMs: 0 });
    assert.deepEqual([smallest.timeoutMs, smallest.maxRetries, smallest.readTimeoutMs, smallest.readMaxRetries, smallest.retryBaseDelayMs], [1, 0, 1, 0, 0]);
  });

  it('drops trailing slashes from the base URLs and keeps their paths', () => {
    const resolved = resolveConfig({ ...BASE, baseUrl: 'https://api.test/prefix//', authBaseUrl: 'https://auth.test/' });
    assert.equal(resolved.baseUrl, 'https://api.test/prefix');
    assert.equal(resolved.authBaseUrl, 'https://auth.test');
  });

  it('allows plain http only on loopback, where the sandbox runs', () => {
    for (const url of ['http://localhost:4010', 'http://127.0.0.1:4010', 'http://[::1]:4010']) {
      assert.equal(resolveConfig({ ...BASE, baseUrl: url }).baseUrl, url);
    }
    assert.equal(refusal({ ...BASE, baseUrl: 'http://api.example.com/v1' }).message, 'The API base URL must use https (plain http only for localhost): http://api.example.com');
    assert.equal(refusal({ ...BASE, authBaseUrl: 'http://127.0.0.2' }).message, 'The auth base URL must use https (plain http only for localhost): http://127.0.0.2');
    assert.match(refusal({ ...BASE, baseUrl: 'ftp://localhost' }).message, /^The API base URL must use https/);
  });

  it('refuses a base URL that is not a URL, quoting at most 80 characters of it', () => {
    assert.equal(refusal({ ...BASE, baseUrl: 'api.test' }).message, 'The API base URL "api.test" is not a URL.');
    const long = `${'x'.repeat(80)}TAIL`;
    assert.equal(refusal({ ...BASE, authBaseUrl: long }).message, `The auth base URL "${'x'.repeat(80)}" is not a URL.`);
  });

  it('refuses a base URL with credentials, a query or a fragment', () => {
    for (const url of ['https://user@api.test', 'https://:pw@api.test', 'https://api.test/?a=1', 'https://api.test/#top']) {
      assert.equal(refusal({ ...BASE, baseUrl: url }).message, 'The API base URL must not carry a user name, password, query or fragment.', url);
    }
  });
});

describe('the real clock', () => {
  it('tells the time of day', () => {
    const before = Date.now();
    const now = realClock.now();
    assert.ok(now >= before && now <= Date.now());
  });

  it('resolves a sleep, and removes its abort listener when it ends', async () => {
    const removed: string[] = [];
    const signal = new AbortController().signal;
    const original = signal.removeEventListener.bind(signal);
    signal.removeEventListener = ((type: string, listener: EventListener) => {
      removed.push(type);
      original(type, listener);
    }) as typeof signal.removeEventListener;
    await realClock.sleep(1, signal);
    assert.deepEqual(removed, ['abort']);
    await realClock.sleep(1);
  });

  it('rejects with the reason when the signal aborts before or during the sleep', async () => {
    const early = new AbortController();
    early.abort(new Error('stopped early'));
    await assert.rejects(realClock.sleep(60_000, early.signal), /stopped early/);
    const later = new AbortController();
    const sleeping = realClock.sleep(60_000, later.signal);
    later.abort(new Error('stopped later'));
    await assert.rejects(sleeping, /stopped later/);
  });
});
