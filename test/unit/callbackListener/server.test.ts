// The listener over real loopback HTTP: answers, size limits, malformed bodies, slow and broken
// clients, and replays that arrive byte for byte.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { sendCallback } from '../../../src/callbackListener/send';
import { startListener, type RunningListener } from '../../../src/callbackListener/server';
import type { DeliveryInput } from '../../../src/model/callbacks/inbox';

const EVENT = JSON.stringify({ resourceType: 'IMPORTED_NUMBER', eventType: 'OSR_UPDATE', eventId: 'e1', timestamp: '2025-01-06T09:01:10Z', projectId: 'p', resourceId: '+12025550134', status: 'SUCCEEDED' });

describe('callback listener', () => {
  let listener: RunningListener;
  let got: DeliveryInput[];
  const problems: string[] = [];

  async function start(extra: { requestTimeoutMs?: number; onDelivery?: (d: DeliveryInput) => void } = {}): Promise<void> {
    got = [];
    listener = await startListener({ port: 0, requestTimeoutMs: extra.requestTimeoutMs, onDelivery: extra.onDelivery ?? ((d) => got.push(d)), onProblem: (m) => problems.push(m) });
  }

  afterEach(() => listener?.close());

  const post = (body: string | Buffer, path = '/sinch/callbacks', headers: Record<string, string> = {}): Promise<Response> =>
    fetch(new URL(path, listener.url), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });

  it('answers 200 to a callback on any path and hands it on with headers and raw bytes', async () => {
    await start();
    assert.match(listener.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await post(EVENT, '/any/path?x=1', { 'X-Sinch-Signature': 'abc' });
    assert.equal(res.status, 200);
    assert.equal(got.length, 1);
    assert.equal(got[0].path, '/any/path?x=1');
    assert.equal(got[0].headers['x-sinch-signature'], 'abc');
    assert.equal(Buffer.from(got[0].body).toString(), EVENT);
    assert.equal(got[0].answeredStatus, 200);
  });

  it('answers 400 to a body that is not a callback, and still hands it on as malformed', async () => {
    await start();
    const res = await post('{"half": ');
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: string }).error, /not JSON/);
    assert.equal(got[0].answeredStatus, 400);
    assert.equal(Buffer.from(got[0].body).toString(), '{"half": ');
  });

  it('refuses bodies over 1 MiB with 413, whether declared or streamed, without keeping them', async () => {
    await start();
    const big = Buffer.alloc(1024 * 1024 + 1, 0x20);
    assert.equal((await post(big)).status, 413);
    // Chunked: no Content-Length, the limit is found while reading.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(listener.url, { method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write(Buffer.alloc(64 * 1024, 0x20));
      req.end();
    });
    assert.equal(status, 413);
    assert.equal(got.length, 2);
    assert.ok(got.every((d) => d.answeredStatus === 413 && d.body.length === 0 && /limit/.test(d.refused ?? '')));
    assert.equal((await post(EVENT)).status, 200, 'still serving');
  });

  it('answers 405 to anything but POST and lists nothing', async () => {
    await start();
    const res = await fetch(listener.url);
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'POST');
    assert.equal(got.length, 0);
  });

  it('cuts off a client that never finishes its request, and keeps serving others', async () => {
    await start({ requestTimeoutMs: 300 });
    const port = (new URL(listener.url)).port;
    const socket = net.connect(Number(port), '127.0.0.1');
    const closed = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => undefined);
    });
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"partial":');
    assert.equal((await post(EVENT)).status, 200, 'others are served meanwhile');
    assert.match(await closed, /408|^$/, 'the slow client is answered 408 or dropped');
    assert.equal(got.length, 1);
  });

  it('survives a receiver bug and a client that resets mid-body', async () => {
    await start({ onDelivery: () => { throw new Error('bug'); } });
    assert.equal((await post(EVENT)).status, 200);
    assert.match(problems.at(-1) ?? '', /failed on a delivery: bug/);
    const socket = net.connect(Number(new URL(listener.url).port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.on('connect', resolve));
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{"a"');
    socket.resetAndDestroy();
    assert.equal((await post(EVENT)).status, 200);
  });

  it('replays a body byte for byte with its original signature header', async () => {
    const received: Array<{ body: Buffer; signature?: string; type?: string }> = [];
    const target = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks), signature: req.headers['x-sinch-signature'] as string, type: req.headers['content-type'] });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    await start();
    try {
      const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/hook`;
      const body = Buffer.concat([Buffer.from(` ${EVENT}\n`), Buffer.from([0xff])]);
      const outcome = await sendCallback({ kind: 'replay', url, body, headers: { 'content-type': 'application/json; charset=utf-8', 'x-sinch-signature': 'f'.repeat(40) } });
      assert.equal(outcome.status, 202);
      assert.deepEqual(received[0].body, body);
      assert.equal(received[0].signature, 'f'.repeat(40));
      assert.equal(received[0].type, 'application/json; charset=utf-8');
      const closedUrl = listener.url;
      await listener.close();
      const refused = await sendCallback({ kind: 'forward', url: closedUrl, body, headers: {} });
      assert.equal(refused.status, undefined);
      assert.match(refused.error ?? '', /refused/);
    } finally {
      target.closeAllConnections();
      await new Promise((resolve) => target.close(resolve));
    }
  });
});
