// The tree's first load and a refresh, through the real tree model (src/model/tree) and API
// client against the sandbox with injected latency: wall time until every group shows its count,
// and requests issued. Groups load in parallel, so the floor is one round trip for the lists, plus
// one for the OAuth2 token when the connection is new.
import { performance } from 'node:perf_hooks';
import { QualifiedNumbersModel } from '../../src/model/tree/treeModel';
import { countingClient } from '../lib/client';
import type { Row } from '../lib/report';
import { RttSampler } from '../lib/rtt';
import type { SandboxProcess } from '../lib/sandboxProcess';
import { median, repeat, spread } from '../lib/stats';

const SECTION = 'First tree';
/** The tree's default page size (setting sinch.pageSize). */
const TREE_PAGE_SIZE = 50;

function everyGroupCounted(model: QualifiedNumbersModel): boolean {
  const groups = model.groupViews();
  return groups.length === 10 && groups.every((g) => g.status === 'loaded' && /^\d/.test(g.description));
}

async function loadTree(model: QualifiedNumbersModel): Promise<number> {
  const start = performance.now();
  const outcome = await model.reload();
  const elapsed = performance.now() - start;
  if (outcome.failed > 0 || !everyGroupCounted(model)) throw new Error(`the tree did not load: ${outcome.failed} groups failed`);
  return elapsed;
}

export async function measureFirstTree(sandbox: SandboxProcess, latencyMs: number, samples: number): Promise<{ rows: Row[]; rtt: number }> {
  const warm = countingClient(sandbox.url);
  const rtts = new RttSampler(warm.client, TREE_PAGE_SIZE);
  const cold: Array<{ ms: number; requests: number }> = [];
  const warmLoads: Array<{ ms: number; requests: number }> = [];
  await repeat(samples, async () => {
    await rtts.take(2);
    // A new connection: the token request comes first, then the ten lists at once.
    const fresh = countingClient(sandbox.url);
    const coldModel = new QualifiedNumbersModel({ pageSize: TREE_PAGE_SIZE });
    coldModel.setSource(fresh.client);
    cold.push({ ms: await loadTree(coldModel), requests: fresh.requests.length });
    // The token is cached (a model reconnected to a live client): the lists only.
    const warmModel = new QualifiedNumbersModel({ pageSize: TREE_PAGE_SIZE });
    warmModel.setSource(warm.client);
    warm.take();
    warmLoads.push({ ms: await loadTree(warmModel), requests: warm.take().length });
  });
  const rtt = median(rtts.samples);

  // Refresh with nothing changed: the refresh button, and the quiet refresh (keepLoaded) that
  // auto-refresh and writes use, after the user paged twice in one group.
  const { client, take } = countingClient(sandbox.url);
  const model = new QualifiedNumbersModel({ pageSize: TREE_PAGE_SIZE });
  model.setSource(client);
  await loadTree(model);
  const firstLoad = take().length;
  await model.reload();
  const refresh = take().length;
  await model.loadMore('GLOBAL_PROCESS_STATE_VERIFIED');
  await model.loadMore('GLOBAL_PROCESS_STATE_VERIFIED');
  const pagedTo = firstLoad + take().length;
  await model.reload({ keepLoaded: true });
  const quietRefresh = take().length;
  const shownAfter = model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_VERIFIED')?.numbers.length ?? 0;

  const coldMs = cold.map((c) => c.ms);
  const warmMs = warmLoads.map((c) => c.ms);
  const rows: Row[] = [
    { section: SECTION, name: `round trip (one list of ${TREE_PAGE_SIZE}, ${latencyMs} ms injected)`, measured: rtt, unit: 'ms', note: `${spread(rtts.samples)}; taken between the samples below; the unit of their floors` },
    {
      section: SECTION,
      name: 'every group shows its count (token cached)',
      measured: median(warmMs),
      unit: 'ms',
      budget: { op: '<=', value: 1.5 * rtt + 20 },
      floor: rtt,
      note: `${spread(warmMs)}; ${warmLoads[0].requests} requests; budget 1.5 x RTT + 20`,
    },
    {
      section: SECTION,
      name: 'every group shows its count (new connection, OAuth2)',
      measured: median(coldMs),
      unit: 'ms',
      budget: { op: '<=', value: 1.5 * 2 * rtt + 20 },
      floor: 2 * rtt,
      note: `${spread(coldMs)}; ${cold[0].requests} requests (token, then 10 lists); floor 2 RTT, budget 1.5 x floor + 20`,
    },
    { section: SECTION, name: 'requests: first load', measured: firstLoad, unit: 'requests', note: 'token + one list per state' },
    {
      section: SECTION,
      name: 'requests: refresh, nothing changed',
      measured: refresh,
      unit: 'requests',
      budget: { op: '<=', value: firstLoad },
      floor: 10,
      note: 'refresh button: first page of each state again',
    },
    {
      section: SECTION,
      name: 'requests: quiet refresh after 2x Load more',
      measured: quietRefresh,
      unit: 'requests',
      budget: { op: '<=', value: pagedTo },
      note: `keeps the ${shownAfter} numbers shown in Verified; first load + 2 Load more took ${pagedTo}`,
    },
  ];
  return { rows, rtt };
}
