// Activation in a real VS Code extension host: code-server with the smoke-test driver, opened by
// Chromium, runs host/suite.ts as the extensionTestsPath. Reuses the integration harness's
// library (scripts/lib: tools, code-server, browser) without changing it. The extension is a copy
// of the production build whose package.json has no activation events, so only the suite
// activates it, and with "sinch.sandbox.autoStart" on so the tree has something to count.
// One fresh browser page (so one fresh extension host) per sample, one code-server for all.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import type { HostResult } from '../host/suite';
import { repoRoot, type ProductionBuild } from '../lib/build';
import { loadHarness, type CodeServer, type Harness as HarnessOf } from '../lib/codeServerHarness';
import { notMeasured, type Row } from '../lib/report';
import { median, repeat, spread } from '../lib/stats';
import type { SandboxProcess } from '../lib/sandboxProcess';
import { ACTIVATION_BUDGET_MS } from './activationBundle';

const SECTION = 'Activation (VS Code)';
const RESULT_MARKER = 'BENCH_HOST_RESULT';
const SAMPLE_TIMEOUT_MS = 90_000;
/** Issue 13: a window opened with a saved profile counts every group within 1.3 x its floor + 30 ms. */
const PROFILE_BUDGET_RATIO = 1.3;
const PROFILE_BUDGET_EXTRA_MS = 30;

interface BrowserPage {
  goto(url: string, options?: { timeout?: number }): Promise<unknown>;
}

interface BrowserContext {
  exposeFunction(name: string, fn: (...args: unknown[]) => unknown): Promise<void>;
  pages(): BrowserPage[];
  newPage(): Promise<BrowserPage>;
  close(): Promise<void>;
}

type Harness = HarnessOf<BrowserContext>;

/** The production build as an extension folder that nothing activates on its own. */
function extensionCopy(build: ProductionBuild, folder = 'host-extension'): string {
  const dir = join(build.root, folder);
  mkdirSync(dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  manifest.activationEvents = [];
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  symlinkSync(build.dist, join(dir, 'dist'));
  symlinkSync(join(repoRoot, 'media'), join(dir, 'media'));
  return dir;
}

async function bundleSuite(build: ProductionBuild): Promise<string> {
  const outfile = join(build.root, 'host-suite', 'index.js');
  await esbuild.build({
    entryPoints: [resolve(__dirname, '..', 'host', 'suite.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'error',
  });
  return outfile;
}

async function oneSample(harness: Harness, server: CodeServer, profileDir: string, extensionDir: string, suite: string, environment: Record<string, string> = {}): Promise<HostResult> {
  const browser = await harness.launchBrowser(profileDir);
  try {
    let result: HostResult | undefined;
    const lines: string[] = [];
    const exit = new Promise<number>((resolveExit) => void browser.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code))));
    await browser.exposeFunction('codeAutomationLog', (_type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      lines.push(text);
      const at = text.indexOf(RESULT_MARKER);
      if (at >= 0) result = JSON.parse(text.slice(at + RESULT_MARKER.length)) as HostResult;
    });
    const remote = (path: string): string => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDir)],
      ['extensionTestsPath', remote(suite)],
      ['extensionEnvironment', JSON.stringify({ SINCH_SANDBOX_CLOCK: 'manual', ...environment })],
      ['skipWelcome', 'true'],
    ];
    const page = browser.pages()[0] ?? (await browser.newPage());
    // A loaded machine takes longer than Playwright's default 30 s to serve the workbench.
    await page.goto(server.workbenchUrl({ payload: JSON.stringify(payload) }), { timeout: 120_000 });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no verdict within ${SAMPLE_TIMEOUT_MS / 1000} s`)), SAMPLE_TIMEOUT_MS);
    });
    const code = await Promise.race([exit, timeout]).finally(() => clearTimeout(timer));
    if (process.env.BENCH_VERBOSE) for (const line of lines) process.stderr.write(`  [host] ${line}\n`);
    if (code !== 0 || !result) throw new Error(`the host suite failed (exit ${code}): ${lines.filter((l) => /error|fail/i.test(l)).slice(-3).join(' / ') || lines.slice(-3).join(' / ')}`);
    return result;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/**
 * A window opened with a saved profile, against the sandbox process (its own process, 25 ms of
 * latency per request, as a real network has): one window saves the profile as Sign In would, then
 * each sample is a new window that restores it and counts every group. The floor is the same path
 * by hand in the same host right after (SecretStorage read + token + one parallel round of lists).
 */
export async function measureHostProfile(build: ProductionBuild, sandbox: SandboxProcess, latencyMs: number, samples: number, log: (line: string) => void): Promise<Row[]> {
  const name = 'window opened with a saved profile -> every group counted';
  let harness: Harness;
  try {
    harness = await loadHarness<BrowserContext>();
    await harness.ensureTools((line) => log(`  ${line}`));
  } catch (error) {
    return [notMeasured(SECTION, name, 'ms', `not measured: no real VS Code here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)];
  }
  const extensionDir = extensionCopy(build, 'host-extension-profile');
  const suite = await bundleSuite(build);
  const dir = join(build.root, 'code-server-profile');
  // The user's defaults otherwise (newest first: a state's numbers are read at once, one page each here).
  const server = await harness.startCodeServer({ dir, workspace: join(dir, 'workspace'), smokeTestDriver: true, settings: { 'sinch.sandbox.autoStart': false, 'sinch.apiBaseUrl': sandbox.url, 'sinch.authBaseUrl': sandbox.url } });
  const browserDir = join(dir, 'browser');
  const environment = { BENCH_API_URL: sandbox.url };
  let results: HostResult[];
  try {
    await oneSample(harness, server, browserDir, extensionDir, suite, { ...environment, BENCH_HOST_MODE: 'profileSetup' });
    results = await repeat(samples, () => oneSample(harness, server, browserDir, extensionDir, suite, { ...environment, BENCH_HOST_MODE: 'profile' }));
  } finally {
    await server.stop();
  }
  const counted = results.map((r) => r.counted - r.willActivate);
  const floors = results.map((r) => (r.floor ? r.floor.secretMs + r.floor.tokenMs + r.floor.listsMs : NaN));
  const floor = median(floors);
  const part = (key: 'secretMs' | 'tokenMs' | 'listsMs'): string => median(results.map((r) => r.floor?.[key] ?? NaN)).toFixed(0);
  return [
    {
      section: SECTION,
      name,
      measured: median(counted),
      unit: 'ms',
      budget: { op: '<=', value: PROFILE_BUDGET_RATIO * floor + PROFILE_BUDGET_EXTRA_MS },
      floor,
      note: `${spread(counted, 0)}; from activate() (VS Code's mark), sandbox process at ${latencyMs} ms latency; floor by hand in the same host: secret read ${part('secretMs')} + token ${part('tokenMs')} + 10 lists in parallel ${part('listsMs')} ms; budget ${PROFILE_BUDGET_RATIO} x floor + ${PROFILE_BUDGET_EXTRA_MS} ms`,
    },
  ];
}

