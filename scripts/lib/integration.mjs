// Runs the integration suite (dist-test/integration/index.js, test-electron's `run()` contract)
// inside a real extension host: code-server with the smoke-test driver enabled, opened by Chromium
// with a payload carrying extensionDevelopmentPath/extensionTestsPath. The host's console comes
// back through window.codeAutomationLog and the verdict through window.codeAutomationExit.
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { format, stripVTControlCharacters } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCodeServer, stillSettings } from './codeServer.mjs';
import { integrationIndex, repoRoot } from './paths.mjs';
import { runScratchDir } from './scratch.mjs';
import { ensureTools } from './tools.mjs';

export const START_MARKER = 'SINCH_INTEGRATION_START';
export const RESULT_MARKER = 'SINCH_INTEGRATION_RESULT';

/** Lines the workbench itself logs while the suite runs ("[Component] ...", gallery notes): kept in the log file only. */
function isWorkbenchChatter(text) {
  return /^\[[\w -]+\] |^Ignoring fetching additional builtin extensions|^Updating additional builtin extensions cache|^No search provider registered/.test(text);
}

/** Turns what codeAutomationLog receives (console arguments, printf-style) into text. */
function formatLogArgs(args) {
  // Without colour codes: the suite asks mocha for none, but with CI=true in the host's environment
  // its spec reporter still wrote them (into CI's log file).
  return stripVTControlCharacters(format(...(Array.isArray(args) ? args : [args])));
}

/**
 * @param {{ grep?: string, allowEmpty?: boolean, timeoutMs?: number, print?: (line: string) => void }} [options]
 * @returns {Promise<{ passed: number, failed: number, problems: string[] }>}
 */
export async function runIntegrationSuite(options = {}) {
  const print = options.print ?? ((line) => console.log(line));
  const timeoutMs = options.timeoutMs ?? Number(process.env.SINCH_INTEGRATION_TIMEOUT_MS || 300000);
  if (!existsSync(integrationIndex)) {
    return { passed: 0, failed: 1, problems: [`${integrationIndex} is missing: build the tests first`] };
  }
  await ensureTools(print);

  const dir = runScratchDir('integration');
  let verdictReached = false;
  const server = await startCodeServer({
    dir,
    workspace: join(dir, 'workspace'),
    smokeTestDriver: true,
    settings: stillSettings,
    onOutput: (line) => {
      // Connection resets while the page closes are expected; errors before that are worth seeing.
      if (!verdictReached && /\berror\b/i.test(line)) print(`  [code-server] ${line}`);
    },
  });
  const browser = await launchBrowser(join(dir, 'browser-profile'), { reducedMotion: 'reduce' });
  const problems = [];
  let result;
  try {
    const hostEnv = {
      SINCH_SANDBOX_CLOCK: 'manual',
      SINCH_TEST_LOGS_DIR: join(server.userDataDir, 'logs'),
      ...(options.grep ? { SINCH_TEST_GREP: options.grep } : {}),
    };
    const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(integrationIndex)],
      ['extensionEnvironment', JSON.stringify(hostEnv)],
      ['skipWelcome', 'true'],
    ];

    // Everything the workbench and host print goes to a file; the terminal gets the suite's own
    // output (from START_MARKER on), or the whole tail when the suite never started.
    const consoleLog = join(dir, 'host-console.log');
    const beforeStart = [];
    let started = false;
    let counts;
    const exitCode = new Promise((resolve) => {
      void browser.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await browser.exposeFunction('codeAutomationLog', (type, args) => {
      const line = formatLogArgs(args);
      appendFileSync(consoleLog, `[${type}] ${line}\n`);
      for (const text of line.split('\n')) {
        const shown = `  ${type === 'error' ? '[error] ' : ''}${text}`;
        const marker = text.indexOf(RESULT_MARKER);
        if (marker >= 0) counts = JSON.parse(text.slice(marker + RESULT_MARKER.length));
        else if (text.includes(START_MARKER)) started = true;
        // The workbench keeps logging "[Component] ..." lines; the terminal shows the suite's own.
        else if (started && (type === 'error' || !isWorkbenchChatter(text))) print(shown);
        else beforeStart.push(shown);
      }
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (error) => print(`  [page error] ${error.message}`));
    const crashed = new Promise((resolve) => page.once('crash', () => resolve('the browser page crashed')));

    // The verdict (or timeoutMs) decides; the page's load event would only add a 30 s deadline
    // that a busy 2-core machine can miss before the suite even starts.
    await page.goto(server.workbenchUrl({ payload: JSON.stringify(payload) }), { waitUntil: 'commit', timeout: timeoutMs });
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(
        () => resolve(`no verdict within ${timeoutMs / 1000} s (the suite hung, or the extension host never started it)`),
        timeoutMs,
      );
    });
    const outcome = await Promise.race([exitCode, crashed, timedOut]);
    verdictReached = true;
    clearTimeout(timer);

    if (!started) {
      print(`  The suite never started. Last lines of the workbench console (all in ${consoleLog}):`);
      for (const line of beforeStart.slice(-80)) print(line);
    }
    if (typeof outcome === 'string') problems.push(outcome);
    else if (!counts) problems.push(`the suite ended with exit code ${outcome} but reported no ${RESULT_MARKER} line (it crashed before or while loading)`);
    else if (outcome !== 0 && counts.failed === 0) problems.push(`the suite ended with exit code ${outcome} although no test failed`);
    result = counts ?? { passed: 0, failed: 0 };
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
  const failed = result.failed + problems.length;
  if (result.passed + failed === 0 && !options.allowEmpty) problems.push('no integration test ran');
  return { passed: result.passed, failed: Math.max(failed, problems.length), problems };
}
