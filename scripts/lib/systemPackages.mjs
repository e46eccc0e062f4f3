// Debian packages the harness needs: Chromium (browsers cannot be downloaded here) and the Kerberos
// headers that code-server's native `kerberos` module compiles against. Installed with apt-get
// when running as root; otherwise the run stops and names what to install.
import { existsSync } from 'node:fs';
import { run } from './proc.mjs';
import { chromiumPath } from './paths.mjs';

const gssapiHeaders = ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'];

/** @param {{ buildHeaders: boolean, browser: boolean }} needs */
export async function ensureSystemPackages(needs, log = console.log) {
  const missing = [];
  if (needs.browser && !existsSync(chromiumPath)) missing.push('chromium');
  if (needs.buildHeaders && !gssapiHeaders.some((file) => existsSync(file))) missing.push('libkrb5-dev');
  if (missing.length === 0) return;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `Missing system packages: ${missing.join(' ')}. Install them first, e.g.\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`Installing system packages: ${missing.join(' ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['update'], { env })) !== 0) throw new Error('apt-get update failed');
  if ((await run('apt-get', ['install', '-y', ...missing], { env })) !== 0) {
    throw new Error(`apt-get install -y ${missing.join(' ')} failed`);
  }
  if (needs.browser && !existsSync(chromiumPath)) throw new Error(`chromium installed but ${chromiumPath} is missing`);
}
