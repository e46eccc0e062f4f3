// The text-enable form in a real VS Code (code-server + Chromium, driven with Playwright like a
// person): from running "Sinch: Text Enable Numbers" in the palette to the first field (Numbers)
// taking keystrokes with the request preview shown, and the same for revealing the panel again
// after another editor hid it (the webview is rebuilt from its saved draft). The floor is the same
// path for an empty webview panel with the same options and CSP, opened by a second extension only
// the bench installs (bench/host/floor, put in code-server's extensions folder), measured in the
// same window, samples interleaved.
//
// "Ready" is decided inside the webview's frame (`probe`, evaluated over and over until it holds):
// the field is attached, visible, enabled, shows what it should and takes the focus; for the form,
// the preview shows too. The time is the frame's own clock at that check; the start is taken just
// before the command is clicked in the palette. Both are epoch milliseconds on the same machine.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import type { Frame, Page } from 'playwright-core';
import { FLOOR_CATEGORY, FLOOR_COMMAND, FLOOR_PANEL_TITLE, FLOOR_TITLE } from '../host/floor/names';
import { repoRoot, type ProductionBuild } from '../lib/build';
import { loadHarness, type Harness as HarnessOf } from '../lib/codeServerHarness';
import { notMeasured, type Row } from '../lib/report';
import { median, spread } from '../lib/stats';

const SECTION = 'Form (VS Code)';
const FORM_COMMAND_TITLE = 'Sinch: Text Enable Numbers';
const FORM_PANEL_TITLE = 'Text Enable Numbers';
const HIDE_COMMAND_TITLE = 'File: New Untitled Text File';
const CLOSE_ALL_TITLE = 'View: Close All Editors';
/** What the draft holds when the panel is hidden (and must show when it comes back). */
const DRAFT = '+12025550134';
const STEP_TIMEOUT_MS = 30_000;
export const OPEN_BUDGET_RATIO = 1.5;
export const REOPEN_BUDGET_RATIO = 1.2;

type Kind = 'form' | 'floor';

interface ProbeArg {
  kind: Kind;
  /** The field's value must be '' (a new form) or contain this (a draft). */
  expected: string;
}

/**
 * Runs inside every frame of the page: null at once when the frame does not show the panel of
 * `kind`; otherwise it checks again every few milliseconds, inside the frame, for up to 300 ms, and
 * answers the time (epoch ms) the panel was first interactive. Waiting in the frame, not in rounds of
 * evaluate calls from outside, keeps a round trip per frame out of the figure.
 */
async function probe(arg: ProbeArg): Promise<{ at: number; phases: Record<string, number> } | null> {
  // No named inner functions: tsx names them with a helper that does not exist inside the frame.
  const body = document.body as HTMLElement | null;
  if (!body || (arg.kind === 'form' ? body.dataset.kind !== 'standard' : body.dataset.floor !== 'true')) return null;
  // A slice at a time, so a frame that never gets there (one being torn down) cannot hold the wait.
  const giveUp = performance.now() + 300;
  for (; performance.now() < giveUp; await new Promise((wake) => setTimeout(wake, 2))) {
    const field = (arg.kind === 'form'
      ? document.querySelector('[data-field="numbersText"]')?.shadowRoot?.querySelector('textarea')
      : document.getElementById('floor-field')) as HTMLTextAreaElement | null | undefined;
    if (!field || !field.isConnected || field.disabled || field.readOnly || field.getClientRects().length === 0) continue;
    if (arg.expected === '' ? field.value !== '' : !field.value.includes(arg.expected)) continue;
    field.focus();
    if ((field.getRootNode() as Document | ShadowRoot).activeElement !== field) continue;
    if (arg.kind === 'form') {
      const preview = document.getElementById('preview-json');
      const text = preview?.textContent ?? '';
      if (!preview || text.trim() === '' || preview.getClientRects().length === 0 || !text.includes(arg.expected)) continue;
    }
    const at = performance.timeOrigin + performance.now();
    // Where the time went inside the webview, as offsets from its document's start.
    const phases: Record<string, number> = { origin: performance.timeOrigin };
    for (const mark of performance.getEntriesByType('mark')) if (mark.name.startsWith('sinch:')) phases[mark.name.slice(6)] = mark.startTime;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (navigation && navigation.domContentLoadedEventEnd > 0) phases.domContentLoaded = navigation.domContentLoadedEventEnd;
    for (const paint of performance.getEntriesByType('paint')) if (paint.name === 'first-paint') phases.firstPaint = paint.startTime;
    phases.ready = at - performance.timeOrigin;
    return { at, phases };
  }
  return null;
}

interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

type Harness = HarnessOf<BrowserContext>;

/** The production build as the extension a user installs (its own activation events). */
function extensionCopy(build: ProductionBuild): string {
  const dir = join(build.root, 'form-extension');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), readFileSync(join(repoRoot, 'package.json')));
  symlinkSync(build.dist, join(dir, 'dist'));
  symlinkSync(join(repoRoot, 'media'), join(dir, 'media'));
  return dir;
}

