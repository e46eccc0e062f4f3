import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallbackEvent, TextEnableNumbersResponse } from '../../../src/api/types';
import type { RunningSandbox, SandboxEvent } from '../../../src/sandbox';
import { BASE, post, PROJECT, startTestSandbox, textEnableBody, tollFreeBody, verifiedNumber, waitUntil } from './helpers';

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

  it('POSTs the documented events as a standard order moves, signed with HMAC-SHA1 of the raw body', async () => {
    const receiver = await startReceiver();
    try {
      sb = await startTestSandbox({ numbers: 0, callbackSecret: 's3cret' });
      await verifiedNumber(sb, '+12025550134');
      await verifiedNumber(sb, '+12025559999');
      const reply = await post<TextEnableNumbersResponse>(sb, `${BASE}/qualifiedNumbers:textEnableNumbers`, textEnableBody(['+12025550134', '+12025559999'], { callbackUrl: receiver.url }));
      sb.advanceClock(39);
      assert.equal(receiver.received.length, 0, 'nothing before the LoA is signed');
      sb.advanceClock(1);
      // LoA signed: one OSR update per number; the 99xx number's is refused.
      const osr = (await receiver.waitFor(2)).map((r) => JSON.parse(r.raw) as CallbackEvent);
      assert.deepEqual(osr.map((e) => [e.resourceType, e.eventType, e.resourceId, e.status, e.failureCode]).sort(), [
        ['IMPORTED_NUMBER', 'OSR_UPDATE', '+12025550134', 'SUCCEEDED', undefined],
        ['IMPORTED_NUMBER', 'OSR_UPDATE', '+12025559999', 'FAILED', 'OSR_UPDATE_FAILED'],
      ]);
      const delivered = waitForEvents(sb, (e) => e.type === 'callback', 5);
      sb.advanceClock(30);
      const got = await receiver.waitFor(7);
      for (const r of got) {
        assert.equal(r.headers['content-type'], 'application/json');
        assert.equal(r.headers['x-sinch-signature'], createHmac('sha1', 's3cret').update(r.raw).digest('hex'));
      }
      const done = got.slice(2).map((r) => JSON.parse(r.raw) as CallbackEvent);
      assert.deepEqual(done.map((e) => [e.resourceType, e.eventType, e.resourceId, e.status, e.failureCode ?? '']).sort(), [
        ['HOSTING_ORDER_NUMBER', 'HOSTING_PROCESS', reply.body.hostingOrderId, 'FAILED', 'OSR_UPDATE_FAILED'],
        ['IMPORTED_NUMBER', 'HOSTING_PROCESS', '+12025550134', 'SUCCEEDED', ''],
        ['IMPORTED_NUMBER', 'HOSTING_PROCESS', '+12025559999', 'FAILED', 'OSR_UPDATE_FAILED'],
        ['IMPORTED_NUMBER', 'LINK_TO_10DLC_CAMPAIGN', '+12025550134', 'SUCCEEDED', ''],
        ['IMPORTED_NUMBER', 'PROVISIONING_TO_SMS_PLATFORM', '+12025550134', 'SUCCEEDED', ''],
      ]);
      const link = done.find((e) => e.eventType === 'LINK_TO_10DLC_CAMPAIGN');
      assert.equal(link?.timestamp, '2025-01-06T09:02:10.000Z');
      assert.equal(link?.projectId, PROJECT);
      assert.match(link?.eventId ?? '', /^[0-9a-f-]{36}$/);
      assert.equal(new Set(got.map((r) => (JSON.parse(r.raw) as CallbackEvent).eventId)).size, 7, 'every event has its own ID');
      assert.ok((await delivered).every((e) => e.type === 'callback' && e.status === 200 && e.url === receiver.url));
    } finally {
      await receiver.close();
    }
  });

  it('sends only the documented resource types, and toll-free refusals as TFN_NOT_ALLOWED', async () => {
    const receiver = await startReceiver();
    try {
      sb = await startTestSandbox({ numbers: 0, callbackSecret: 's3cret' });
      await verifiedNumber(sb, '+18335559999');
      await post(sb, `${BASE}/qualifiedNumbers:textEnableTollFreeNumbers`, tollFreeBody(['+18335559999'], { callbackUrl: receiver.url }));
      sb.advanceClock(70);
      const got = (await receiver.waitFor(3)).map((r) => JSON.parse(r.raw) as CallbackEvent);
      assert.ok(got.every((e) => e.resourceType === 'IMPORTED_NUMBER' || e.resourceType === 'HOSTING_ORDER_NUMBER'));
      const provisioning = got.find((e) => e.eventType === 'PROVISIONING_TO_SMS_PLATFORM');
      assert.equal(provisioning?.failureCode, 'TFN_NOT_ALLOWED');
      assert.ok(!got.some((e) => e.eventType === 'OSR_UPDATE' || e.eventType === 'LINK_TO_10DLC_CAMPAIGN'));
    } finally {
      await receiver.close();
    }
  });

  it('sends test callbacks on demand: a duplicate, an out-of-order one and a badly signed one', async () => {
    const receiver = await startReceiver();
    try {
      sb = await startTestSandbox({ numbers: 0 });
      sb.setCallbackSecret('handed-over');
      const [first] = await sb.sendTestCallback(receiver.url, 'succeeded', PROJECT);
      const [dup] = await sb.sendTestCallback(receiver.url, 'duplicate', PROJECT);
      assert.deepEqual(dup, first);
      const [older] = await sb.sendTestCallback(receiver.url, 'outOfOrder', PROJECT);
      assert.equal(older.resourceId, first.resourceId);
      assert.ok(Date.parse(older.timestamp) < Date.parse(first.timestamp));
      const [failed] = await sb.sendTestCallback(receiver.url, 'failed', PROJECT);
      assert.equal(failed.failureCode, 'INVALID_NNID');
      await sb.sendTestCallback(receiver.url, 'badSignature', PROJECT);
      const got = await receiver.waitFor(5);
      const sign = (raw: string): string => createHmac('sha1', 'handed-over').update(raw).digest('hex');
      assert.deepEqual(got.map((r) => r.headers['x-sinch-signature'] === sign(r.raw)), [true, true, true, true, false]);
      assert.equal(got[0].raw, got[1].raw, 'a duplicate is the same bytes');
      const control = await fetch(`${sb.url}/_sandbox/callbacks/test`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url: receiver.url, kind: 'nonsense', projectId: PROJECT }) });
      assert.equal(control.status, 400);
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

  describe('a receiver that never answers', () => {
    let silent: http.Server;
    let arrived: Array<{ at: number; closed: Promise<number> }>;
    beforeEach(async () => {
      arrived = [];
      silent = http.createServer((req) => {
        arrived.push({ at: Date.now(), closed: new Promise((resolve) => req.socket.on('close', () => resolve(Date.now()))) });
      });
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    });
    afterEach(() => new Promise<void>((resolve) => {
      silent.closeAllConnections();
      silent.close(() => resolve());
    }));
    const url = (): string => `http://127.0.0.1:${(silent.address() as AddressInfo).port}/hook`;

    it('is given up after 5 s: the delivery ends as an error event', async function () {
      this.timeout(20_000);
      sb = await startTestSandbox({ numbers: 0 });
      const failed = waitForEvents(sb, (e) => e.type === 'callback', 1);
      const started = Date.now();
      await sb.sendTestCallback(url(), 'succeeded', PROJECT);
      const [event] = await failed;
      assert.equal(event.type === 'callback' && event.status, 'error');
      assert.ok(Date.now() - started >= 4_900, 'not before the 5 s are up');
      assert.equal(arrived.length, 1);
    });

    it('is dropped when the sandbox closes, not left open until the 5 s are up', async () => {
      sb = await startTestSandbox({ numbers: 0 });
      void sb.sendTestCallback(url(), 'succeeded', PROJECT);
      await waitUntil(() => arrived.length === 1, 5000, 'the delivery to arrive');
      await sb.close();
      const closedAt = await arrived[0].closed;
      assert.ok(closedAt - arrived[0].at < 4_000, `the connection closed ${closedAt - arrived[0].at} ms after the delivery arrived`);
    });
  });
});
