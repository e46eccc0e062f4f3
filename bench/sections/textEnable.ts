// Text-enabling 2,000 numbers through the real host side of the form (TextEnableController, fed
// the webview's `submit` message) against the sandbox with injected latency: orders created (Sinch
// takes at most 500 numbers per request, so 4 is the minimum) and wall time. The controller sends
// orders one at a time (concurrency bound 1): after an error that would repeat (auth, a rejected
// body) it stops and sends nothing more, so the floor is one round trip per order.
import { performance } from 'node:perf_hooks';
import type * as vscode from 'vscode';
import type { QualifiedNumbersClient } from '../../src/api/index';
import { isTollFree } from '../../src/model/phone';
import { statesFor } from '../../src/model/states';
import { SINCH_TARGET } from '../../src/model/textEnable/endpoints';
import { MAX_NUMBERS_PER_ORDER } from '../../src/model/textEnable/split';
import { emptyDraft, type TextEnableDraft } from '../../src/model/textEnable/fields';
import type { HostToWebview, ResponseResults, SubmitOutcome } from '../../src/model/webviewMessages';
import { DraftStore } from '../../src/panels/draftStore';
import { MAX_PICKABLE, TextEnableController } from '../../src/panels/textEnableController';
import { countingClient } from '../lib/client';
import type { Row } from '../lib/report';
import { probeWhile, RttSampler } from '../lib/rtt';
import type { SandboxProcess } from '../lib/sandboxProcess';
import { mean, median, repeat, spread } from '../lib/stats';
import { draftWithNumbers } from '../../test/fixtures/textEnableDrafts';

const SECTION = 'Text enable';
const COUNT = 2000;

function memento(): vscode.Memento {
  const values = new Map<string, unknown>();
  return {
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T) => (values.has(key) ? (values.get(key) as T) : fallback),
    update: async (key: string, value: unknown) => void (value === undefined ? values.delete(key) : values.set(key, value)),
  } as vscode.Memento;
}

function draftFor(numbers: string[]): TextEnableDraft {
  return draftWithNumbers(numbers, { campaignId: 'CBENCH1' });
}

/** 2,000 verified US numbers that are not toll-free: what one standard form can take. */
async function verifiedUsNumbers(client: QualifiedNumbersClient): Promise<string[]> {
  const found: string[] = [];
  for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', regionCode: 'US', pageSize: 100 })) {
    if (!isTollFree(n.phoneNumber)) found.push(n.phoneNumber);
    if (found.length === COUNT) break;
  }
  if (found.length < COUNT) throw new Error(`the sandbox has only ${found.length} verified US numbers`);
  return found;
}

function controllerFor(client: QualifiedNumbersClient, posted: HostToWebview[]): TextEnableController {
  const connection = { current: () => client, ensureClient: async () => client, describe: () => 'bench sandbox', snippetTarget: () => SINCH_TARGET, onDidChange: () => ({ dispose: () => undefined }) };
  return new TextEnableController({
    kind: 'standard',
    post: (message) => posted.push(message),
    connection,
    drafts: new DraftStore(memento()),
    refreshTree: () => undefined,
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    ui: { confirmSplit: async () => true, writeClipboard: async () => undefined, saveFile: async () => undefined, withProgress: (_title, task) => task() },
    moveToOtherForm: async () => undefined,
    initialDraft: emptyDraft,
    now: () => new Date(),
  });
}

/** The answer the controller posted for a request, or an error naming what it posted instead. */
function responseTo<K extends 'submit' | 'listPickable'>(posted: HostToWebview[], request: K): ResponseResults[K] {
  const response = posted.find((m) => m.type === 'response');
  if (!response || response.type !== 'response' || !response.ok || response.request !== request) {
    throw new Error(`${request} did not succeed: ${JSON.stringify(response ?? posted).slice(0, 300)}`);
  }
  return response.result as ResponseResults[K];
}

async function submitOnce(client: QualifiedNumbersClient, numbers: string[]): Promise<{ ms: number; outcome: SubmitOutcome }> {
  const posted: HostToWebview[] = [];
  const controller = controllerFor(client, posted);
  const start = performance.now();
  await controller.handle({ type: 'submit', requestId: 1, draft: draftFor(numbers) });
  const ms = performance.now() - start;
  return { ms, outcome: responseTo(posted, 'submit') };
}

/**
 * The form's number picker: lists what can be text-enabled, up to MAX_PICKABLE numbers. The
 * fewest requests for that: pages at the server's maximum through the states it walks, until
 * the number after the last one it keeps (which tells it the list is truncated).
 */
