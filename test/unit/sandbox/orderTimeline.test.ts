// A hosting order's timeline as its callbacks and reads show it: each step stamped with the virtual
// time it was due (even when the clock jumps past several), the events each kind of order sends,
// their statuses and failure codes, and IDs that are stable for the same seed.
import * as assert from 'node:assert/strict';
import type { CallbackEvent, HostingOrder, QualifiedNumber, TextEnableNumbersResponse } from '../../../src/api/types';
import type { RunningSandbox, SandboxEvent } from '../../../src/sandbox';
import { BASE, get, numberPath, post, PROJECT, startTestSandbox, textEnableBody, tollFreeBody, verifiedNumber, waitUntil } from './helpers';

const ENABLE = `${BASE}/qualifiedNumbers:textEnableNumbers`;
const ENABLE_TF = `${BASE}/qualifiedNumbers:textEnableTollFreeNumbers`;
// Nothing listens here: each delivery fails at once, and its 'callback' event still carries the body.
const NOWHERE = 'http://127.0.0.1:1/hook';
const at = (seconds: number): string => new Date(Date.parse('2025-01-06T09:00:00.000Z') + seconds * 1000).toISOString();

type Row = string[];
const row = (e: CallbackEvent): Row => [e.timestamp, e.resourceType, e.eventType, e.resourceId, e.status, e.failureCode ?? '-'];
const sorted = (rows: Row[]): Row[] => [...rows].sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));

