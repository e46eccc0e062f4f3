// Runs before `npm start` and `npm test` (npm's pre-scripts), so both work on a fresh clone:
// installs the extension's own npm dependencies with `npm ci` when they are missing or older
// than package-lock.json, and on that first install the tools of the real-VS Code suites beside it.
// Uses only Node's built-ins, since nothing else is installed yet.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lockfile = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');

function reasonToInstall() {
  if (!existsSync(installed)) return 'node_modules is missing';
  if (statSync(lockfile).mtimeMs > statSync(installed).mtimeMs) return 'package-lock.json changed since the last install';
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
  const missing = names.find((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
  return missing ? `${missing} is not installed` : undefined;
}

/** `npm ci` for the extension, as a promise of its exit code (output shown as it comes). */
function npmCi(env) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/**
 * On a fresh clone, npm test and npm start also need Node 24 and code-server (scripts/lib/tools.mjs,
 * built-ins only, so it loads before node_modules exists). Their install (about 2 min, mostly
 * native builds) runs beside the extension's npm ci instead of after it. A failure here is only
 * reported: the suites that need the tools try again and fail with the reason.
 */
async function installToolsBeside() {
  const started = Date.now();
  try {
    const { ensureTools } = await import('./lib/tools.mjs');
    await ensureTools((line) => console.log(`[tools] ${line}`));
    console.log(`[tools] ready in ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (error) {
    console.log(`[tools] not installed yet (${error instanceof Error ? error.message : String(error)}); the suites that need them will try again`);
  }
}

const reason = reasonToInstall();
if (reason) {
  console.log(`Installing the extension's npm dependencies (${reason}): npm ci`);
  // npm's cache stays inside the checkout (git-ignored), like the tools' installs.
  const env = { ...process.env, npm_config_cache: process.env.npm_config_cache ?? join(root, '.cache', 'npm') };
  const started = Date.now();
  const needsTools = ['pretest', 'prestart'].includes(process.env.npm_lifecycle_event ?? '');
  const [status] = await Promise.all([
    npmCi(env).then((code) => {
      if (code === 0) console.log(`npm ci: done in ${Math.round((Date.now() - started) / 1000)} s`);
      return code;
    }),
    needsTools ? installToolsBeside() : undefined,
  ]);
  if (status !== 0) {
    console.error('npm ci failed: see the messages above (is the npm registry reachable?).');
    process.exit(status);
  }
}
