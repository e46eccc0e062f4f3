// Mutation testing of the below-the-line code (`npm run mutate`, never part of `npm test`): Stryker
// changes src/api, src/model and src/sandbox one small edit at a time and runs the unit tests that
// cover that line; a mutant no test notices is a gap in the tests. See docs/TESTING.md.
import { fileURLToPath } from 'node:url';

const mocha12Shim = fileURLToPath(new URL('./scripts/lib/stryker-mocha12.cjs', import.meta.url));
// scripts/mutate.mjs runs one folder at a time and names it, so each gets its own report.
const reportDir = `test-results/mutation/${process.env.SINCH_MUTATE_FOLDER ?? 'all'}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/api/**/*.ts', 'src/model/**/*.ts', 'src/sandbox/**/*.ts'],
  testRunner: 'mocha',
  // The unit tests are TypeScript run by tsx (`.mocharc.json` has `node-option: import=tsx`, which
  // only the mocha CLI applies); Stryker runs mocha in its own worker, so the worker loads tsx.
  testRunnerNodeArgs: ['--import', 'tsx', '--require', mocha12Shim],
  mochaOptions: { config: '.mocharc.json' },
  checkers: ['typescript'],
  // The checker re-checks every file a mutated file reaches; over the whole project (tests, views,
  // webview) that made it the bottleneck on 2 shared cores. tsconfig.mutate.json holds only the
  // three mutated folders (which import nothing above them), so a check is a fraction of the work.
  tsconfigFile: 'tsconfig.mutate.json',
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (a constant, a table) is "static": no per-test coverage exists for
  // it, so each would rerun all unit tests (~17 s). They were a third of the mutants and ~87 % of
  // the time; they are left out of the score (reported as ignored), see docs/TESTING.md.
  ignoreStatic: true,
  // Re-runs only mutants whose code or covering tests changed. Git-ignored: src moves on every
  // branch, and a stale file only costs a full run.
  incremental: true,
  incrementalFile: '.cache/stryker/all.json',
  concurrency: 2,
  // Several tests start real servers and child processes; a busy shared machine needs headroom.
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  // The copy Stryker makes needs only the sources, the tests and what they read (media/: the
  // manifest test checks the walkthrough's media); node_modules is linked in.
  ignorePatterns: ['tools', '.vscode-test', '.cache', 'dist', 'dist-*', 'test-results', 'docs'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
