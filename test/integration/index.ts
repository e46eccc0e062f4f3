// Entry of the integration suite inside the extension host (the `run()` contract shared by
// @vscode/test-electron and our code-server runner). Loads every suite/**/*.test.js bundled next
// to this file, runs them with mocha's bdd UI and reports counts on one console line that the
// code-server runner reads through codeAutomationLog.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

const START_MARKER = 'SINCH_INTEGRATION_START';
/**
 * Every suite file the bundle must hold (suite/<name>.test.js). A file the build lost would
 * otherwise pass unnoticed as long as one test ran; a new file is added here when it is written.
 */
export const EXPECTED_SUITES = ['callbacks', 'firstRun', 'forms', 'hostingOrders', 'reliability.faults', 'reliability.nothingLost', 'reliability.proxy', 'reliability.secrets', 'reliability.tools', 'reliability.windows', 'sidebar', 'smoke'] as const;
/** The checkout: stacks through dist/ (the extension) or dist-test/ (these tests) start with it. */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const RESULT_MARKER = 'SINCH_INTEGRATION_RESULT';

/** Smoke tests first: their log check must see only what start-up logged, not later tests' errors. */
function smokeFirst(a: string, b: string): number {
  const rank = (file: string) => (path.basename(file).startsWith('smoke.') ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
}

function findTestFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return findTestFiles(full);
      return entry.name.endsWith('.test.js') ? [full] : [];
    })
    .sort();
}

/** Suite names that are expected but missing, and found but not expected. */
export function suiteMismatch(files: string[]): { missing: string[]; unexpected: string[] } {
  const names = files.map((file) => path.basename(file).replace(/\.test\.js$/, ''));
  return {
    missing: EXPECTED_SUITES.filter((name) => !names.includes(name)),
    unexpected: names.filter((name) => !(EXPECTED_SUITES as readonly string[]).includes(name)),
  };
}

function describeReason(reason: unknown): string {
  return reason instanceof Error ? `${reason.name}: ${reason.message}\n${reason.stack ?? ''}` : String(reason);
}

/**
 * Unhandled rejections in the host from this extension or these tests. The host only logs them,
 * so without this a leaked rejection would leave the run green. Other extensions' are ignored.
 */
function watchOurRejections(): { stop(): string[] } {
  const ours: string[] = [];
  const listener = (reason: unknown): void => {
    const text = describeReason(reason);
    if (text.includes(REPO_ROOT) || /SinchApiError/.test(text)) ours.push(text);
  };
  process.on('unhandledRejection', listener);
  return {
    stop() {
      process.off('unhandledRejection', listener);
      return ours;
    },
  };
}

export async function run(): Promise<void> {
  const grep = process.env.SINCH_TEST_GREP;
  const mocha = new Mocha({
    ui: 'bdd',
    // The host's console is forwarded line by line: no colours or cursor tricks.
    color: false,
    reporter: 'spec',
    timeout: 30000,
    forbidOnly: true,
    forbidPending: true,
    ...(grep ? { grep } : {}),
  });
  const files = findTestFiles(path.join(__dirname, 'suite')).sort(smokeFirst);
  const { missing, unexpected } = suiteMismatch(files);
  if (missing.length > 0 || unexpected.length > 0) {
    throw new Error(
      `integration suite files do not match EXPECTED_SUITES in test/integration/index.ts: missing [${missing.join(', ')}], not listed [${unexpected.join(', ')}]`,
    );
  }
  for (const file of files) mocha.addFile(file);
  // The runner shows the host's console from here on (the workbench's start-up chatter stays in its log file).
  console.log(`${START_MARKER} ${files.length} suite file(s)`);

  const rejections = watchOurRejections();
  const counting = new Promise<{ passed: number; failed: number }>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => resolve({ passed: runner.stats?.passes ?? 0, failed: failures }));
    } catch (error) {
      // A suite file that throws while loading ends up here.
      reject(error);
    }
  });
  let counts: { passed: number; failed: number };
  let leaked: string[];
  try {
    counts = await counting;
  } finally {
    leaked = rejections.stop();
  }
  for (const text of leaked) console.error(`Unhandled promise rejection during the integration run (counted as a failure):\n${text}`);
  counts.failed += leaked.length;
  console.log(`${RESULT_MARKER} ${JSON.stringify(counts)}`);
  if (counts.failed > 0) throw new Error(`${counts.failed} integration test(s) failed`);
  // With a grep, matching nothing is the caller's business (the runner decides); without, it is a failure.
  if (counts.passed === 0 && !grep) throw new Error(`no integration test ran (${files.length} suite files found)`);
}
