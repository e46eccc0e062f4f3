// The callback listener under a burst (issue 13): 50 concurrent senders post 1 KB signed
// deliveries, each with its own eventId, to the listener of the production bundle running under
// the stub in a process of its own (callbacksChild.ts, the "extension host"). Verified and listed:
// each answered 200 and the Callbacks view lists every one; the host's event-loop delay is
// measured meanwhile (monitorEventLoopDelay, 1 ms resolution).
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import * as http from 'node:http';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import * as esbuild from 'esbuild';
import type { CallbacksChildInput, CallbacksChildResult } from '../activation/callbacksChild';
import type { ProductionBuild } from '../lib/build';
import type { Row } from '../lib/report';

const SECTION = 'Callback listener';
const SENDERS = 50;
const BODY_BYTES = 1024;
const PROJECT_ID = 'bench-project';
export const DELIVERIES_BUDGET_PER_S = 2000;
export const LAG_BUDGET_MS = 50;

function body(i: number): Buffer {
  const event = {
    resourceType: 'QUALIFIED_NUMBER',
    eventType: 'QUALIFIED_NUMBER_STATE_CHANGED',
    eventId: `bench-${i}-${randomBytes(4).toString('hex')}`,
    timestamp: new Date(Date.UTC(2026, 11, 1, 0, 0, 0, i)).toISOString(),
    projectId: PROJECT_ID,
    resourceId: `+1202555${String(i % 10_000).padStart(4, '0')}`,
    status: 'GLOBAL_PROCESS_STATE_VERIFIED',
  };
  const text = JSON.stringify({ ...event, note: '' });
  // Padded to 1 KB with a field Sinch might add: unknown fields are kept, not refused.
  return Buffer.from(JSON.stringify({ ...event, note: 'x'.repeat(BODY_BYTES - text.length) }));
}

async function post(agent: http.Agent, url: URL, payload: Buffer, signature: string): Promise<number> {
  return new Promise((resolvePost, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length, 'X-Sinch-Signature': signature } }, (response) => {
      response.resume();
      response.on('end', () => resolvePost(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end(payload);
  });
}

async function childScript(build: ProductionBuild): Promise<string> {
  const outdir = join(build.root, 'bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'callbacksChild.js');
  await esbuild.build({ entryPoints: [resolve(__dirname, '..', 'activation', 'callbacksChild.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  return outfile;
}

async function burst(script: string, build: ProductionBuild, deliveries: number): Promise<{ rate: number; ok: number; listed: number; child: CallbacksChildResult; sendMs: number }> {
  const secret = randomBytes(20).toString('hex');
  const input: CallbacksChildInput = { extensionJs: join(build.dist, 'extension.js'), projectId: PROJECT_ID, secret, deliveries };
  const child = spawn(process.execPath, [...(process.env.BENCH_CHILD_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CHILD_PROF}`] : []), script], { env: { ...process.env, BENCH_CALLBACKS: JSON.stringify(input) }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const next = (): Promise<string> =>
    new Promise((resolveLine, reject) => {
      const onExit = (code: number | null): void => reject(new Error(`callbacks child exited (${code}): ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
      child.once('exit', onExit);
      lines.once('line', (line) => {
        child.off('exit', onExit);
        resolveLine(line);
      });
    });
  const ready = JSON.parse(await next()) as { url: string };
  // Bodies and signatures made before the clock starts: the senders' own work is not the listener's.
  const payloads = Array.from({ length: deliveries }, (_, i) => {
    const b = body(i);
    return { b, signature: createHmac('sha1', secret).update(b).digest('hex') };
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: SENDERS });
  const url = new URL(ready.url);
  let nextIndex = 0;
  let ok = 0;
  const started = performance.timeOrigin + performance.now();
  const resultLine = next();
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      for (let i = nextIndex++; i < deliveries; i = nextIndex++) if ((await post(agent, url, payloads[i].b, payloads[i].signature)) === 200) ok++;
    }),
  );
  const answeredAt = performance.timeOrigin + performance.now();
  agent.destroy();
  child.stdin.write('done\n');
  const result = JSON.parse(await resultLine) as CallbacksChildResult;
  await once(child, 'exit');
  const end = Math.max(answeredAt, result.listedAt);
  return { rate: deliveries / ((end - started) / 1000), ok, listed: result.listed, child: result, sendMs: answeredAt - started };
}

export async function measureCallbacks(build: ProductionBuild, samples: number, deliveries = 5000): Promise<Row[]> {
  const script = await childScript(build);
  const runs: Array<Awaited<ReturnType<typeof burst>>> = [];
  for (let i = 0; i < samples; i++) runs.push(await burst(script, build, deliveries));
  const rates = runs.map((r) => r.rate).sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)];
  const lost = Math.max(...runs.map((r) => deliveries - Math.min(r.ok, r.listed)));
  const lagMax = Math.max(...runs.map((r) => r.child.lagMaxMs));
  return [
    {
      section: SECTION,
      name: `deliveries verified and listed (${SENDERS} senders, 1 KB signed)`,
      measured: median,
      unit: 'deliveries/s',
      budget: { op: '>=', value: DELIVERIES_BUDGET_PER_S },
      note: `median of ${samples}, each ${deliveries} deliveries; min ${rates[0].toFixed(0)}/s; answered in ${runs.map((r) => r.sendMs.toFixed(0)).join(', ')} ms`,
    },
    { section: SECTION, name: 'deliveries lost', measured: lost, unit: 'count', budget: { op: '==', value: 0 }, floor: 0, note: 'not answered 200, or not listed, in the worst sample' },
    {
      section: SECTION,
      name: 'extension host event-loop delay (max)',
      measured: lagMax,
      unit: 'ms',
      budget: { op: '<=', value: LAG_BUDGET_MS },
      note: `p99 ${Math.max(...runs.map((r) => r.child.lagP99Ms)).toFixed(1)} ms, mean ${Math.max(...runs.map((r) => r.child.lagMeanMs)).toFixed(1)} ms; during the burst until listed`,
    },
  ];
}
