// "Send Test Callback" kind by kind, as the receiver sees it: what each event says, what a
// duplicate or out-of-order test sends when nothing was sent before, and the headers of a delivery.
import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallbackEvent } from '../../../src/api/types';
import { TEST_CALLBACK_NUMBER, type RunningSandbox } from '../../../src/sandbox';
import { PROJECT, startTestSandbox } from './helpers';

interface Delivery {
  headers: http.IncomingHttpHeaders;
  raw: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('sandbox test callbacks, kind by kind', () => {
  let sb: RunningSandbox;
  let server: http.Server;
  let url: string;
  let got: Delivery[];
  beforeEach(async () => {
    got = [];
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        got.push({ headers: req.headers, raw });
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cb`;
    sb = await startTestSandbox({ numbers: 0 });
  });
  afterEach(async () => {
    await sb.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends a success about the test number, stamped with the virtual time, with the sandbox headers', async () => {
    sb.advanceClock(5);
    const [event] = await sb.sendTestCallback(url, 'succeeded', 'proj-9');
    assert.deepEqual({ ...event, eventId: '' }, {
      resourceType: 'IMPORTED_NUMBER', eventType: 'PROVISIONING_TO_SMS_PLATFORM', eventId: '', timestamp: '2025-01-06T09:00:05.000Z',
      projectId: 'proj-9', resourceId: TEST_CALLBACK_NUMBER, status: 'SUCCEEDED',
    });
    assert.equal(TEST_CALLBACK_NUMBER, '+12025550134');
    assert.match(event.eventId, UUID);
    assert.equal(got.length, 1);
    assert.deepEqual(JSON.parse(got[0].raw), event);
    assert.equal(got[0].headers['user-agent'], 'sinch-sandbox-callbacks/1');
    assert.equal(got[0].headers['content-type'], 'application/json');
    assert.equal(got[0].headers['x-sinch-signature'], undefined, 'no secret, no signature');
  });

  it('sends a failure as INVALID_NNID on the hosting outcome', async () => {
    const [event] = await sb.sendTestCallback(url, 'failed', PROJECT);
    assert.equal(event.eventType, 'HOSTING_PROCESS');
    assert.equal(event.status, 'FAILED');
    assert.equal(event.failureCode, 'INVALID_NNID');
  });

  it('sends a fresh event twice for a duplicate when nothing was sent before, and the last one again after', async () => {
    const pair = await sb.sendTestCallback(url, 'duplicate', PROJECT);
    assert.equal(pair.length, 2);
    assert.deepEqual(pair[0], pair[1]);
    assert.equal(pair[0].eventType, 'PROVISIONING_TO_SMS_PLATFORM');
    const [failed] = await sb.sendTestCallback(url, 'failed', PROJECT);
    const again = await sb.sendTestCallback(url, 'duplicate', PROJECT);
    assert.deepEqual(again, [failed]);
    assert.equal(got.length, 4);
    assert.equal(got[3].raw, got[2].raw);
  });

  it('sends a newer event then an older one for out-of-order when nothing was sent before, and stays a minute behind the newest', async () => {
    sb.advanceClock(120);
    const [newer, older] = await sb.sendTestCallback(url, 'outOfOrder', PROJECT);
    assert.equal(newer.eventType, 'HOSTING_PROCESS');
    assert.equal(older.eventType, 'OSR_UPDATE');
    assert.equal(older.resourceId, newer.resourceId);
    assert.equal(older.resourceType, newer.resourceType);
    assert.equal(older.timestamp, '2025-01-06T09:01:00.000Z', 'a minute before the newer one');
    assert.notEqual(older.eventId, newer.eventId);
    const [oldest] = await sb.sendTestCallback(url, 'outOfOrder', PROJECT);
    assert.equal(oldest.timestamp, '2025-01-06T09:01:00.000Z', 'still measured from the newest event, not the older one');
    assert.equal(got.length, 3);
  });

  it('signs with the handed-over secret, stops signing when it is cleared, and signs badly on purpose', async () => {
    sb.setCallbackSecret('shared');
    await sb.sendTestCallback(url, 'succeeded', PROJECT);
    await sb.sendTestCallback(url, 'badSignature', PROJECT);
    sb.setCallbackSecret('');
    await sb.sendTestCallback(url, 'succeeded', PROJECT);
    const sign = (raw: string, secret: string): string => createHmac('sha1', secret).update(raw).digest('hex');
    assert.equal(got[0].headers['x-sinch-signature'], sign(got[0].raw, 'shared'));
    assert.equal(got[1].headers['x-sinch-signature'], sign(got[1].raw, 'not-the-project-callback-secret'));
    assert.equal((JSON.parse(got[1].raw) as { eventType: string }).eventType, 'PROVISIONING_TO_SMS_PLATFORM', 'an ordinary event, only its signature is wrong');
    assert.equal(got[2].headers['x-sinch-signature'], undefined);
  });

  it('gives every test event its own ID', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) for (const e of await sb.sendTestCallback(url, 'succeeded', PROJECT)) ids.add(e.eventId);
    assert.equal(ids.size, 3);
  });
});

describe('sandbox callback deliveries', () => {
  it('reports each delivery as an event with the receiver status and the exact body sent', async () => {
    const bodies: string[] = [];
    const server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        bodies.push(raw);
        res.writeHead(202).end('accepted, with a body the sandbox reads and drops');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const sb = await startTestSandbox({ numbers: 0 });
    try {
      const seen: Array<{ url: string; status: number | 'error'; body: string }> = [];
      sb.onEvent((e) => {
        if (e.type === 'callback') seen.push({ url: e.url, status: e.status, body: e.body });
      });
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
      const [event] = await sb.sendTestCallback(url, 'succeeded', PROJECT);
      assert.deepEqual(seen, [{ url, status: 202, body: bodies[0] }]);
      assert.deepEqual(JSON.parse(bodies[0]) as CallbackEvent, event);
    } finally {
      await sb.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
