// What the Hosting Orders view costs while nobody looks (issue 13): requests sent in 10 minutes of
// virtual time, on the injected timers the view's policy takes (followUnfinishedOrders, the same
// code the view runs with real timers), against the sandbox process at 25 ms latency. Orders are
// filed through the API like the form files them; the sandbox's manual clock finishes them.
import { followUnfinishedOrders } from '../../src/model/orders/followOrders';
import { OrderStore, SANDBOX_SCOPE, type MementoLike } from '../../src/model/orders/orderStore';
import { HostingOrdersModel } from '../../src/model/orders/ordersModel';
import { buildRequest } from '../../src/model/textEnable/build';
import type { Timers } from '../../src/model/tree/autoRefresh';
import type { QualifiedNumbersApi } from '../../src/api/types';
import { draftWithNumbers } from '../../test/fixtures/textEnableDrafts';
import { countingClient } from '../lib/client';
import type { Row } from '../lib/report';
import type { SandboxProcess } from '../lib/sandboxProcess';

const SECTION = 'Idle cost';
const INTERVAL_SECONDS = 30;
const MINUTES = 10;
/** The sandbox's time for a filed order to complete (TIMINGS.orderCompleteSeconds), with margin. */
const ORDER_COMPLETES_SECONDS = 120;

class MapMemento implements MementoLike {
  private readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
  }
}

/** Timers that fire only when advanced: 10 minutes pass in as long as the requests take. */
class VirtualTimers implements Timers {
  private now = 0;
  private queue: Array<{ at: number; fn: () => void; id: number }> = [];
  private nextId = 1;
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.queue.push({ at: this.now + ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const due of this.queue.filter((t) => t.at <= this.now)) {
      this.queue = this.queue.filter((t) => t !== due);
      due.fn();
    }
  }
}

async function verifiedUsNumbers(client: QualifiedNumbersApi, count: number): Promise<string[]> {
  const found: string[] = [];
  for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 100 })) {
    if (n.regionCode === 'US' && !/^\+1(800|833|844|855|866|877|888)/.test(n.phoneNumber)) found.push(n.phoneNumber);
    if (found.length === count) break;
  }
  if (found.length < count) throw new Error(`the sandbox has ${found.length} verified US numbers, not ${count}`);
  return found;
}

async function fileOrders(client: QualifiedNumbersApi, model: HostingOrdersModel, numbers: string[]): Promise<void> {
  for (const phone of numbers) {
    const request = buildRequest('standard', draftWithNumbers([phone], { displayName: `Bench ${phone}` }), [phone]);
    const { hostingOrderId } = await client.textEnableNumbers(request as Parameters<QualifiedNumbersApi['textEnableNumbers']>[0]);
    await model.track(hostingOrderId, { source: 'submission', kind: 'standard', regionCode: 'US', numbers: [phone], state: 'SUBMITTED' });
  }
}

async function scenario(sandbox: SandboxProcess, finished: number, unfinished: number, visible: boolean): Promise<{ requests: number; mostPerOrderPerInterval: number; intervals: number }> {
  const { client, take } = countingClient(sandbox.url);
  const model = new HostingOrdersModel(new OrderStore(new MapMemento(), () => undefined));
  model.setSource(client, SANDBOX_SCOPE);
  const numbers = await verifiedUsNumbers(client, finished + unfinished);
  await fileOrders(client, model, numbers.slice(0, finished));
  if (finished > 0) {
    await sandbox.advanceClock(ORDER_COMPLETES_SECONDS);
    await model.refresh();
  }
  await fileOrders(client, model, numbers.slice(finished));
  const timers = new VirtualTimers();
  const pending: Array<Promise<unknown>> = [];
  const refresher = followUnfinishedOrders({
    model,
    visible: () => visible,
    intervalSeconds: () => INTERVAL_SECONDS,
    refresh: () => {
      const done = model.refresh().then((o) => o.failed === 0);
      pending.push(done);
      return done;
    },
    timers,
  });
  refresher.update();
  take();
  const perIntervalPaths: string[][] = [];
  for (let s = 0; s < MINUTES * 60; s += INTERVAL_SECONDS) {
    timers.advance(INTERVAL_SECONDS * 1000);
    await Promise.all(pending.splice(0));
    perIntervalPaths.push(take().map((r) => `${r.method} ${r.path}`));
  }
  refresher.dispose();
  const most = Math.max(0, ...perIntervalPaths.map((paths) => Math.max(0, ...[...new Set(paths)].map((p) => paths.filter((q) => q === p).length))));
  return { requests: perIntervalPaths.flat().length, mostPerOrderPerInterval: most, intervals: perIntervalPaths.length };
}

export async function measureIdle(sandbox: SandboxProcess): Promise<Row[]> {
  const hidden = await scenario(sandbox, 50, 0, false);
  const finishedVisible = await scenario(sandbox, 50, 0, true);
  const inProgress = await scenario(sandbox, 0, 5, true);
  return [
    { section: SECTION, name: '50 finished orders, views hidden, 10 min', measured: hidden.requests, unit: 'requests', budget: { op: '==', value: 0 }, floor: 0, note: `virtual time, ${INTERVAL_SECONDS} s interval` },
    { section: SECTION, name: '50 finished orders, view visible, 10 min', measured: finishedVisible.requests, unit: 'requests', budget: { op: '==', value: 0 }, floor: 0, note: 'a finished order is never read on a timer' },
    {
      section: SECTION,
      name: '5 orders in progress, view visible, 10 min',
      measured: inProgress.requests,
      unit: 'requests',
      budget: { op: '<=', value: 5 * inProgress.intervals },
      floor: 5 * inProgress.intervals,
      note: `${inProgress.intervals} intervals of ${INTERVAL_SECONDS} s; most reads of one order in one interval: ${inProgress.mostPerOrderPerInterval} (budget 1)`,
    },
    { section: SECTION, name: 'reads of one order per interval (most)', measured: inProgress.mostPerOrderPerInterval, unit: 'requests', budget: { op: '<=', value: 1 }, floor: 1 },
  ];
}
