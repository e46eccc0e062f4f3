// What the transport (src/api/http.ts) tells the user and the log when a request fails without an
// answer, is cancelled, or answers with an error: the exact words, which host (and proxy) they name,
// which network failures count as "never sent", and what of a body is redacted. A scripted fetch
// and a manual timer: no sockets, no waiting (the same paths run over real HTTP in http.test.ts).
import * as assert from 'node:assert/strict';
import { createClient, SinchApiError, type ClientConfig, type FetchLike, type RequestLogEntry } from '../../../src/api';
import { FakeClock } from './helpers/fakeClock';
import { FakeFetch, type Responder } from './helpers/fakeFetch';
import { ManualClock } from './helpers/manualClock';
import { waitFor } from './helpers/conditions';

const KEY_ID = 'key-id-5be1';
const KEY_SECRET = 'key-secret-8c0d27';
const NUMBER = { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_ELIGIBLE' };

function client(fetch: FetchLike, extra: Partial<ClientConfig> = {}) {
  const clock = new FakeClock();
  const log: RequestLogEntry[] = [];
  const api = createClient({
    projectId: 'p-1',
    credentials: { keyId: KEY_ID, keySecret: KEY_SECRET },
    auth: 'basic',
    baseUrl: 'https://api.test',
    fetch,
    clock,
    random: () => 0.5,
    onRequest: (entry) => log.push(entry),
    ...extra,
  });
  return { api, clock, log };
}

/** A fetch that fails every call with `error` (what node-fetch or undici throw). */
function failing(error: unknown): FetchLike & { calls: number } {
  const fetch = Object.assign(
    () => {
      fetch.calls++;
      return Promise.reject(error);
    },
    { calls: 0 },
  );
  return fetch;
}

function systemError(code: string, message = `connect ${code} 203.0.113.9:443`): Error {
  return Object.assign(new Error(message), { code });
}

async function rejection(promise: Promise<unknown>): Promise<SinchApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SinchApiError, String(error));
    return error;
  }
  throw new Error('the call succeeded');
}