export async function measureHostActivation(build: ProductionBuild, samples: number, log: (line: string) => void): Promise<Row[]> {
  let harness: Harness;
  try {
    harness = await loadHarness<BrowserContext>();
    await harness.ensureTools((line) => log(`  ${line}`));
  } catch (error) {
    const reason = `not measured: no real VS Code here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    return [notMeasured(SECTION, 'activate() -> first tree render', 'ms', reason, { op: '<=', value: ACTIVATION_BUDGET_MS })];
  }
  const extensionDir = extensionCopy(build);
  const suite = await bundleSuite(build);
  const dir = join(build.root, 'code-server');
  const server = await harness.startCodeServer({ dir, workspace: join(dir, 'workspace'), smokeTestDriver: true, settings: { 'sinch.sandbox.autoStart': true } });
  let results: HostResult[];
  try {
    results = await repeat(samples, (i) => oneSample(harness, server, join(dir, `browser-${i}`), extensionDir, suite));
  } finally {
    await server.stop();
  }
  const load = results.map((r) => r.didLoadCode - r.willLoadCode);
  const activate = results.map((r) => r.didActivate - r.willActivate);
  const first = results.map((r) => r.firstRender - r.willActivate);
  const counted = results.map((r) => r.counted - r.willActivate);
  return [
    { section: SECTION, name: 'code loading (VS Code marks)', measured: median(load), unit: 'ms', note: `${spread(load, 0)}; ms resolution` },
    { section: SECTION, name: 'activate() call (VS Code marks)', measured: median(activate), unit: 'ms', note: spread(activate, 0) },
    {
      section: SECTION,
      name: 'activate() -> first tree render (sandbox auto-start)',
      measured: median(first),
      unit: 'ms',
      budget: { op: '<=', value: ACTIVATION_BUDGET_MS },
      note: `${spread(first, 0)}; ${results[0].firstRenderItems} root items; includes the host's reply to extension.activate()`,
    },
    {
      section: SECTION,
      name: 'activate() -> every group counted (sandbox auto-start)',
      measured: median(counted),
      unit: 'ms',
      note: `${spread(counted, 0)}; in-host sandbox, no latency: sandbox load + start, token, 10 lists`,
    },
  ];
}
