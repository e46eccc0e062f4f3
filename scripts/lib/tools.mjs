// Node 24 and code-server, each in its own folder under tools/ with a committed lockfile.
// Installed on first use (code-server BY Node 24, so its postinstall and native modules match that
// Node), then reused: a stamp holding the hash of the folder's package.json + lockfile says the
// install is complete and current. Warm runs only read two small files.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, capture, run } from './proc.mjs';
import {
  codeServerEntry,
  codeServerPackage,
  codeServerTool,
  node24Bin,
  node24Dir,
  node24Tool,
  npmCacheDir,
  scratchRoot,
} from './paths.mjs';
import { ensureSystemPackages } from './systemPackages.mjs';

const STAMP = '.sinch-tool-stamp';

function manifestHash(toolDir) {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) hash.update(readFileSync(join(toolDir, file)));
  return hash.digest('hex');
}

function isCurrent(toolDir, requiredFiles) {
  const stamp = join(toolDir, 'node_modules', STAMP);
  return (
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8').trim() === manifestHash(toolDir) &&
    requiredFiles.every((file) => existsSync(file))
  );
}

/**
 * npm reads its global npmrc next to the Node that runs it, so under Node 24 it would miss the
 * machine's (where a CA file or a registry mirror may be set). Keep using the machine's.
 */
async function machineNpmGlobalConfig() {
  const { code, stdout } = await capture('npm', ['config', 'get', 'globalconfig'], { env: cleanEnv() });
  const file = stdout.trim();
  return code === 0 && file && existsSync(file) ? { npm_config_globalconfig: file } : {};
}

/** `npm ci` in a tool folder with the given Node first on PATH (npm's own script runs on it). */
async function npmCi(toolDir, nodeBinDir, extraEnv, log) {
  rmSync(join(toolDir, 'node_modules'), { recursive: true, force: true });
  const env = cleanEnv({
    ...(await machineNpmGlobalConfig()),
    PATH: nodeBinDir ? `${nodeBinDir}:${process.env.PATH}` : process.env.PATH,
    npm_config_cache: npmCacheDir,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extraEnv,
  });
  const started = Date.now();
  const code = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: toolDir, env });
  if (code !== 0) throw new Error(`npm ci in ${toolDir} failed (exit ${code})`);
  log(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
}

function writeStamp(toolDir) {
  writeFileSync(join(toolDir, 'node_modules', STAMP), `${manifestHash(toolDir)}\n`);
}

export async function ensureNode24(log = console.log) {
  if (isCurrent(node24Tool, [node24Bin, join(node24Dir, 'include', 'node', 'node.h')])) return node24Bin;
  log('Installing Node 24 into tools/node24 (first use) ...');
  await npmCi(node24Tool, undefined, {}, log);
  const { code, stdout } = await capture(node24Bin, ['--version']);
  if (code !== 0 || !stdout.startsWith('v24.')) throw new Error(`tools/node24: unexpected node --version: ${stdout}`);
  writeStamp(node24Tool);
  return node24Bin;
}

/** The file code-server's postinstall creates last: its presence shows the install scripts really ran. */
const postinstallMarker = join(codeServerPackage, 'lib', 'vscode', 'bin', 'remote-cli', 'code-server');

export async function ensureCodeServer(log = console.log) {
  await ensureNode24(log);
  if (isCurrent(codeServerTool, [codeServerEntry, postinstallMarker])) return codeServerEntry;
  await ensureSystemPackages({ buildHeaders: true, browser: false }, log);
  log('Installing code-server into tools/code-server with Node 24 (first use, about 1.5 min: native modules) ...');
  // nodedir: node-gyp builds against Node 24's headers (the user .npmrc may point elsewhere).
  // -O0 and both cores: the native modules (sqlite, spdlog, kerberos, ...) serve a test and trial
  // harness, and unoptimised they build in 83 s instead of 209 s on 2 cores (sqlite3.c alone:
  // 6.6 s instead of 64 s), the longest step of a fresh clone's `npm test`.
  const buildFast = { CFLAGS: '-O0', CXXFLAGS: '-O0', JOBS: 'max' };
  await npmCi(codeServerTool, join(node24Dir, 'bin'), { npm_config_nodedir: node24Dir, ...buildFast }, log);
  if (!existsSync(postinstallMarker)) {
    throw new Error(
      "code-server's postinstall did not run (its install scripts were blocked?). " +
        'Check "allowScripts" in tools/code-server/package.json.',
    );
  }
  // code-server writes a default config under XDG_CONFIG_HOME even for --version: keep it out of $HOME.
  const home = join(scratchRoot, 'tool-check');
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local', 'share') };
  const { code, stdout, stderr } = await capture(node24Bin, [codeServerEntry, '--version'], { env });
  rmSync(home, { recursive: true, force: true });
  if (code !== 0) throw new Error(`code-server --version failed: ${stderr || stdout}`);
  writeStamp(codeServerTool);
  log(`  code-server ${/\d+\.\d+\.\d+/.exec(stdout)?.[0] ?? stdout.trim()}`);
  return codeServerEntry;
}

/** Everything a real VS Code run needs: Node 24, code-server and Chromium. */
export async function ensureTools(log = console.log) {
  await ensureSystemPackages({ buildHeaders: false, browser: true }, log);
  const codeServer = await ensureCodeServer(log);
  return { node: node24Bin, codeServer };
}