describe('transport: the words of failures without an answer', () => {
  it('names each kind of network failure in the error and the log', async () => {
    const cases: Array<[unknown, string]> = [
      [systemError('ECONNREFUSED'), 'connection refused'],
      [systemError('ENOTFOUND'), 'host name not found'],
      [systemError('EAI_AGAIN'), 'host name not found'],
      [systemError('ECONNRESET'), 'connection reset'],
      [systemError('EPIPE'), 'network error EPIPE'],
      [new Error('socket hang up'), 'network error: socket hang up'],
      [new Error(''), 'network error'],
      ['not an Error at all', 'network error'],
    ];
    for (const [error, reason] of cases) {
      const { api, log } = client(failing(error), { maxRetries: 0 });
      const failure = await rejection(api.get('+12025550134'));
      assert.equal(failure.kind, 'network', reason);
      assert.equal(failure.operation, 'Get +12025550134');
      assert.equal(failure.message, `Could not reach api.test: ${reason}. Check your network and proxy, and that this host is right.`);
      assert.equal(failure.cause, error, 'the original error is kept as the cause');
      assert.deepEqual(log, [{ method: 'GET', path: '/v1/projects/p-1/qualifiedNumbers/+12025550134', status: undefined, ms: 0, attempt: 1, error: reason }]);
    }
  });

  it('cuts a long network error message to 120 characters', async () => {
    const { api } = client(failing(new Error(`${'m'.repeat(120)}TAIL`)), { maxRetries: 0 });
    const failure = await rejection(api.get('+12025550134'));
    assert.equal(failure.message, `Could not reach api.test: network error: ${'m'.repeat(120)}. Check your network and proxy, and that this host is right.`);
  });

  it('finds the system code on the cause, as undici (global fetch) puts it, up to three levels deep', async () => {
    const undici = Object.assign(new TypeError('fetch failed'), { cause: systemError('ECONNREFUSED') });
    const { api } = client(failing(undici), { maxRetries: 0 });
    assert.match((await rejection(api.get('+12025550134'))).message, /: connection refused\./);

    const twoDown = new Error('outer', { cause: new Error('middle', { cause: systemError('ENOTFOUND') }) });
    const deep = client(failing(twoDown), { maxRetries: 0 });
    assert.match((await rejection(deep.api.get('+12025550134'))).message, /: host name not found\./);

    const tooDeep = new Error('outer', { cause: new Error('a', { cause: new Error('b', { cause: systemError('ENOTFOUND') }) }) });
    const far = client(failing(tooDeep), { maxRetries: 0 });
    assert.match((await rejection(far.api.get('+12025550134'))).message, /: network error: outer\./);

    const numericCode = Object.assign(new Error('odd'), { code: 42, cause: systemError('ECONNRESET') });
    const odd = client(failing(numericCode), { maxRetries: 0 });
    assert.match((await rejection(odd.api.get('+12025550134'))).message, /: connection reset\./, 'a code that is not text is skipped');
  });

  it('counts the attempts in the message only when there was more than one', async () => {
    const once = client(failing(systemError('ECONNRESET')), { maxRetries: 0 });
    assert.equal((await rejection(once.api.get('+12025550134'))).message, 'Could not reach api.test: connection reset. Check your network and proxy, and that this host is right.');
    const fetch = failing(systemError('ECONNRESET'));
    const thrice = client(fetch, { maxRetries: 2 });
    assert.equal((await rejection(thrice.api.get('+12025550134'))).message, 'Could not reach api.test (3 attempts): connection reset. Check your network and proxy, and that this host is right.');
    assert.equal(fetch.calls, 3);
    assert.deepEqual(thrice.clock.sleeps, [250, 500], 'backoff between the attempts');
    assert.deepEqual(thrice.log.map((e) => e.attempt), [1, 2, 3]);
  });

  it('names the proxy when the request went through one, without its credentials', async () => {
    const direct = client(failing(systemError('ECONNREFUSED')), { maxRetries: 0 });
    assert.doesNotMatch((await rejection(direct.api.get('+12025550134'))).message, /proxy http/);
    const { api } = client(failing(systemError('ECONNREFUSED')), { maxRetries: 0, proxy: { url: 'http://user:pw@proxy.test:3128' } });
    const failure = await rejection(api.get('+12025550134'));
    assert.equal(failure.message, 'Could not reach api.test through the proxy http://proxy.test:3128: connection refused. Check your network and proxy, and that this host is right.');
  });

  it('says a POST that may have left may have been applied, and one that never left was not', async () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNABORTED']) {
      const fetch = failing(systemError(code));
      const { api } = client(fetch);
      const failure = await rejection(api.addNumbers(['+12025550134']));
      assert.equal(failure.kind, 'network', code);
      assert.match(failure.message, /^Could not reach api\.test: /, code);
      assert.equal(fetch.calls, 1, `${code}: a POST is not retried`);
    }
    for (const error of [systemError('ECONNRESET'), systemError('EPIPE'), new Error('socket hang up')]) {
      const { api } = client(failing(error));
      const failure = await rejection(api.addNumbers(['+12025550134']));
      assert.equal(failure.kind, 'unknown-outcome', String(error));
      assert.equal(failure.operation, 'Add 1 number');
      assert.equal(failure.cause, error);
    }
    const reset = client(failing(systemError('ECONNRESET')));
    assert.equal(
      (await rejection(reset.api.addNumbers(['+12025550134']))).message,
      'Connection reset from api.test, so the request may or may not have been applied: refresh and check before trying again.',
    );
  });

  it('counts a POST whose answer broke off after the headers as possibly applied, whatever the code says', async () => {
    const fetch: FetchLike = () =>
      Promise.resolve({ status: 200, headers: { get: () => null }, text: () => Promise.reject(systemError('ECONNABORTED', 'aborted')) });
    const { api, log } = client(fetch);
    const failure = await rejection(api.addNumbers(['+12025550134']));
    assert.equal(failure.kind, 'unknown-outcome');
    assert.equal(log[0].status, 200, 'the log keeps the status that arrived');
    assert.equal(log[0].error, 'network error ECONNABORTED');
  });

  it('times out an attempt on the timer, in seconds or milliseconds, and retries only what is safe', async () => {
    const timer = new ManualClock();
    const hung: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    const get = client(hung, { timer, timeoutMs: 2000, maxRetries: 1 });
    const pending = rejection(get.api.get('+12025550134'));
    for (let attempt = 1; attempt <= 2; attempt++) {
      await waitFor(() => timer.pending === 1, `attempt ${attempt} to start its timer`);
      timer.advance(1999);
      assert.equal(timer.pending, 1, 'not before the timeout');
      timer.advance(1);
    }
    const failure = await pending;
    assert.equal(failure.kind, 'timeout');
    assert.equal(failure.message, 'No answer within 2 s from api.test (2 attempts). Check your network or proxy, or try again later.');
    assert.deepEqual(get.log.map((e) => e.error), ['no answer within 2 s', 'no answer within 2 s']);

    const post = client(hung, { timer, timeoutMs: 1500 });
    const posted = rejection(post.api.addNumbers(['+12025550134']));
    await waitFor(() => timer.pending === 1, 'the POST to start its timer');
    timer.advance(1500);
    const unknown = await posted;
    assert.equal(unknown.kind, 'unknown-outcome');
    assert.equal(unknown.message, 'No answer within 1500 ms from api.test, so the request may or may not have been applied: refresh and check before trying again.');
    assert.equal(timer.pending, 0, 'no timer is left running');
  });

  it('stops the attempt timer once an answer arrives', async () => {
    const timer = new ManualClock();
    const fake = new FakeFetch(() => ({ status: 200, body: NUMBER }));
    const { api } = client(fake.fetch, { timer });
    await api.get('+12025550134');
    assert.equal(timer.pending, 0);
  });
});