async function pickerOnce(client: QualifiedNumbersClient): Promise<{ ms: number; picked: number; truncated: boolean }> {
  const posted: HostToWebview[] = [];
  const controller = controllerFor(client, posted);
  const start = performance.now();
  await controller.handle({ type: 'listPickable', requestId: 2 });
  const ms = performance.now() - start;
  const result = responseTo(posted, 'listPickable');
  return { ms, picked: result.numbers.length, truncated: result.truncated };
}

async function pickerFloorPages(client: QualifiedNumbersClient): Promise<number> {
  let pages = 0;
  let pickable = 0;
  for (const state of statesFor('textEnable')) {
    for await (const page of client.listPages({ state, pageSize: 100 })) {
      pages++;
      for (const n of page.qualifiedNumbers) {
        if (!isTollFree(n.phoneNumber)) pickable++;
        if (pickable > MAX_PICKABLE) return pages;
      }
    }
  }
  return pages;
}

export async function measureTextEnable(sandbox: SandboxProcess, samples: number): Promise<Row[]> {
  const { client, take } = countingClient(sandbox.url);
  const rtts = new RttSampler(client, 100);
  await sandbox.reset();
  const numbers = await verifiedUsNumbers(client);
  const minimumOrders = Math.ceil(COUNT / MAX_NUMBERS_PER_ORDER);

  const floorPages = await pickerFloorPages(client);
  // The picker's pages are sequential: its floor is pages x the mean round trip probed meanwhile
  // by a client of its own (see walk.ts).
  const prober = countingClient(sandbox.url);
  await prober.client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 100 });
  const pickers = await repeat(samples, async () => {
    take();
    const { result, probes } = await probeWhile(prober.client, 100, pickerOnce(client));
    return { ...result, requests: take().length, rtts: probes.map((p) => p.ms) };
  });
  const pickerRtt = mean(pickers.flatMap((p) => p.rtts));

  const runs = await repeat(samples, async () => {
    // The same seed gives the same verified numbers again; seeding happens on the first request,
    // which is made here, before the clock starts.
    await sandbox.reset();
    await client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 });
    await rtts.take(3);
    take();
    const { ms, outcome } = await submitOnce(client, numbers);
    if (outcome.status !== 'done') throw new Error(`submit ended ${outcome.status}`);
    const created = outcome.orders.filter((o) => o.ok).length;
    const failed = outcome.orders.filter((o) => !o.ok);
    if (failed.length > 0) throw new Error(`orders failed: ${JSON.stringify(failed[0]).slice(0, 300)}`);
    return { ms, created, requests: take().length };
  });

  const ms = runs.map((r) => r.ms);
  // Sequential requests: a sum of round trips, so the mean round trip (see walk.ts).
  const rtt = mean(rtts.samples);
  const pickerMs = pickers.map((p) => p.ms);
  return [
    {
      section: SECTION,
      name: `picker: list ${MAX_PICKABLE.toLocaleString('en-US')} pickable numbers`,
      measured: median(pickerMs),
      unit: 'ms',
      budget: { op: '<=', value: 1.2 * floorPages * pickerRtt },
      floor: floorPages * pickerRtt,
      note: `${spread(pickerMs, 0)}; ${pickers[0].picked} listed${pickers[0].truncated ? ' (truncated)' : ''}; floor ${floorPages} pages of 100 x RTT ${pickerRtt.toFixed(1)} ms`,
    },
    {
      section: SECTION,
      name: 'picker: requests',
      measured: Math.max(...pickers.map((p) => p.requests)),
      unit: 'requests',
      budget: { op: '<=', value: floorPages },
      floor: floorPages,
      note: 'pages are sequential: each needs the previous page token',
    },
    {
      section: SECTION,
      name: `orders created for ${COUNT.toLocaleString('en-US')} numbers`,
      measured: Math.max(...runs.map((r) => r.created)),
      unit: 'orders',
      budget: { op: '==', value: minimumOrders },
      floor: minimumOrders,
      note: `${MAX_NUMBERS_PER_ORDER} numbers per order at most; ${Math.max(...runs.map((r) => r.requests))} requests`,
    },
    {
      section: SECTION,
      name: 'submit -> every order created (concurrency 1)',
      measured: median(ms),
      unit: 'ms',
      floor: minimumOrders * rtt,
      note: `${spread(ms, 0)}; floor ${minimumOrders} x RTT ${rtt.toFixed(1)} ms (sequential: a repeating error stops the batch)`,
    },
  ];
}
