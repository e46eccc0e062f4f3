// Walking one state of 5,000 numbers to the end, against the sandbox with injected latency.
// Pages depend on the previous page's token, so a walk is sequential by nature: the floor is the
// number of pages at the server's maximum page size times one round trip of such a page.
//  - client.listAll at page size 100: what export and the number pickers use;
//  - the tree's "Load more" to the end, at the largest page size the setting allows (100): through
//    the model alone, and through the view in the production bundle, clicked the way a user does
//    (the workbench stub re-renders the root and the expanded group after every change, as VS Code
//    does, which is where per-render costs show).
import { performance } from 'node:perf_hooks';
import { QualifiedNumbersModel } from '../../src/model/tree/treeModel';
import { join } from 'node:path';
import type { ProductionBuild } from '../lib/build';
import { countingClient, PROJECT_ID } from '../lib/client';
import { bundleChild, runChild } from './activationBundle';
import type { Row } from '../lib/report';
import type { QualifiedNumbersClient } from '../../src/api/index';
import { probeWhile } from '../lib/rtt';
import type { SandboxProcess } from '../lib/sandboxProcess';
import { mean, median, repeat, spread } from '../lib/stats';

const SECTION = 'Walk 5,000';
const STATE = 'GLOBAL_PROCESS_STATE_VERIFIED';
export const SERVER_MAX_PAGE_SIZE = 100;
export const NUMBERS_PER_STATE = 5000;
/** The long walk: one state of 20,000 numbers (the sandbox seeded with 200,000). */
export const LONG_WALK_NUMBERS = 20_000;
/** A click costs its page: the view's walk within 10% of pages x RTT at 5,000 and at 20,000 (issue 13). */
const VIEW_BUDGET_RATIO = 1.1;

/** Walks Verified in the real view: activation with a restored profile, then "Load more" clicks. */
async function viewWalk(
  build: ProductionBuild,
  sandbox: SandboxProcess,
  script: string,
  prober: QualifiedNumbersClient,
  proberRequests: () => number,
  numbersPerState = NUMBERS_PER_STATE,
): Promise<{ ms: number; clicks: number; shown: number; slowestClickMs: number; renderMs: number; requests: number; rtts: number[] }> {
  await sandbox.clearRequests();
  const child = runChild(script, {
    extensionJs: join(build.dist, 'extension.js'),
    // Oldest first: the server's order, paged from the server (newest first, the default, reads up to
    // 2,000 numbers at once and pages locally).
    settings: { apiBaseUrl: sandbox.url, authBaseUrl: sandbox.url, pageSize: SERVER_MAX_PAGE_SIZE, sortOrder: 'oldest' },
    viewVisible: true,
    profile: { name: 'bench', projectId: PROJECT_ID, authMethod: 'oauth2', keyId: 'bench-key', keySecret: 'bench-secret' },
    waitForCounts: true,
    walkGroup: 'Verified',
  }, numbersPerState > NUMBERS_PER_STATE ? 600_000 : 120_000);
  const { result, probes } = await probeWhile(prober, SERVER_MAX_PAGE_SIZE, child);
  if (!result.walk) throw new Error('the view walk reported nothing');
  const { startedAt, endedAt } = result.walk;
  const rtts = probes.filter((p) => p.at >= startedAt && p.at + p.ms <= endedAt).map((p) => p.ms);
  if (rtts.length < 5) throw new Error(`only ${rtts.length} round trips were probed during the view walk`);
  if (result.walk.shown !== numbersPerState) throw new Error(`the view showed ${result.walk.shown} numbers at the end, not ${numbersPerState}`);
  // Token and the first page of each state came with the tree; the probes' requests are not the walk's.
  return { ...result.walk, requests: (await sandbox.requestCount()) - 11 - proberRequests(), rtts };
}

