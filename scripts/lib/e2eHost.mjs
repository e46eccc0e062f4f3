// The UI end-to-end host: a code-server WITHOUT the smoke-test driver (so notifications and dialogs
// show) with the packaged .vsix installed, its built-in sandbox on a port the tests know, and one
// Chromium profile for the whole run (SecretStorage lives there).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startCodeServer, stillSettings, writeUserSettings } from './codeServer.mjs';
import { vsixPath } from './paths.mjs';
import { runScratchDir } from './scratch.mjs';
import { freePort } from './ports.mjs';
import { ensureTools } from './tools.mjs';

/** @param {{ print?: (line: string) => void, headless?: boolean, settings?: Record<string, unknown> }} [options] */
export async function startE2eHost(options = {}) {
  const print = options.print ?? ((line) => console.log(line));
  await ensureTools(print);
  if (!existsSync(vsixPath)) throw new Error(`${vsixPath} is missing: run \`npm run package\` first`);

  const dir = runScratchDir('e2e');
  const workspace = join(dir, 'workspace');
  const sandboxPort = Number(process.env.SINCH_SANDBOX_PORT) || (await freePort());
  const server = await startCodeServer({
    dir,
    workspace,
    vsix: vsixPath,
    settings: { ...stillSettings, 'sinch.sandbox.autoStart': true, ...(options.settings ?? {}) },
    // A manual clock that starts now (to the minute): screenshots show ages as a user sees them.
    env: { SINCH_SANDBOX_CLOCK: 'manual', SINCH_SANDBOX_START: new Date(Math.floor(Date.now() / 60000) * 60000).toISOString(), SINCH_SANDBOX_PORT: String(sandboxPort) },
    // A closed page's extension host (and the sandbox it runs) goes away within a second
    // instead of waiting hours for the page to reconnect.
    extraArgs: ['--reconnection-grace-time', '1'],
    onOutput: (line) => {
      if (process.env.SINCH_E2E_VERBOSE) print(`  [code-server] ${line}`);
    },
  });
  let browser;
  try {
    browser = await launchBrowser(join(dir, 'browser-profile'), { headless: options.headless ?? true, reducedMotion: 'reduce' });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: server.url,
    port: server.port,
    sandboxPort,
    dir,
    workspace,
    logFile: server.logFile,
    logsDir: join(server.userDataDir, 'logs'),
    browser,
    workbenchUrl: (query = {}) => server.workbenchUrl(query),
    updateSettings: (settings) => writeUserSettings(dir, settings),
    async stop() {
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}