describe('sandbox order timeline', () => {
  let sb: RunningSandbox;
  let sent: CallbackEvent[];
  let orderStates: string[];
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0 });
    sent = [];
    orderStates = [];
    sb.onEvent((e: SandboxEvent) => {
      if (e.type === 'callback') sent.push(JSON.parse(e.body) as CallbackEvent);
      if (e.type === 'hostingOrder') orderStates.push(e.state);
    });
  });
  afterEach(() => sb.close());

  async function delivered(n: number): Promise<Row[]> {
    await waitUntil(() => sent.length >= n, 5000, `${n} callback deliveries`);
    assert.equal(sent.length, n);
    return sorted(sent.map(row));
  }

  it('stamps every step with the time it was due when the clock jumps past them all', async () => {
    await verifiedNumber(sb, '+12025550134');
    await verifiedNumber(sb, '+12025559901');
    await verifiedNumber(sb, '+12025559902');
    const filed = 90;
    const phones = ['+12025550134', '+12025559901', '+12025559902'];
    const reply = await post<TextEnableNumbersResponse>(sb, ENABLE, textEnableBody(phones, { callbackUrl: NOWHERE }));
    const id = reply.body.hostingOrderId;
    sb.advanceClock(3600);
    const order = (await get<HostingOrder>(sb, `${BASE}/hostingOrders/${id}`)).body;
    assert.equal(order.createdTime, at(filed));
    assert.equal(order.updatedTime, at(filed + 70));
    assert.deepEqual(orderStates, ['SUBMITTED', 'WAITING_FOR_LOA_SIGNATURE', 'IN_PROGRESS', 'COMPLETED']);
    assert.equal((await get<QualifiedNumber>(sb, numberPath('+12025550134'))).body.updatedTime, at(filed + 70));
    const [ok, bad1, bad2] = phones;
    assert.deepEqual(await delivered(9), sorted([
      [at(filed + 40), 'IMPORTED_NUMBER', 'OSR_UPDATE', ok, 'SUCCEEDED', '-'],
      [at(filed + 40), 'IMPORTED_NUMBER', 'OSR_UPDATE', bad1, 'FAILED', 'OSR_UPDATE_FAILED'],
      [at(filed + 40), 'IMPORTED_NUMBER', 'OSR_UPDATE', bad2, 'FAILED', 'OSR_UPDATE_FAILED'],
      [at(filed + 70), 'IMPORTED_NUMBER', 'LINK_TO_10DLC_CAMPAIGN', ok, 'SUCCEEDED', '-'],
      [at(filed + 70), 'IMPORTED_NUMBER', 'PROVISIONING_TO_SMS_PLATFORM', ok, 'SUCCEEDED', '-'],
      [at(filed + 70), 'IMPORTED_NUMBER', 'HOSTING_PROCESS', ok, 'SUCCEEDED', '-'],
      [at(filed + 70), 'IMPORTED_NUMBER', 'HOSTING_PROCESS', bad1, 'FAILED', 'OSR_UPDATE_FAILED'],
      [at(filed + 70), 'IMPORTED_NUMBER', 'HOSTING_PROCESS', bad2, 'FAILED', 'OSR_UPDATE_FAILED'],
      [at(filed + 70), 'HOSTING_ORDER_NUMBER', 'HOSTING_PROCESS', id, 'FAILED', 'OSR_UPDATE_FAILED'],
    ]));
    assert.ok(sent.filter((e) => e.status === 'SUCCEEDED').every((e) => !('failureCode' in e)), 'a success carries no failureCode');
    assert.ok(sent.every((e) => e.projectId === PROJECT));
  });

  it('sends no campaign link for an order without a campaign, and the order outcome as a success', async () => {
    await verifiedNumber(sb, '+12025550134');
    const { campaignId: _c, directLoaInfo: _d, ...body } = textEnableBody(['+12025550134'], { callbackUrl: NOWHERE, blanketLoaInfo: {} });
    const reply = await post<TextEnableNumbersResponse>(sb, ENABLE, body);
    sb.advanceClock(70);
    assert.deepEqual(await delivered(4), sorted([
      [at(70), 'IMPORTED_NUMBER', 'OSR_UPDATE', '+12025550134', 'SUCCEEDED', '-'],
      [at(100), 'IMPORTED_NUMBER', 'PROVISIONING_TO_SMS_PLATFORM', '+12025550134', 'SUCCEEDED', '-'],
      [at(100), 'IMPORTED_NUMBER', 'HOSTING_PROCESS', '+12025550134', 'SUCCEEDED', '-'],
      [at(100), 'HOSTING_ORDER_NUMBER', 'HOSTING_PROCESS', reply.body.hostingOrderId, 'SUCCEEDED', '-'],
    ]));
  });

  it('sends only the outcome of each number and of the order when an order is rejected at review', async () => {
    await verifiedNumber(sb, '+12025550134');
    await verifiedNumber(sb, '+12025559950');
    const { campaignId: _c, ...body } = textEnableBody(['+12025550134', '+12025559950'], { callbackUrl: NOWHERE, displayName: 'REJECTED by legal' });
    const reply = await post<TextEnableNumbersResponse>(sb, ENABLE, body);
    sb.advanceClock(3600);
    assert.deepEqual(orderStates, ['SUBMITTED', 'REJECTED']);
    assert.deepEqual(await delivered(3), sorted([
      [at(70), 'IMPORTED_NUMBER', 'HOSTING_PROCESS', '+12025550134', 'FAILED', 'LOA_REJECTED'],
      [at(70), 'IMPORTED_NUMBER', 'HOSTING_PROCESS', '+12025559950', 'FAILED', 'LOA_REJECTED'],
      [at(70), 'HOSTING_ORDER_NUMBER', 'HOSTING_PROCESS', reply.body.hostingOrderId, 'FAILED', 'LOA_REJECTED'],
    ]));
    const order = (await get<HostingOrder>(sb, `${BASE}/hostingOrders/${reply.body.hostingOrderId}`)).body;
    assert.equal(order.updatedTime, at(70), 'rejected at review, 10 s after filing');
  });

  it('sends a rejected toll-free order no provisioning step, only each outcome and the order\'s', async () => {
    // Toll-free orders report PROVISIONING_TO_SMS_PLATFORM for each number when they end, but a
    // rejected order never got that far.
    await verifiedNumber(sb, '+18335550142'); // filed at 30 s, rejected at review 10 s later
    const reply = await post<HostingOrder>(sb, ENABLE_TF, tollFreeBody(['+18335550142'], { callbackUrl: NOWHERE, displayName: 'Reject: unsigned' }));
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    sb.advanceClock(3600);
    assert.deepEqual(orderStates, ['SUBMITTED', 'REJECTED']);
    assert.deepEqual(await delivered(2), sorted([
      [at(30 + 10), 'IMPORTED_NUMBER', 'HOSTING_PROCESS', '+18335550142', 'FAILED', 'LOA_REJECTED'],
      [at(30 + 10), 'HOSTING_ORDER_NUMBER', 'HOSTING_PROCESS', reply.body.hostingOrderId ?? '', 'FAILED', 'LOA_REJECTED'],
    ]));
  });

  it('sends a toll-free order its provisioning and outcome events, refusals as TFN_NOT_ALLOWED', async () => {
    await verifiedNumber(sb, '+18335550142');
    await verifiedNumber(sb, '+18335559999');
    const reply = await post<HostingOrder>(sb, ENABLE_TF, tollFreeBody(['+18335550142', '+18335559999'], { callbackUrl: NOWHERE }));
    sb.advanceClock(70);
    const id = reply.body.hostingOrderId ?? '';
    assert.deepEqual(await delivered(5), sorted([
      [at(130), 'IMPORTED_NUMBER', 'PROVISIONING_TO_SMS_PLATFORM', '+18335550142', 'SUCCEEDED', '-'],
      [at(130), 'IMPORTED_NUMBER', 'HOSTING_PROCESS', '+18335550142', 'SUCCEEDED', '-'],
      [at(130), 'IMPORTED_NUMBER', 'PROVISIONING_TO_SMS_PLATFORM', '+18335559999', 'FAILED', 'TFN_NOT_ALLOWED'],
      [at(130), 'IMPORTED_NUMBER', 'HOSTING_PROCESS', '+18335559999', 'FAILED', 'TFN_NOT_ALLOWED'],
      [at(130), 'HOSTING_ORDER_NUMBER', 'HOSTING_PROCESS', id, 'FAILED', 'TFN_NOT_ALLOWED'],
    ]));
    const failed = (await get<QualifiedNumber>(sb, numberPath('+18335559999'))).body;
    assert.deepEqual(failed.hostedNumber, { status: 2, error: 'Toll-free provisioning failed: the number is held by another Responsible Organization.' });
  });

  it('gives the same event IDs for the same seed, and a new one to every event', async () => {
    const twin = await startTestSandbox({ numbers: 0 });
    const ids: string[][] = [];
    try {
      for (const s of [sb, twin]) {
        const got: CallbackEvent[] = [];
        s.onEvent((e) => {
          if (e.type === 'callback') got.push(JSON.parse(e.body) as CallbackEvent);
        });
        await verifiedNumber(s, '+12025550134');
        await post(s, ENABLE, textEnableBody(['+12025550134'], { callbackUrl: NOWHERE }));
        s.advanceClock(70);
        await waitUntil(() => got.length >= 5, 5000, 'five deliveries');
        ids.push(got.map((e) => `${e.eventType}|${e.resourceType}|${e.eventId}`).sort());
      }
      assert.deepEqual(ids[0], ids[1]);
      assert.equal(new Set(ids[0].map((k) => k.split('|')[2])).size, 5);
      assert.ok(ids[0].every((k) => /\|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(k)), ids[0].join());
    } finally {
      await twin.close();
    }
  });

  it('names the first failure of the order in its outcome, even when a later number succeeded', async () => {
    await verifiedNumber(sb, '+12025559901');
    await verifiedNumber(sb, '+12025550134');
    const reply = await post<TextEnableNumbersResponse>(sb, ENABLE, textEnableBody(['+12025559901', '+12025550134'], { callbackUrl: NOWHERE }));
    sb.advanceClock(70);
    const rows = await delivered(7);
    assert.deepEqual(rows.filter((r) => r[1] === 'HOSTING_ORDER_NUMBER'), [[at(130), 'HOSTING_ORDER_NUMBER', 'HOSTING_PROCESS', reply.body.hostingOrderId, 'FAILED', 'OSR_UPDATE_FAILED']]);
  });

  it('sends no callback for an order without a callbackUrl', async () => {
    await verifiedNumber(sb, '+12025550134');
    await post(sb, ENABLE, textEnableBody(['+12025550134']));
    sb.advanceClock(70);
    assert.deepEqual(orderStates, ['SUBMITTED', 'WAITING_FOR_LOA_SIGNATURE', 'IN_PROGRESS', 'COMPLETED']);
    const log = await get<{ events: Array<{ event: SandboxEvent }> }>(sb, '/_sandbox/events');
    assert.deepEqual(log.body.events.map((e) => e.event.type).filter((t) => t === 'callback'), []);
    assert.deepEqual(sent, []);
  });

  it('reports the steps of several orders in time order when the clock jumps past them all', async () => {
    await verifiedNumber(sb, '+12025550134');
    await verifiedNumber(sb, '+12025550135');
    const first = await post<TextEnableNumbersResponse>(sb, ENABLE, textEnableBody(['+12025550134']));
    sb.advanceClock(5);
    const second = await post<TextEnableNumbersResponse>(sb, ENABLE, textEnableBody(['+12025550135']));
    const steps: string[] = [];
    sb.onEvent((e) => {
      if (e.type === 'hostingOrder') steps.push(`${e.hostingOrderId === first.body.hostingOrderId ? 'A' : e.hostingOrderId === second.body.hostingOrderId ? 'B' : '?'} ${e.state}`);
    });
    sb.advanceClock(3600);
    assert.deepEqual(steps, [
      'A WAITING_FOR_LOA_SIGNATURE', 'B WAITING_FOR_LOA_SIGNATURE', 'A IN_PROGRESS', 'B IN_PROGRESS', 'A COMPLETED', 'B COMPLETED',
    ]);
  });
});
