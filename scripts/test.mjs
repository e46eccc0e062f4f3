// npm test: typecheck, lint, unit tests and the integration suite inside a real extension host
// (code-server), one after another, and beside them the UI end-to-end suite (Playwright + Chromium
// against code-server with the packaged .vsix). Prints each suite's counts and ends with one line
// "N passed, N failed".
// A suite that cannot run, or runs no test, counts as failed: a broken harness never looks green.
//
//   npm test [-- --only unit,integration,e2e,typecheck,lint] [--grep PATTERN] [--update-screenshots]
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildUnlessCurrent, INTEGRATION_INPUTS, VSIX_INPUTS } from './lib/buildCache.mjs';
import { runIntegrationSuite } from './lib/integration.mjs';
import { repoRoot, testResultsDir } from './lib/paths.mjs';
import { capture, run, runCollected } from './lib/proc.mjs';
import { ensureTools } from './lib/tools.mjs';

const ALL = ['typecheck', 'lint', 'unit', 'integration', 'e2e'];
const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    grep: { type: 'string', short: 'g' },
    'update-screenshots': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (options.help) {
  console.log('Usage: npm test [-- --only typecheck,lint,unit,integration,e2e] [--grep PATTERN] [--update-screenshots]');
  process.exit(0);
}
const selected = options.only ? options.only.split(',').map((s) => s.trim()).filter(Boolean) : ALL;
const unknown = selected.filter((name) => !ALL.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown suite(s): ${unknown.join(', ')}. Choose from ${ALL.join(', ')}.`);
  process.exit(2);
}
const grep = options.grep;
// With --grep a suite may legitimately match nothing; the run as a whole must still run something.
const emptyIsFailure = !grep;

const mochaBin = join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
const reporter = join(repoRoot, 'scripts', 'lib', 'mocha-count-reporter.cjs');
const node = process.execPath;

const runStarted = Date.now();
/**
 * Start and end (ms) of the steps that run side by side ahead of their turn (the checks, the tool
 * install, the e2e suite): the summary shows their own time, not their wait in line.
 */
const spans = {};
function timed(name, start) {
  spans[name] = { started: Date.now() };
  return start().finally(() => (spans[name].ended = Date.now()));
}

function banner(title) {
  console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

async function npmScript(name) {
  return run('npm', ['run', '--silent', name], { cwd: repoRoot });
}

/**
 * One check that passes or fails as a whole (typecheck, lint). Both start at once (they are
 * single-threaded and there are two cores); each one's output is shown when its turn comes.
 */
const checks = {};
function startCheck(script) {
  checks[script] ??= timed(script, () => capture('npm', ['run', '--silent', script], { cwd: repoRoot }));
  return checks[script];
}
async function check(name, script) {
  const { code, stdout, stderr } = await startCheck(script);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, problems: [`${name} failed (exit ${code})`] };
}

/** Runs mocha with the counting reporter and reads the counts it wrote. */
async function mocha(name, extraArgs, env = {}, { collect = false, title = name } = {}) {
  mkdirSync(testResultsDir, { recursive: true });
  // Per process: runs started side by side in one checkout must not read each other's counts.
  const resultFile = join(testResultsDir, `${name}-results-${process.pid}.json`);
  rmSync(resultFile, { force: true });
  const args = [mochaBin, ...extraArgs, '--reporter', reporter, '--forbid-pending'];
  // Colours only for a terminal: with CI=true mocha coloured its lines in CI's log file too.
  if (!process.stdout.isTTY) args.push('--no-color');
  if (grep) args.push('--grep', grep, '--no-fail-zero');
  const runOptions = { cwd: repoRoot, env: { ...process.env, ...env, SINCH_MOCHA_RESULT_FILE: resultFile } };
  let code;
  if (collect) {
    const collected = await runCollected(node, args, runOptions);
    code = collected.code;
    banner(title);
    process.stdout.write(collected.output);
  } else {
    code = await run(node, args, runOptions);
  }
  if (!existsSync(resultFile)) {
    return { passed: 0, failed: 1, problems: [`mocha exited with ${code} before reporting results (it crashed or could not load the tests)`] };
  }
  const counts = JSON.parse(readFileSync(resultFile, 'utf8'));
  rmSync(resultFile, { force: true });
  const result = { passed: counts.passed, failed: counts.failed + counts.pending, problems: [] };
  if (counts.pending > 0) result.problems.push(`${counts.pending} pending (skipped) test(s): not allowed`);
  if (code !== 0 && result.failed === 0) {
    result.failed = 1;
    result.problems.push(`mocha exited with ${code} although no test failed`);
  }
  return result;
}

// Node 24 + code-server + Chromium, installed once for both suites that need them; a failed
// install fails both without trying (and waiting) twice. It starts beside typecheck and lint (a
// first install is mostly downloads and one native build) and its time is its own line in the
// summary, not part of the integration suite's (a fresh clone's "integration 231 s" was 130 s of it).
let toolsReady;
function ensureToolsOnce() {
  toolsReady ??= timed('tools', () => ensureTools());
  return toolsReady;
}

// Both builds write dist/: one at a time, in a fixed order. The .vsix first (a production build,
// copied into the package), then the integration build, so dist/ holds what the integration
// suite's extension host loads, and nothing rewrites it while that suite runs.
let buildQueue = Promise.resolve();
function queuedBuild(step) {
  const done = buildQueue.then(step);
  buildQueue = done.catch(() => undefined);
  return done;
}

let builtForIntegration;
async function buildForIntegration() {
  builtForIntegration ??= queuedBuild(async () => {
    banner('build (extension + integration tests)');
    const built = await buildUnlessCurrent({ stamp: 'dist-test/.inputs-stamp', inputs: INTEGRATION_INPUTS, outputs: ['dist', 'dist-test/integration'] }, async () => {
      const code = (await run(node, ['scripts/build.mjs'], { cwd: repoRoot })) || (await run(node, ['scripts/build.mjs', '--only', 'tests'], { cwd: repoRoot }));
      if (code !== 0) throw new Error(`the build failed (exit ${code})`);
    });
    if (!built) console.log('  current: nothing changed since the last build (dist-test/.inputs-stamp)');
  });
  return builtForIntegration;
}

let packaged;
async function packageVsix() {
  packaged ??= queuedBuild(async () => {
    banner('package (.vsix)');
    const built = await buildUnlessCurrent({ stamp: 'dist-vsix/.inputs-stamp', inputs: VSIX_INPUTS, outputs: ['dist-vsix/sinch-qualified-numbers.vsix'] }, async () => {
      const code = await npmScript('package');
      if (code !== 0) throw new Error(`npm run package failed (exit ${code})`);
    });
    if (!built) console.log('  current: nothing changed since the last package (dist-vsix/.inputs-stamp)');
  });
  return packaged;
}

// The e2e suite runs beside the others (see "Two lanes" below): its output is collected and shown
// as one block when it ends, instead of interleaving with theirs.
const e2eBeside = selected.includes('unit') || selected.includes('integration');

const suites = {
  typecheck: () => check('typecheck', 'typecheck'),
  lint: () => check('lint', 'lint'),
  // Test files side by side in 4 worker processes: most unit time is waiting (real HTTP to the
  // sandbox, timeouts under test), so 4 workers on 2 cores take 46 s -> 20 s on a quiet machine.
  unit: () => mocha('unit', ['--parallel', '--jobs', '4']),
  integration: async () => {
    await ensureToolsOnce();
    await buildForIntegration();
    banner('integration (real extension host in code-server)');
    return runIntegrationSuite({ grep, allowEmpty: !emptyIsFailure });
  },
  e2e: async () => {
    await ensureToolsOnce();
    await packageVsix();
    const title = 'e2e (Playwright + Chromium, code-server with the .vsix)';
    if (!e2eBeside) banner(title);
    const env = options['update-screenshots'] ? { SCREENSHOTS: 'update' } : {};
    return timed('e2e', () => mocha('e2e', ['--config', 'test/e2e/.mocharc.json'], env, { collect: e2eBeside, title: `${title}, ran beside the other suites` }));
  },
};

/** Runs one suite; one that cannot run, or runs no test, counts as failed. */
async function runSuite(name) {
  const started = Date.now();
  let result;
  try {
    result = await suites[name]();
  } catch (error) {
    result = { passed: 0, failed: 1, problems: [`could not run: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (emptyIsFailure && result.passed + result.failed === 0) {
    result = { passed: 0, failed: 1, problems: [...(result.problems ?? []), 'no test ran'] };
  }
  // A suite's time is its own: not its wait for the tools (their install has its own line).
  const span = spans[name];
  result.seconds = ((span?.ended ?? Date.now()) - (span?.started ?? started)) / 1000;
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed (${result.seconds.toFixed(1)} s)`);
  for (const problem of result.problems ?? []) console.log(`  ✖ ${problem}`);
  return { name, ...result };
}

for (const script of ['typecheck', 'lint']) if (selected.includes(script)) void startCheck(script);
if (selected.includes('integration') || selected.includes('e2e')) ensureToolsOnce().catch(() => undefined);
// The builds start at once too, in their fixed order (queuedBuild); a suite that needs one waits
// for it and reports its failure.
const builds = [];
if (selected.includes('e2e')) builds.push(packageVsix());
if (selected.includes('integration')) builds.push(buildForIntegration());

// Two lanes on two cores. The e2e suite, the longest (a browser driving a workbench, mostly
// waiting on it), starts once the tools and the .vsix are ready; the others run one after
// another beside it. The unit suite waits for the builds (its CLI tests rebuild dist/sandbox.js,
// which they write too) and for a first tool install (beside one, its timeouts failed; it costs
// no time, the e2e lane is the longer one). See docs/TESTING.md for the times.
const e2eLane = selected.includes('e2e') ? runSuite('e2e') : undefined;
const results = [];
for (const name of ['typecheck', 'lint', 'unit', 'integration'].filter((suite) => selected.includes(suite))) {
  if (name === 'unit') await Promise.allSettled([...builds, toolsReady]);
  if (name !== 'integration') banner(name);
  results.push(await runSuite(name));
}
if (e2eLane) results.push(await e2eLane);

const passed = results.reduce((sum, r) => sum + r.passed, 0);
let failed = results.reduce((sum, r) => sum + r.failed, 0);
banner('summary');
for (const r of results) {
  console.log(`  ${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(4)} failed  ${r.seconds.toFixed(1).padStart(6)} s`);
  for (const problem of r.problems ?? []) console.log(`  ${' '.repeat(12)} ✖ ${problem}`);
}
if (passed + failed === 0) {
  console.log('  ✖ no test ran at all');
  failed = 1;
}
if (spans.tools?.ended && spans.tools.ended - spans.tools.started >= 1000) {
  console.log(`  ${'(tools)'.padEnd(12)} ${'Node 24 + code-server install'.padEnd(28)} ${((spans.tools.ended - spans.tools.started) / 1000).toFixed(1).padStart(6)} s`);
}
console.log(`  ${'(wall clock)'.padEnd(12)} ${' '.repeat(28)} ${((Date.now() - runStarted) / 1000).toFixed(1).padStart(6)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