/**
 * The floor extension (bench/host/floor), built straight into code-server's extensions folder before
 * it starts (its first start lists what it finds there as installed); never part of the .vsix. One
 * development extension per window is all code-server loads, and that one is ours.
 */
async function installFloorExtension(codeServerDir: string): Promise<void> {
  const dir = join(codeServerDir, 'extensions', 'sinch-bench.sinch-bench-floor-0.0.1');
  const common = { bundle: true, minify: true, logLevel: 'error' as const, legalComments: 'none' as const };
  await esbuild.build({ ...common, entryPoints: [resolve(__dirname, '..', 'host', 'floor', 'extension.ts')], outfile: join(dir, 'dist', 'extension.js'), platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] });
  await esbuild.build({ ...common, entryPoints: [resolve(__dirname, '..', 'host', 'floor', 'webview.ts')], outfile: join(dir, 'dist', 'webview', 'floor.js'), platform: 'browser', format: 'iife', target: 'es2022' });
  const manifest = {
    name: 'sinch-bench-floor',
    publisher: 'sinch-bench',
    version: '0.0.1',
    engines: { vscode: '^1.95.0' },
    main: './dist/extension.js',
    activationEvents: ['onStartupFinished'],
    contributes: { commands: [{ command: FLOOR_COMMAND, title: FLOOR_TITLE, category: FLOOR_CATEGORY }] },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
}

/** The webview's own timeline at the last readyAt: its document's start (epoch ms) and offsets from it. */
let lastPhases: Record<string, number> = {};

/** Waits for `probe` to hold in some frame of the page; its time. */
async function readyAt(page: Page, arg: ProbeArg): Promise<number> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const found = await frame.evaluate(probe, arg).catch(() => null);
      if (found !== null) {
        lastPhases = found.phases;
        return found.at;
      }
    }
    // A short pause between rounds, so the polling itself does not load the browser it measures.
    await new Promise((resolveRound) => setTimeout(resolveRound, 4));
  }
  throw new Error(`the ${arg.kind === 'form' ? 'form' : 'empty panel'} was not interactive${arg.expected ? ` with its draft` : ''} within ${STEP_TIMEOUT_MS / 1000} s`);
}

/** The frame showing the panel of `kind` (after `readyAt` found it). */
async function panelFrame(page: Page, kind: Kind): Promise<Frame> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const match = await frame.evaluate((k) => (k === 'form' ? document.body?.dataset.kind === 'standard' : document.body?.dataset.floor === 'true'), kind).catch(() => false);
    if (match) return frame;
  }
  throw new Error(`no frame shows the ${kind}`);
}

function fieldSelector(kind: Kind): string {
  return kind === 'form' ? '[data-field="numbersText"] textarea' : '#floor-field';
}

/**
 * Picks a command in the palette; returns when its row is about to be clicked (the start of a
 * measure). The palette lists the commands known when it opens: until the extensions' commands are
 * registered (a loaded machine starts them late) it is opened again.
 */
async function runCommand(page: Page, title: string, timeoutMs = STEP_TIMEOUT_MS): Promise<number> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const exact = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const row = page.locator('.quick-input-widget .monaco-list-row[role="option"]').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!(await input.isVisible())) {
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    }
    await input.fill(`>${title}`);
    const found = await row.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
    if (found) break;
    if (Date.now() > deadline) throw new Error(`"${title}" is not in the command palette`);
    await page.keyboard.press('Escape');
    await input.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  }
  const start = Date.now();
  await row.click();
  await input.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  return start;
}

async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, CLOSE_ALL_TITLE);
  await page.locator('.part.editor .tabs-container .tab').first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
}

interface Sample {
  open: number;
  reopen: number;
  /** The reopen's webview timeline, as ms after the command was clicked. */
  reopenPhases: Record<string, number>;
}

