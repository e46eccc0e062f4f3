// npm start: the extension in a real VS Code (code-server 1.139) on 127.0.0.1, connected to its
// built-in offline sandbox. Installs the tools on first use, builds and packages the .vsix,
// installs it into a scratch extensions folder, prints the URL and stays until Ctrl+C / SIGTERM,
// then stops everything it started.
//
//   npm start                 a free port
//   PORT=8080 npm start       a fixed port
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer } from './lib/codeServer.mjs';
import { repoRoot, scratchRoot, vsixPath } from './lib/paths.mjs';
import { onSignal, run } from './lib/proc.mjs';
import { ensureCodeServer } from './lib/tools.mjs';

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

const port = process.env.PORT ? Number(process.env.PORT) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT=${process.env.PORT} is not a port number`);

await ensureCodeServer();
// `npm run package` builds (production) and packs the .vsix in one go.
console.log('Building and packaging the extension ...');
if ((await run('npm', ['run', '--silent', 'package'], { cwd: repoRoot })) !== 0) fail('npm run package failed');

// The user's state (settings, opened editors) persists across starts; the extension is
// reinstalled fresh from the .vsix each time.
const dir = join(scratchRoot, 'start');
rmSync(join(dir, 'extensions'), { recursive: true, force: true });
const workspace = join(dir, 'workspace');
mkdirSync(workspace, { recursive: true });

const server = await startCodeServer({
  dir,
  workspace,
  port,
  vsix: vsixPath,
  // The walkthrough is for exactly this first start: the harness's quiet settings turn it off for tests.
  settings: { 'sinch.sandbox.autoStart': true, 'workbench.welcomePage.walkthroughs.openOnInstall': true },
  onOutput: (line) => {
    if (process.env.SINCH_VERBOSE || /\berror\b/i.test(line)) console.log(`[code-server] ${line}`);
  },
});

console.log(`
  Sinch Qualified Numbers is running in VS Code (code-server):

    ${server.workbenchUrl()}

  It starts on the offline sandbox (sinch.sandbox.autoStart). Open the Sinch icon in the
  activity bar. State lives in ${dir}; code-server's log: ${server.logFile}
  Press Ctrl+C to stop.
`);

// Ctrl+C / SIGTERM: proc.mjs stops the server's whole process group, then we leave cleanly.
onSignal.exitCode = 0;
onSignal.message = 'Stopped.';
server.process.once('exit', (code) => {
  if (!onSignal.received) fail(`code-server exited unexpectedly (${code}); see ${server.logFile}`);
});
