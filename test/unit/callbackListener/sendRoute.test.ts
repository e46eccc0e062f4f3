// Forwards and replays go through VS Code's proxy like the API requests (see test/unit/api/proxy.test.ts),
// loopback never; a proxy that refuses is named. Over real HTTP: the counting proxy of the API tests,
// a local handler, and a proxy address where nothing listens.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendCallback } from '../../../src/callbackListener/send';
import { sendRoute } from '../../../src/callbackListener/sendRoute';
import { refusingProxyUrl, startCountingProxy, type CountingProxy } from '../../fixtures/countingProxy';

const BODY = Buffer.from(JSON.stringify({ eventId: 'e1', eventType: 'OSR_UPDATE' }));
const HEADERS = { 'content-type': 'application/json', 'x-sinch-signature': 'a'.repeat(40) };

describe('callback forwarding through the proxy', () => {
  let counting: CountingProxy;
  let handler: http.Server;
  let handlerUrl: string;
  let received: Buffer[];

  beforeEach(async () => {
    counting = await startCountingProxy();
    received = [];
    handler = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push(Buffer.concat(chunks));
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => handler.listen(0, '127.0.0.1', resolve));
    handlerUrl = `http://127.0.0.1:${(handler.address() as AddressInfo).port}/hook`;
  });

  afterEach(async () => {
    await counting.close();
    handler.closeAllConnections();
    await new Promise((resolve) => handler.close(resolve));
  });

  const forward = (url: string, proxyUrl: string, noProxy: string[] = []) =>
    sendCallback({ kind: 'forward', url, body: BODY, headers: HEADERS, ...sendRoute(url, { url: proxyUrl, noProxy }) });

  it('a forward to an https handler asks the proxy for a tunnel to it (and only that)', async () => {
    const outcome = await forward('https://callbacks.example.com/sinch', counting.url);
    assert.deepEqual(counting.connects, ['callbacks.example.com:443']);
    // The counting proxy answers every tunnel with 403, which the row shows as the status.
    assert.equal(outcome.status, 403, JSON.stringify(outcome));
    const replay = await sendCallback({ kind: 'replay', url: 'https://replays.example.com:8443/x', body: BODY, headers: HEADERS, ...sendRoute('https://replays.example.com:8443/x', { url: counting.url }) });
    assert.deepEqual(counting.connects, ['callbacks.example.com:443', 'replays.example.com:8443']);
    assert.equal(replay.kind, 'replay');
  });

  it('a forward to this machine goes direct, byte for byte, with a proxy set', async () => {
    const outcome = await forward(handlerUrl, counting.url);
    assert.equal(outcome.status, 200);
    assert.deepEqual(counting.connects, []);
    assert.deepEqual(received, [BODY]);
    assert.deepEqual(sendRoute(handlerUrl, { url: counting.url }), {});
    assert.deepEqual(sendRoute('http://localhost:3000/x', { url: counting.url }), {});
  });

  it('a host in NO_PROXY goes direct; no proxy setting: direct', async () => {
    assert.deepEqual(sendRoute('https://callbacks.example.com/sinch', { url: counting.url, noProxy: ['.example.com'] }), {});
    assert.deepEqual(sendRoute('https://callbacks.example.com/sinch', { noProxy: [] }), {});
    assert.deepEqual(sendRoute('https://callbacks.example.com/sinch', undefined), {});
    const route = sendRoute('https://callbacks.example.com/sinch', { url: counting.url, noProxy: ['other.org'] });
    assert.equal(route.proxy, counting.url);
    assert.equal(typeof route.fetch, 'function');
  });

  it('a proxy that refuses connections is named in the outcome, without its credentials', async () => {
    const refusing = await refusingProxyUrl();
    const withCredentials = refusing.replace('http://', 'http://proxyuser:proxy-pa55@');
    const outcome = await forward('https://callbacks.example.com/sinch', withCredentials);
    assert.equal(outcome.status, undefined);
    assert.equal(outcome.error, `the proxy ${refusing} refused the connection: check http.proxy or HTTPS_PROXY`);
    assert.doesNotMatch(JSON.stringify(outcome), /proxy-pa55|proxyuser/);
  });
});
