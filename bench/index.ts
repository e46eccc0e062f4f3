// `npm run bench`: measures the extension against its performance budget and prints one table
// (Markdown, for BENCHMARKS.md): bundle sizes, activation (bundle alone and in a real VS Code),
// the tree's first load and refresh, walking 5,000 numbers, memory for 10,000, text-enabling
// 2,000 numbers and the sandbox's throughput. A script, not a test: it never runs in `npm test`.
//
//   npm run bench [-- --quick] [--no-host] [--only bundle,activation,host,form,tree,walk,memory,textEnable,throughput,idle,callbacks,hover] [--json FILE]
//
// Exit code 1 when a figure misses its budget (or a section fails), 0 otherwise.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { productionBuild, type ProductionBuild } from './lib/build';
import { notMeasured, verdict, type Row } from './lib/report';
import { startSandboxProcess, type SandboxProcess } from './lib/sandboxProcess';
import { renderTable } from './lib/table';
import { measureBundleActivation } from './sections/activationBundle';
import { measureHostActivation, measureHostProfile } from './sections/activationHost';
import { measureIdle } from './sections/idle';
import { measureCallbacks } from './sections/callbacks';
import { measureHover } from './sections/hover';
import { measureBundles } from './sections/bundleSize';
import { measureFirstTree } from './sections/firstTree';
import { measureFormHost } from './sections/formHost';
import { measureMemory } from './sections/memory';
import { measureTextEnable } from './sections/textEnable';
import { measureThroughput } from './sections/throughput';
import { LONG_WALK_NUMBERS, measureLongViewWalk, measureWalk, NUMBERS_PER_STATE } from './sections/walk';

/** Injected into every API response where the network matters. */
export const LATENCY_MS = 25;

const SECTIONS = ['bundle', 'activation', 'host', 'form', 'tree', 'walk', 'memory', 'textEnable', 'throughput', 'idle', 'callbacks', 'hover'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  quick: boolean;
  sections: Set<Section>;
  json?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { quick: false, sections: new Set(SECTIONS) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-host') {
      options.sections.delete('host');
      options.sections.delete('form');
    }
    else if (arg === '--only') {
      const wanted = (argv[++i] ?? '').split(',');
      const unknown = wanted.filter((w) => !(SECTIONS as readonly string[]).includes(w));
      if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
      options.sections = new Set(wanted as Section[]);
    } else if (arg === '--json') options.json = argv[++i];
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Sections that threw: the run fails, and the table says where. */
const failures: string[] = [];

async function section(name: string, rows: Row[], run: () => Promise<Row[]>): Promise<void> {
  const start = performance.now();
  log(`${name} ...`);
  try {
    rows.push(...(await run()));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    rows.push(notMeasured(name, 'SECTION FAILED', 'ms', reason));
    failures.push(`${name}: ${reason}`);
    log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  log(`${name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

async function withSandbox<T>(build: ProductionBuild, numbers: number, latencyMs: number, work: (sandbox: SandboxProcess) => Promise<T>): Promise<T> {
  const sandbox = await startSandboxProcess(build.dist, { numbers, latencyMs });
  try {
    return await work(sandbox);
  } finally {
    await sandbox.stop();
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  // Other work on the machine shows up in every timing: the summary gives the load around the run.
  const loadBefore = loadavg()[0];
  const samples = options.quick ? 5 : 15;
  const started = performance.now();
  const rows: Row[] = [];
  log('production build ...');
  const build = await productionBuild();
  let rtt: number | undefined;
  try {
    const want = (s: Section): boolean => options.sections.has(s);
    if (want('bundle')) await section('Bundle', rows, async () => measureBundles(build));
    if (want('tree')) {
      await section('First tree', rows, () =>
        withSandbox(build, 2000, LATENCY_MS, async (sandbox) => {
          const result = await measureFirstTree(sandbox, LATENCY_MS, samples);
          rtt = result.rtt;
          return result.rows;
        }),
      );
    }
    if (want('activation')) {
      await section('Activation', rows, () =>
        withSandbox(build, 2000, LATENCY_MS, (sandbox) => measureBundleActivation(build, sandbox, options.quick ? 5 : 10, rtt)),
      );
    }
    if (want('host')) {
      await section('Activation (VS Code)', rows, () => measureHostActivation(build, options.quick ? 1 : 3, log));
      // A few hundred numbers: each state's first page holds all of it (one round of lists).
      await section('Activation (VS Code), saved profile', rows, () => withSandbox(build, 300, LATENCY_MS, (sandbox) => measureHostProfile(build, sandbox, LATENCY_MS, options.quick ? 2 : 3, log)));
    }
    if (want('form')) await section('Form (VS Code)', rows, () => measureFormHost(build, options.quick ? 2 : 5, log));
    if (want('walk') || want('textEnable')) {
      await withSandbox(build, NUMBERS_PER_STATE * 10, LATENCY_MS, async (sandbox) => {
        if (want('walk')) await section('Walk 5,000', rows, () => measureWalk(build, sandbox, options.quick ? 3 : 5));
        if (want('textEnable')) await section('Text enable', rows, () => measureTextEnable(sandbox, options.quick ? 3 : 5));
      });
    }
    if (want('walk')) {
      await section('Walk 20,000', rows, () => withSandbox(build, LONG_WALK_NUMBERS * 10, LATENCY_MS, (sandbox) => measureLongViewWalk(build, sandbox, options.quick ? 2 : 3)));
    }
    if (want('idle')) await section('Idle cost', rows, () => withSandbox(build, 2000, LATENCY_MS, (sandbox) => measureIdle(sandbox)));
    if (want('callbacks')) await section('Callback listener', rows, () => measureCallbacks(build, options.quick ? 1 : 3));
    if (want('hover')) await section('Hover', rows, () => withSandbox(build, NUMBERS_PER_STATE * 10, LATENCY_MS, (sandbox) => measureHover(sandbox)));
    if (want('memory')) await section('Memory', rows, () => withSandbox(build, 100_000, 0, (sandbox) => measureMemory(sandbox)));
    if (want('throughput')) await section('Sandbox', rows, () => withSandbox(build, 1000, 0, (sandbox) => measureThroughput(sandbox, options.quick ? 3 : 5)));
  } finally {
    build.dispose();
  }

  const seconds = (performance.now() - started) / 1000;
  const table = renderTable(rows);
  const missed = rows.filter((r) => verdict(r) === 'MISS');
  process.stdout.write(`\n${table}\n\n`);
  const verdicts = [
    missed.length === 0 ? 'every budget met' : `${missed.length} budget(s) missed: ${missed.map((r) => `${r.section} / ${r.name}`).join('; ')}`,
    ...(failures.length > 0 ? [`${failures.length} section(s) failed: ${failures.join('; ')}`] : []),
  ];
  const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
  process.stdout.write(`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs, ${load}, ${seconds.toFixed(0)} s; ${verdicts.join('; ')}\n`);
  if (options.json) writeFileSync(options.json, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, seconds, rows, failures }, null, 2)}\n`);
  process.exitCode = missed.length > 0 || failures.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
