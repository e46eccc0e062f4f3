// Runs before `npm start` and `npm test` (npm's pre-scripts), so both work on a fresh clone:
// installs the extension's own npm dependencies with `npm ci` when they are missing or older
// than package-lock.json. Uses only Node's built-ins, since nothing else is installed yet.
import { spawnSync } from 'node:child_process';
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

const reason = reasonToInstall();
if (reason) {
  console.log(`Installing the extension's npm dependencies (${reason}): npm ci`);
  // npm's cache stays inside the checkout (git-ignored), like the tools' installs.
  const env = { ...process.env, npm_config_cache: process.env.npm_config_cache ?? join(root, '.cache', 'npm') };
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error('npm ci failed: see the messages above (is the npm registry reachable?).');
    process.exit(result.status ?? 1);
  }
}
