// The transport against a real loopback server with the default fetch (cross-fetch): timeouts,
// retries, resets, cancellation and what is never resent.
import * as assert from 'node:assert/strict';
import { createClient, SinchApiError, type ClientConfig, type RequestLogEntry } from '../../../src/api';
import { FakeClock } from './helpers/fakeClock';
import { ManualClock } from './helpers/manualClock';
import { waitFor } from './helpers/conditions';
import { sendJson, startTestServer, type Handler, type TestServer } from './helpers/testServer';

const NUMBER = { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_ELIGIBLE' };
const PATH = '/v1/projects/p-1/qualifiedNumbers/+12025550134';

describe('HTTP transport (real loopback server)', () => {
  let server: TestServer | undefined;
  let clock: FakeClock;
  let log: RequestLogEntry[];

  beforeEach(() => {
    clock = new FakeClock();
    log = [];
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function serve(handler: Handler, extra: Partial<ClientConfig> = {}) {
    server = await startTestServer(handler);
    const api = createClient({
      projectId: 'p-1',
      credentials: { keyId: 'k', keySecret: 's' },
      auth: 'basic',
      baseUrl: server.url,
      clock,
      random: () => 0.5,
      timeoutMs: 5000,
      onRequest: (entry) => log.push(entry),
      ...extra,
    });
    return { api, server };
  }

  const hang: Handler = () => undefined;
  const kindOf = (kind: string) => (e: unknown) => e instanceof SinchApiError && e.kind === kind;

  it('sends the User-Agent and logs method, path, status and attempt', async () => {
    const { api, server } = await serve((_req, res) => sendJson(res, 200, NUMBER));
    await api.get('+12025550134');
    assert.match(String(server.received[0].headers['user-agent']), /^sinch-qualified-numbers-vscode\//);
    assert.equal(server.received[0].url, PATH);
    assert.deepEqual(log, [{ method: 'GET', path: PATH, status: 200, ms: 0, attempt: 1 }]);
  });

  it('retries a GET on 503 with jittered backoff on the injected clock, then succeeds', async () => {
    const { api, server } = await serve((_req, res, i) => (i < 2 ? sendJson(res, 503, { code: '503', message: 'busy', status: 'UNAVAILABLE' }) : sendJson(res, 200, NUMBER)));
    assert.equal((await api.get('+12025550134')).phoneNumber, '+12025550134');
    assert.equal(server.received.length, 3);
    assert.deepEqual(clock.sleeps, [250, 500]);
    assert.deepEqual(log.map((e) => [e.attempt, e.status]), [[1, 503], [2, 503], [3, 200]]);
  });

  it('gives up after maxRetries and reports the last answer', async () => {
    const { api, server } = await serve((_req, res) => sendJson(res, 503, { code: '503', message: 'Backend unavailable', status: 'UNAVAILABLE' }), { maxRetries: 2 });
    await assert.rejects(api.get('+12025550134'), (e: unknown) => e instanceof SinchApiError && e.kind === 'http' && e.status === 503 && /Backend unavailable/.test(e.message));
    assert.equal(server.received.length, 3);
  });

  it('resends a POST after a 429, waiting what Retry-After says', async () => {
    const { api, server } = await serve((_req, res, i) =>
      i === 0 ? sendJson(res, 429, { code: '429', message: 'Too many', status: 'RESOURCE_EXHAUSTED' }, { 'Retry-After': '2' }) : sendJson(res, 200, NUMBER),
    );
    await api.sendVoiceChallenge('+12025550134');
    assert.equal(server.received.filter((r) => r.method === 'POST').length, 2);
    assert.deepEqual(clock.sleeps, [2000]);
  });

  it('never resends a POST that got a 5xx: the outcome is unknown', async () => {
    const { api, server } = await serve((_req, res) => sendJson(res, 503, { code: '503', message: 'Unavailable', status: 'UNAVAILABLE' }));
    await assert.rejects(api.addNumbers(['+12025550134']), (e: unknown) => {
      assert.ok(e instanceof SinchApiError);
      assert.equal(e.kind, 'unknown-outcome');
      assert.equal(e.status, 503);
      assert.match(e.message, /may or may not have been applied: refresh and check before trying again/);
      return true;
    });
    assert.equal(server.received.length, 1);
    assert.deepEqual(clock.sleeps, []);
  });

  it('times out a hanging GET, retrying it first', async () => {
    // The timeout runs on a manual timer, moved only once the server has the request: on a busy
    // machine a real 150 ms could end an attempt before it even arrived.
    const timer = new ManualClock();
    const { api, server } = await serve(hang, { timeoutMs: 150, maxRetries: 1, timer });
    const failed = assert.rejects(api.get('+12025550134'), (e: unknown) => e instanceof SinchApiError && e.kind === 'timeout' && /No answer within 150 ms .*\(2 attempts\)/.test(e.message));
    for (const arrived of [1, 2]) {
      await waitFor(() => server.received.length === arrived && timer.pending === 1, `attempt ${arrived} to arrive`, 10_000);
      timer.advance(150);
    }
    await failed;
    assert.equal(server.received.length, 2);
    assert.deepEqual(log.map((e) => e.error), ['no answer within 150 ms', 'no answer within 150 ms']);
  });

  it('times out a server that sends headers and then stalls the body', async () => {
    const { api } = await serve(
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"phoneNumber":');
      },
      { timeoutMs: 150, maxRetries: 0 },
    );
    await assert.rejects(api.get('+12025550134'), kindOf('timeout'));
  });

  it('reports a POST that timed out as an unknown outcome and sends it once', async () => {
    const timer = new ManualClock();
    const { api, server } = await serve(hang, { timeoutMs: 150, timer });
    const failed = assert.rejects(api.verifyVoiceChallenge('+12025550134', '1234'), (e: unknown) => e instanceof SinchApiError && e.kind === 'unknown-outcome' && /may or may not have been applied/.test(e.message));
    await waitFor(() => server.received.length === 1 && timer.pending === 1, 'the POST to arrive', 10_000);
    timer.advance(150);
    await failed;
    assert.equal(server.received.length, 1);
    assert.equal(server.received[0].body, '{"code":"1234"}');
  });

  it('retries a GET whose connection was reset, but not a POST', async () => {
    const { api, server } = await serve((req, res, i) => (i === 0 || req.method === 'POST' ? res.socket?.destroy() : sendJson(res, 200, NUMBER)));
    assert.equal((await api.get('+12025550134')).phoneNumber, '+12025550134');
    assert.equal(server.received.length, 2);
    await assert.rejects(api.addNumbers(['+12025550134']), kindOf('unknown-outcome'));
    assert.equal(server.received.filter((r) => r.method === 'POST').length, 1);
  });

  it('reports a refused connection as a network error, even for a POST that never left', async () => {
    const { api, server } = await serve(hang, { maxRetries: 2 });
    await server.close();
    await assert.rejects(api.get('+12025550134'), (e: unknown) => e instanceof SinchApiError && e.kind === 'network' && /Could not reach 127\.0\.0\.1:\d+ \(3 attempts\): connection refused/.test(e.message));
    await assert.rejects(api.addNumbers(['+12025550134']), kindOf('network'));
  });

  it('stops at once when the caller cancels, without retrying', async () => {
    const { api, server } = await serve(hang);
    const controller = new AbortController();
    const pending = api.get('+12025550134', { signal: controller.signal });
    await waitFor(() => server.received.length === 1, 'the request to arrive');
    controller.abort();
    await assert.rejects(pending, (e: unknown) => e instanceof SinchApiError && e.kind === 'cancelled' && e.operation === 'Get +12025550134');
    assert.equal(server.received.length, 1);
    await assert.rejects(api.get('+12025550134', { signal: controller.signal }), kindOf('cancelled'));
    assert.equal(server.received.length, 1, 'an already-cancelled call sends nothing');
  });

  it('stops during a backoff wait when the caller cancels', async () => {
    const controller = new AbortController();
    const { api, server } = await serve((_req, res) => sendJson(res, 503, {}), {
      onRequest: () => controller.abort(),
    });
    await assert.rejects(api.get('+12025550134', { signal: controller.signal }), kindOf('cancelled'));
    assert.equal(server.received.length, 1);
  });

  it('quotes a proxy\'s HTML error page and does not follow redirects with the credentials', async () => {
    const { api, server } = await serve((req, res) => {
      if (req.url.includes('+12025550134')) {
        res.writeHead(502, { 'Content-Type': 'text/html' });
        res.end('<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>');
      } else {
        res.writeHead(302, { Location: 'http://127.0.0.1:9/steal' });
        res.end();
      }
    }, { maxRetries: 0 });
    await assert.rejects(api.get('+12025550134'), (e: unknown) => e instanceof SinchApiError && e.kind === 'http' && e.status === 502 && e.message.includes('"502 Bad Gateway 502 Bad Gateway nginx"'));
    await assert.rejects(api.getHostingOrder('order-1'), (e: unknown) => e instanceof SinchApiError && e.status === 302 && /redirected/.test(e.message));
    assert.equal(server.received.length, 2);
  });

  it('reports a 200 that is not JSON, or not the expected JSON, as an invalid response', async () => {
    const { api } = await serve((req, res) => {
      if (req.url.includes('hostingOrders')) return sendJson(res, 200, { state: 'DRAFT' });
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html><body>Please sign in to the guest Wi-Fi</body></html>');
    });
    await assert.rejects(api.get('+12025550134'), (e: unknown) => e instanceof SinchApiError && e.kind === 'invalid-response' && /"Please sign in to the guest Wi-Fi"/.test(e.message));
    await assert.rejects(api.getHostingOrder('order-1'), (e: unknown) => e instanceof SinchApiError && e.kind === 'invalid-response' && /hostingOrderId/.test(e.message));
  });
});
