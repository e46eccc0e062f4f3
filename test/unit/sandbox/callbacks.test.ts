import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallbackEvent, TextEnableNumbersResponse } from '../../../src/api/types';
import type { RunningSandbox, SandboxEvent } from '../../../src/sandbox';
import { BASE, post, PROJECT, startTestSandbox, textEnableBody, verifiedNumber } from './helpers';

interface Received {
  headers: http.IncomingHttpHeaders;
  raw: string;
}

/** A local receiver; `waitFor(n)` resolves once n callbacks have arrived. */
async function startReceiver(status = 200): Promise<{ url: string; received: Received[]; waitFor(n: number): Promise<Received[]>; close(): Promise<void> }> {
  const received: Received[] = [];
  const waiters: Array<{ n: number; resolve: (r: Received[]) => void }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status).end();
      for (const w of [...waiters]) {
        if (received.length >= w.n) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(received);
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sinch/callbacks`,
    received,
    waitFor: (n) => (received.length >= n ? Promise.resolve(received) : new Promise((resolve) => waiters.push({ n, resolve }))),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function waitForEvents(sb: RunningSandbox, predicate: (e: SandboxEvent) => boolean, count: number): Promise<SandboxEvent[]> {
  return new Promise((resolve) => {
    const seen: SandboxEvent[] = [];
    const sub = sb.onEvent((e) => {
      if (!predicate(e)) return;
      seen.push(e);
      if (seen.length === count) {
        sub.dispose();
        resolve(seen);
      }
    });
  });
}

describe('sandbox callbacks', () => {
  let sb: RunningSandbox;
  afterEach(() => sb.close());

  it('POSTs one callback per number and one for the order, signed with HMAC-SHA1 of the raw body', async () => {
    const receiver = await startReceiver();
    try {
      sb = await startTestSandbox({ numbers: 0, callbackSecret: 's3cret' });
      await verifiedNumber(sb, '+12025550134');
      await verifiedNumber(sb, '+12025559999');
      const reply = await post<TextEnableNumbersResponse>(sb, `${BASE}/qualifiedNumbers:textEnableNumbers`, textEnableBody(['+12025550134', '+12025559999'], { callbackUrl: receiver.url }));
      const delivered = waitForEvents(sb, (e) => e.type === 'callback', 3);
      sb.advanceClock(69);
      assert.equal(receiver.received.length, 0, 'nothing before the order finishes');
      sb.advanceClock(1);
      const got = await receiver.waitFor(3);
      const bodies = got.map((r) => JSON.parse(r.raw) as CallbackEvent);
      for (const r of got) {
        assert.equal(r.headers['content-type'], 'application/json');
        assert.equal(r.headers['x-sinch-signature'], createHmac('sha1', 's3cret').update(r.raw).digest('hex'));
      }
      const byResource = new Map(bodies.map((b) => [b.resourceId, b]));
      const ok = byResource.get('+12025550134');
      assert.deepEqual({ ...ok, eventId: undefined }, {
        resourceType: 'HOSTING_ORDER_NUMBER', eventType: 'OSR_UPDATE', eventId: undefined, timestamp: '2025-01-06T09:02:10.000Z',
        projectId: PROJECT, resourceId: '+12025550134', status: 'SUCCEEDED',
      });
      assert.match(ok?.eventId ?? '', /^[0-9a-f-]{36}$/);
      const failed = byResource.get('+12025559999');
      assert.equal(failed?.status, 'FAILED');
      assert.equal(failed?.failureCode, 'OSR_UPDATE_FAILED');
      const order = byResource.get(reply.body.hostingOrderId);
      assert.equal(order?.resourceType, 'HOSTING_ORDER');
      assert.equal(order?.status, 'SUCCEEDED');
      assert.ok((await delivered).every((e) => e.type === 'callback' && e.status === 200 && e.url === receiver.url));
    } finally {
      await receiver.close();
    }
  });

  it('sends no signature without a secret, and reports a receiver\'s error status as an event', async () => {
    const receiver = await startReceiver(500);
    try {
      sb = await startTestSandbox({ numbers: 0 });
      await verifiedNumber(sb, '+12025550134');
      await post(sb, `${BASE}/qualifiedNumbers:textEnableNumbers`, textEnableBody(['+12025550134'], { callbackUrl: receiver.url, campaignId: 'REJECTED-CAMPAIGN' }));
      const delivered = waitForEvents(sb, (e) => e.type === 'callback', 2);
      sb.advanceClock(10);
      const got = await receiver.waitFor(2);
      assert.ok(got.every((r) => r.headers['x-sinch-signature'] === undefined));
      assert.ok(got.every((r) => (JSON.parse(r.raw) as CallbackEvent).failureCode === 'CAMPAIGN_NOT_AVAILABLE'));
      assert.ok((await delivered).every((e) => e.type === 'callback' && e.status === 500));
    } finally {
      await receiver.close();
    }
  });

  it('logs a failed delivery as an event and keeps serving', async () => {
    const gone = await startReceiver();
    const url = gone.url;
    await gone.close();
    sb = await startTestSandbox({ numbers: 0 });
    await verifiedNumber(sb, '+12025550134');
    await post(sb, `${BASE}/qualifiedNumbers:textEnableNumbers`, textEnableBody(['+12025550134'], { callbackUrl: url }));
    const delivered = waitForEvents(sb, (e) => e.type === 'callback', 2);
    sb.advanceClock(70);
    const events = await delivered;
    assert.ok(events.every((e) => e.type === 'callback' && e.status === 'error' && e.url === url));
    const still = await fetch(`${sb.url}/_sandbox/clock`);
    assert.equal(still.status, 200);
  });
});
