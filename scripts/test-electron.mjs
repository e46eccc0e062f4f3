// npm run test:electron: the same integration suite through @vscode/test-electron, which downloads
// a desktop VS Code (so it needs internet: developers' machines, public CI; not the offline
// machines where `npm test` runs it in code-server instead). On a Linux box without a display,
// wrap it: `xvfb-run -a npm run test:electron`. VSCODE_VERSION picks the VS Code (default stable).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { integrationIndex, repoRoot, scratchRoot } from './lib/paths.mjs';

const dir = join(scratchRoot, 'electron');
rmSync(dir, { recursive: true, force: true });
const logsDir = join(dir, 'logs');
const workspace = join(dir, 'workspace');
mkdirSync(workspace, { recursive: true });

try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: integrationIndex,
    extensionTestsEnv: { SINCH_SANDBOX_CLOCK: 'manual', SINCH_TEST_LOGS_DIR: logsDir },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--logsPath=${logsDir}`,
      `--user-data-dir=${join(dir, 'user')}`,
      `--extensions-dir=${join(dir, 'extensions')}`,
    ],
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`test:electron failed: ${message}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(message)) {
    console.error('VS Code could not be downloaded (no internet here?). Run `npm test -- --only integration` instead: same suite, in code-server.');
  }
  process.exit(1);
}
