// The idle cost of the Hosting Orders view (issue 13), counted as requests against the sandbox on
// its manual clock, with the view's own policy (followUnfinishedOrders) on injected timers: with
// every order finished, or the view hidden, nothing is sent in 10 minutes; with orders in progress
// and the view visible, one GET per unfinished order per interval, never more.
import assert from 'node:assert/strict';
import { createClient, type RequestLogEntry } from '../../../../src/api/index';
import type { QualifiedNumbersApi } from '../../../../src/api/types';
import { followUnfinishedOrders } from '../../../../src/model/orders/followOrders';
import { OrderStore, SANDBOX_SCOPE } from '../../../../src/model/orders/orderStore';
import { HostingOrdersModel } from '../../../../src/model/orders/ordersModel';
import { buildRequest } from '../../../../src/model/textEnable/build';
import type { AutoRefresher } from '../../../../src/model/tree/autoRefresh';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox/index';
import { TIMINGS } from '../../../../src/sandbox/lifecycle';
import { MemoryMemento } from '../../../fixtures/memoryMemento';
import { draftWithNumbers } from '../../../fixtures/textEnableDrafts';
import { FakeTimers } from '../tree/fakeTimers';

const INTERVAL_SECONDS = 30;
const TEN_MINUTES_MS = 10 * 60_000;

describe('hosting orders idle cost (requests in 10 minutes of virtual time)', function () {
  // 50 orders filed over loopback HTTP: seconds on a busy 2-core machine.
  this.timeout(30_000);
  let sandbox: RunningSandbox;
  let client: QualifiedNumbersApi;
  let requests: RequestLogEntry[];
  let model: HostingOrdersModel;
  let timers: FakeTimers;
  let refresher: AutoRefresher | undefined;
  let visible: boolean;
  let refreshes: Array<Promise<boolean>>;

  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, clock: 'manual', numbers: 1000 });
    requests = [];
    client = createClient({ projectId: 'idle-test', credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic', baseUrl: sandbox.url, authBaseUrl: sandbox.url, onRequest: (e) => requests.push(e) });
    model = new HostingOrdersModel(new OrderStore(new MemoryMemento(), () => undefined));
    model.setSource(client, SANDBOX_SCOPE);
    timers = new FakeTimers();
    visible = false;
    refreshes = [];
  });

  afterEach(async () => {
    refresher?.dispose();
    refresher = undefined;
    await sandbox.close();
  });

  /** One order per number, filed and tracked as the form does. */
  async function fileOrders(count: number): Promise<string[]> {
    const numbers: string[] = [];
    for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 100 })) {
      if (n.regionCode === 'US' && !/^\+1(800|833|844|855|866|877|888)/.test(n.phoneNumber)) numbers.push(n.phoneNumber);
    }
    assert.ok(numbers.length >= count, `the seed has ${count} verified US numbers (${numbers.length})`);
    const ids: string[] = [];
    for (const phone of numbers.slice(0, count)) {
      const request = buildRequest('standard', draftWithNumbers([phone], { displayName: `Order ${phone}` }), [phone]);
      const { hostingOrderId } = await client.textEnableNumbers(request as Parameters<QualifiedNumbersApi['textEnableNumbers']>[0]);
      await model.track(hostingOrderId, { source: 'submission', kind: 'standard', regionCode: 'US', numbers: [phone], state: 'SUBMITTED' });
      ids.push(hostingOrderId);
    }
    return ids;
  }

  function follow(): AutoRefresher {
    refresher = followUnfinishedOrders({
      model,
      visible: () => visible,
      intervalSeconds: () => INTERVAL_SECONDS,
      refresh: () => {
        const done = model.refresh().then((o) => o.failed === 0);
        refreshes.push(done);
        return done;
      },
      timers,
    });
    refresher.update();
    return refresher;
  }

  /** Order reads per interval over 10 minutes, each interval's requests settled before the next. */
  async function orderReadsPerInterval(): Promise<number[]> {
    requests.length = 0;
    const perInterval: number[] = [];
    for (let at = 0; at < TEN_MINUTES_MS; at += INTERVAL_SECONDS * 1000) {
      const before = requests.length;
      await timers.advance(INTERVAL_SECONDS * 1000);
      await Promise.all(refreshes);
      await timers.advance(0);
      perInterval.push(requests.slice(before).filter((r) => r.method === 'GET' && r.path.includes('/hostingOrders/')).length);
    }
    return perInterval;
  }

  it('sends nothing with 50 finished orders, visible or hidden', async () => {
    await fileOrders(50);
    sandbox.advanceClock(TIMINGS.orderCompleteSeconds);
    await model.refresh();
    assert.equal(model.hasUnfinished(), false, 'every order reached a final state');
    follow();
    await orderReadsPerInterval();
    visible = true;
    refresher?.update();
    await orderReadsPerInterval();
    assert.equal(requests.length, 0, `requests sent: ${requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
    assert.equal(refresher?.scheduled, false);
  });

  it('sends nothing with orders in progress while the view is hidden', async () => {
    await fileOrders(5);
    follow();
    await orderReadsPerInterval();
    assert.equal(requests.length, 0);
  });

  it('reads each of 5 orders in progress once per interval while the view is visible, never more', async () => {
    await fileOrders(5);
    visible = true;
    follow();
    const perInterval = await orderReadsPerInterval();
    assert.deepEqual(perInterval, Array.from({ length: TEN_MINUTES_MS / (INTERVAL_SECONDS * 1000) }, () => 5));
    // Nothing but those reads: no list, no token, no second read of an order.
    assert.equal(requests.length, 5 * perInterval.length);
  });
});