describe('transport: cancellation, logging and bodies', () => {
  it('says a cancelled read was cancelled, and a cancelled POST may have been applied', async () => {
    const controller = new AbortController();
    controller.abort();
    const fake = new FakeFetch(() => ({ status: 200, body: NUMBER }));
    const { api } = client(fake.fetch);
    const read = await rejection(api.get('+12025550134', { signal: controller.signal }));
    assert.equal(read.kind, 'cancelled');
    assert.equal(read.message, 'Cancelled.');
    const post = await rejection(api.addNumbers(['+12025550134'], { signal: controller.signal }));
    assert.equal(post.kind, 'cancelled');
    assert.equal(post.operation, 'Add 1 number');
    assert.equal(post.message, 'Cancelled; if the request had already been sent it may have been applied: refresh to check.');
    assert.equal(fake.calls.length, 0);
  });

  it('logs a request cancelled in flight as cancelled', async () => {
    const controller = new AbortController();
    let sent = 0;
    const hung: FetchLike = (_url, init) => {
      sent++;
      return new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    };
    const { api, log } = client(hung, { timer: new ManualClock() });
    const pending = rejection(api.get('+12025550134', { signal: controller.signal }));
    await waitFor(() => sent === 1, 'the request to be sent');
    controller.abort();
    assert.equal((await pending).kind, 'cancelled');
    assert.deepEqual(log.map((e) => e.error), ['cancelled']);
  });

  it('logs the time an attempt took on the client clock, and the error status', async () => {
    const clock = new FakeClock();
    const fake = new FakeFetch((_call, i) => {
      clock.advance(1234);
      return i === 0 ? { status: 400, body: { message: 'Bad' } } : { status: 200, body: NUMBER };
    });
    const setup = client(fake.fetch, { clock });
    await assert.rejects(setup.api.get('+12025550134'));
    await setup.api.get('+12025550134');
    assert.deepEqual(
      setup.log.map(({ status, ms, error }) => ({ status, ms, error })),
      [
        { status: 400, ms: 1234, error: 'HTTP 400' },
        { status: 200, ms: 1234, error: undefined },
      ],
    );
    assert.equal('error' in setup.log[1], false, 'a success has no error field');
  });

  it('keeps a request going when the log hook throws', async () => {
    const fake = new FakeFetch(() => ({ status: 200, body: NUMBER }));
    const { api } = client(fake.fetch, {
      onRequest: () => {
        throw new Error('log broken');
      },
    });
    assert.equal((await api.get('+12025550134')).phoneNumber, '+12025550134');
  });

  it('ends the request when building its headers fails, without sending it', async () => {
    const fake = new FakeFetch(() => ({ status: 200, body: NUMBER }));
    const { api } = client(fake.fetch, { auth: 'oauth2', authBaseUrl: 'https://auth.test', maxRetries: 0 });
    // The token request itself fails (no token in the answer), so the API request has no header.
    const failure = await rejection(api.get('+12025550134'));
    assert.equal(failure.kind, 'auth');
    assert.equal(fake.calls.filter((c) => c.url.startsWith('https://api.test')).length, 0);
  });

  it('redacts the credentials in an error body, but hands a 2xx body over as sent', async () => {
    const echo = `unknown client ${KEY_ID} with secret ${KEY_SECRET}`;
    const responder: Responder = (call) =>
      call.url.includes('hostingOrders')
        ? { status: 200, body: { hostingOrderId: 'o-1', note: `${KEY_ID} ${KEY_SECRET}` } }
        : { status: 400, body: { code: '400', message: echo, status: 'INVALID_ARGUMENT' } };
    const { api } = client(new FakeFetch(responder).fetch);
    const failure = await rejection(api.get('+12025550134'));
    assert.equal(failure.message, 'unknown client *** with secret ***.');
    const order = (await api.getHostingOrder('o-1')) as unknown as Record<string, unknown>;
    assert.equal(order.note, `${KEY_ID} ${KEY_SECRET}`);
  });

  it('redacts an error page before it is cut, so no half of a secret escapes the cut', async () => {
    // 105 characters, then the secret: unredacted, the 120-character snippet would end inside it.
    const page = `<html><body>${'x'.repeat(105)} ${KEY_SECRET} and more</body></html>`;
    for (const status of [400, 404, 502]) {
      const { api } = client(new FakeFetch(() => ({ status, body: page })).fetch, { maxRetries: 0 });
      const failure = await rejection(api.get('+12025550134'));
      assert.match(failure.message, /x{105} \*\*\* and more/, String(status));
      assert.ok(!failure.message.includes(KEY_SECRET.slice(0, 6)), `${status}: part of the secret in "${failure.message}"`);
    }
  });

  it('takes its abort listener off the caller\'s signal after each attempt', async () => {
    const signal = new AbortController().signal;
    let listening = 0;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
      if (type === 'abort') listening++;
      add(type, listener, options);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((type: string, listener: EventListener) => {
      if (type === 'abort') listening--;
      remove(type, listener);
    }) as typeof signal.removeEventListener;
    const fake = new FakeFetch((_call, i) => (i === 0 ? { status: 503, body: {} } : { status: 200, body: NUMBER }));
    const { api } = client(fake.fetch);
    await api.get('+12025550134', { signal });
    assert.equal(fake.calls.length, 2);
    assert.equal(listening, 0, 'listeners left on a long-lived signal');
  });

  it('keeps the wait a 4xx asked for, though it does not retry it', async () => {
    const fake = new FakeFetch(() => ({ status: 400, body: { message: 'Bad' }, headers: { 'Retry-After': '5' } }));
    const { api } = client(fake.fetch);
    const failure = await rejection(api.get('+12025550134'));
    assert.equal(failure.retryAfterSeconds, 5);
    assert.equal(fake.calls.length, 1);
  });

  it('rethrows a wait that fails for another reason than the caller cancelling', async () => {
    const broken = new Error('clock broke');
    const clock = Object.assign(new FakeClock(), { sleep: () => Promise.reject(broken) });
    const fake = new FakeFetch(() => ({ status: 503, body: {} }));
    const { api } = client(fake.fetch, { clock });
    await assert.rejects(api.get('+12025550134'), (e: unknown) => e === broken);
  });
});