export async function measureWalk(build: ProductionBuild, sandbox: SandboxProcess, samples: number): Promise<Row[]> {
  const { client, take } = countingClient(sandbox.url);
  const minimumPages = Math.ceil(NUMBERS_PER_STATE / SERVER_MAX_PAGE_SIZE);
  // Round trips probed by a client of their own while each walk runs: on a shared machine a load
  // burst slows the walk and its floor alike. A walk is a sum of round trips, so its floor is
  // pages x the mean probed round trip.
  const prober = countingClient(sandbox.url);
  await prober.client.list({ state: STATE, pageSize: SERVER_MAX_PAGE_SIZE });
  await client.list({ state: STATE, pageSize: SERVER_MAX_PAGE_SIZE });

  const listAll = await repeat(samples, async () => {
    take();
    const { result, probes } = await probeWhile(prober.client, SERVER_MAX_PAGE_SIZE, (async () => {
      let count = 0;
      const start = performance.now();
      for await (const n of client.listAll({ state: STATE, pageSize: SERVER_MAX_PAGE_SIZE })) if (n.phoneNumber) count++;
      const ms = performance.now() - start;
      if (count !== NUMBERS_PER_STATE) throw new Error(`listAll walked ${count} numbers, not ${NUMBERS_PER_STATE}`);
      return ms;
    })());
    return { ms: result, requests: take().length, rtts: probes.map((p) => p.ms) };
  });

  const loadMore = await repeat(samples, async () => {
    const model = new QualifiedNumbersModel({ pageSize: SERVER_MAX_PAGE_SIZE });
    model.setSource(client);
    await model.reload();
    take();
    const group = (): ReturnType<QualifiedNumbersModel['groupViews']>[number] => model.groupViews().find((g) => g.state === STATE) as ReturnType<QualifiedNumbersModel['groupViews']>[number];
    const { result, probes } = await probeWhile(prober.client, SERVER_MAX_PAGE_SIZE, (async () => {
      const start = performance.now();
      while (group().hasMore) await model.loadMore(STATE);
      return performance.now() - start;
    })());
    if (group().numbers.length !== NUMBERS_PER_STATE) throw new Error(`Load more ended with ${group().numbers.length} numbers`);
    return { ms: result, requests: take().length, rtts: probes.map((p) => p.ms) };
  });

  const script = await bundleChild(build);
  const views = await repeat(samples, async () => {
    prober.take();
    return viewWalk(build, sandbox, script, prober.client, () => prober.take().length);
  });

  const allRtts = [...listAll, ...loadMore, ...views].flatMap((s) => s.rtts);
  const rtt = mean(listAll.flatMap((s) => s.rtts));
  const floor = minimumPages * rtt;
  const loadMoreRtt = mean(loadMore.flatMap((s) => s.rtts));
  const loadMoreFloor = (minimumPages - 1) * loadMoreRtt;
  const viewMs = views.map((v) => v.ms);
  const viewRtt = mean(views.flatMap((v) => v.rtts));
  const viewFloor = (minimumPages - 1) * viewRtt;
  const listAllMs = listAll.map((s) => s.ms);
  const loadMoreMs = loadMore.map((s) => s.ms);
  return [
    { section: SECTION, name: `round trip (one page of ${SERVER_MAX_PAGE_SIZE})`, measured: mean(allRtts), unit: 'ms', note: `mean; median ${median(allRtts).toFixed(1)}, ${spread(allRtts)}; probed during the walks` },
    {
      section: SECTION,
      name: 'listAll to the end (export, pickers)',
      measured: median(listAllMs),
      unit: 'ms',
      budget: { op: '<=', value: 1.2 * floor },
      floor,
      note: `${spread(listAllMs, 0)}; floor ${minimumPages} pages x RTT ${rtt.toFixed(1)} ms`,
    },
    {
      section: SECTION,
      name: 'listAll requests',
      measured: Math.max(...listAll.map((s) => s.requests)),
      unit: 'requests',
      budget: { op: '<=', value: minimumPages },
      floor: minimumPages,
      note: 'most in any sample',
    },
    {
      section: SECTION,
      name: 'tree Load more to the end (page size 100)',
      measured: median(loadMoreMs),
      unit: 'ms',
      budget: { op: '<=', value: 1.2 * loadMoreFloor },
      floor: loadMoreFloor,
      note: `${spread(loadMoreMs, 0)}; first page came with the tree; RTT ${loadMoreRtt.toFixed(1)} ms`,
    },
    {
      section: SECTION,
      name: 'tree Load more requests',
      measured: Math.max(...loadMore.map((s) => s.requests)),
      unit: 'requests',
      budget: { op: '<=', value: minimumPages - 1 },
      floor: minimumPages - 1,
    },
    {
      section: SECTION,
      name: 'view: Load more clicked to the end (bundle)',
      measured: median(viewMs),
      unit: 'ms',
      budget: { op: '<=', value: VIEW_BUDGET_RATIO * viewFloor },
      floor: viewFloor,
      note: `${spread(viewMs, 0)}; ${views[0].clicks} clicks, slowest ${Math.max(...views.map((v) => v.slowestClickMs)).toFixed(0)} ms to its render, rendering ${median(views.map((v) => v.renderMs)).toFixed(0)} ms in all; RTT ${viewRtt.toFixed(1)} ms`,
    },
    {
      section: SECTION,
      name: 'view: Load more requests',
      measured: Math.max(...views.map((v) => v.requests)),
      unit: 'requests',
      budget: { op: '<=', value: minimumPages - 1 },
      floor: minimumPages - 1,
    },
  ];
}

/** "Load more" clicked to the end of one state of 20,000 numbers in the production bundle's view. */
export async function measureLongViewWalk(build: ProductionBuild, sandbox: SandboxProcess, samples: number): Promise<Row[]> {
  const section = 'Walk 20,000';
  const pages = Math.ceil(LONG_WALK_NUMBERS / SERVER_MAX_PAGE_SIZE);
  const prober = countingClient(sandbox.url);
  // The first request seeds the sandbox's 200,000 numbers (seconds): not part of any walk.
  await prober.client.list({ state: STATE, pageSize: SERVER_MAX_PAGE_SIZE });
  const script = await bundleChild(build);
  const views = await repeat(samples, async () => {
    prober.take();
    return viewWalk(build, sandbox, script, prober.client, () => prober.take().length, LONG_WALK_NUMBERS);
  });
  const viewMs = views.map((v) => v.ms);
  const viewRtt = mean(views.flatMap((v) => v.rtts));
  const viewFloor = (pages - 1) * viewRtt;
  return [
    {
      section,
      name: 'view: Load more clicked to the end (bundle)',
      measured: median(viewMs),
      unit: 'ms',
      budget: { op: '<=', value: VIEW_BUDGET_RATIO * viewFloor },
      floor: viewFloor,
      note: `${spread(viewMs, 0)}; ${views[0].clicks} clicks, slowest ${Math.max(...views.map((v) => v.slowestClickMs)).toFixed(0)} ms to its render, rendering ${median(views.map((v) => v.renderMs)).toFixed(0)} ms in all; RTT ${viewRtt.toFixed(1)} ms`,
    },
    {
      section,
      name: 'view: Load more requests',
      measured: Math.max(...views.map((v) => v.requests)),
      unit: 'requests',
      budget: { op: '<=', value: pages - 1 },
      floor: pages - 1,
    },
  ];
}
