// Entry of the integration suite inside the extension host (the `run()` contract shared by
// @vscode/test-electron and our code-server runner). Loads every suite/**/*.test.js bundled next
// to this file, runs them with mocha's bdd UI and reports counts on one console line that the
// code-server runner reads through codeAutomationLog.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

const START_MARKER = 'SINCH_INTEGRATION_START';
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
  for (const file of files) mocha.addFile(file);
  // The runner shows the host's console from here on (the workbench's start-up chatter stays in its log file).
  console.log(`${START_MARKER} ${files.length} suite file(s)`);

  const counts = await new Promise<{ passed: number; failed: number }>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => resolve({ passed: runner.stats?.passes ?? 0, failed: failures }));
    } catch (error) {
      // A suite file that throws while loading ends up here.
      reject(error);
    }
  });
  console.log(`${RESULT_MARKER} ${JSON.stringify(counts)}`);
  if (counts.failed > 0) throw new Error(`${counts.failed} integration test(s) failed`);
  // With a grep, matching nothing is the caller's business (the runner decides); without, it is a failure.
  if (counts.passed === 0 && !grep) throw new Error(`no integration test ran (${files.length} suite files found)`);
}