/** One open and one reopen of the panel of `kind`; leaves no editor open and no draft behind. */
async function sample(page: Page, kind: Kind): Promise<Sample> {
  const title = kind === 'form' ? FORM_COMMAND_TITLE : `${FLOOR_CATEGORY}: ${FLOOR_TITLE}`;
  const tab = page.locator('.part.editor .tabs-container .tab .label-name', { hasText: kind === 'form' ? FORM_PANEL_TITLE : FLOOR_PANEL_TITLE }).first();
  const openStart = await runCommand(page, title);
  const open = (await readyAt(page, { kind, expected: '' })) - openStart;
  // The field takes real keystrokes (not timed): the draft to come back to.
  const field = (await panelFrame(page, kind)).locator(fieldSelector(kind));
  await field.pressSequentially(DRAFT);
  await readyAt(page, { kind, expected: DRAFT });
  // Another editor in the same group hides the panel; its webview goes (no retainContextWhenHidden).
  await runCommand(page, HIDE_COMMAND_TITLE);
  await page.locator('.part.editor .tabs-container .tab.active .label-name', { hasText: 'Untitled' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  const reopenStart = await runCommand(page, title);
  const reopen = (await readyAt(page, { kind, expected: DRAFT })) - reopenStart;
  const { origin, ...offsets } = lastPhases;
  const reopenPhases = Object.fromEntries([['document', origin - reopenStart], ...Object.entries(offsets).map(([name, ms]) => [name, origin - reopenStart + ms])]);
  await tab.waitFor({ timeout: STEP_TIMEOUT_MS });
  // Clear the draft, so the next sample opens an empty form again.
  const frame = await panelFrame(page, kind);
  await frame.locator(fieldSelector(kind)).fill('');
  await readyAt(page, { kind, expected: '' });
  // The form hands each edit to the extension at once; wait until the extension says it holds it,
  // so the next open starts empty (the floor keeps its value with setState only).
  if (kind === 'form') await frame.locator('#draft-status', { hasText: 'Draft saved' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  await closeAllEditors(page);
  return { open, reopen, reopenPhases };
}

export async function measureFormHost(build: ProductionBuild, samples: number, log: (line: string) => void): Promise<Row[]> {
  let harness: Harness;
  try {
    harness = await loadHarness<BrowserContext>();
    await harness.ensureTools((line) => log(`  ${line}`));
  } catch (error) {
    const reason = `not measured: no real VS Code here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    return [notMeasured(SECTION, 'command -> form interactive', 'ms', reason)];
  }
  const extensionDir = extensionCopy(build);
  const dir = join(build.root, 'form-code-server');
  await installFloorExtension(dir);
  const server = await harness.startCodeServer({ dir, workspace: join(dir, 'workspace'), smokeTestDriver: true, settings: { 'sinch.sandbox.autoStart': true } });
  const results: Record<Kind, Sample[]> = { form: [], floor: [] };
  try {
    const browser = await harness.launchBrowser(join(dir, 'browser'));
    try {
      const remote = (path: string): string => `vscode-remote://127.0.0.1:${server.port}${path}`;
      const payload = [['extensionDevelopmentPath', remote(extensionDir)], ['skipWelcome', 'true']];
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(server.workbenchUrl({ payload: JSON.stringify(payload) }), { timeout: 120_000 });
      await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
      try {
        // Both extensions' commands registered (a loaded machine takes a while), then a warm-up:
        // both extensions activated, the webview machinery loaded once.
        for (const [kind, title] of [['form', FORM_COMMAND_TITLE], ['floor', `${FLOOR_CATEGORY}: ${FLOOR_TITLE}`]] as const) {
          await runCommand(page, title, 180_000);
          await readyAt(page, { kind, expected: '' });
          await closeAllEditors(page);
        }
        await sample(page, 'form');
        await sample(page, 'floor');
        for (let i = 0; i < samples; i++) {
          for (const kind of i % 2 === 0 ? (['form', 'floor'] as const) : (['floor', 'form'] as const)) results[kind].push(await sample(page, kind));
        }
      } catch (error) {
        // What the window showed when a step gave up (test-results/ is git-ignored).
        const shot = join(repoRoot, 'test-results', 'bench-form-failure.png');
        await page.screenshot({ path: shot }).then(() => log(`  screenshot: ${shot}`), () => undefined);
        throw error;
      }
    } finally {
      await browser.close().catch(() => undefined);
    }
  } finally {
    await server.stop();
  }
  const pick = (kind: Kind, key: 'open' | 'reopen'): number[] => results[kind].map((s) => s[key]);
  const floorOpen = median(pick('floor', 'open'));
  const floorReopen = median(pick('floor', 'reopen'));
  const timeline = (kind: Kind): string => {
    const names = Object.keys(results[kind][0]?.reopenPhases ?? {});
    return names.map((name) => `${name} ${median(results[kind].map((s) => s.reopenPhases[name] ?? NaN)).toFixed(0)}`).join(', ');
  };
  return [
    {
      section: SECTION,
      name: 'command -> form interactive',
      measured: median(pick('form', 'open')),
      unit: 'ms',
      budget: { op: '<=', value: OPEN_BUDGET_RATIO * floorOpen },
      floor: floorOpen,
      note: `${spread(pick('form', 'open'), 0)}; palette pick to Numbers taking keystrokes + preview shown; floor: empty panel, same CSP (${spread(pick('floor', 'open'), 0)}); budget ${OPEN_BUDGET_RATIO} x floor`,
    },
    {
      section: SECTION,
      name: 'hidden form with a draft -> interactive again',
      measured: median(pick('form', 'reopen')),
      unit: 'ms',
      budget: { op: '<=', value: REOPEN_BUDGET_RATIO * floorReopen },
      floor: floorReopen,
      note: `${spread(pick('form', 'reopen'), 0)}; the command reveals it, the draft comes back from setState; floor: empty panel with a draft (${spread(pick('floor', 'reopen'), 0)}); budget ${REOPEN_BUDGET_RATIO} x floor; webview timeline (median ms after the click): form ${timeline('form')}; floor ${timeline('floor')}`,
    },
  ];
}
