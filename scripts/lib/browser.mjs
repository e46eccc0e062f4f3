// Debian's Chromium driven by playwright-core (Playwright cannot download its own browsers here).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

const chromiumArgs = [
  '--no-sandbox', // we run as root in CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * A persistent browser context: code-server keeps SecretStorage in the browser profile, so one
 * profile folder per run lets secrets survive page reloads.
 * @param {string} profileDir
 * @param {{ headless?: boolean, viewport?: { width: number, height: number }, reducedMotion?: 'reduce' | 'no-preference' }} [options]
 */
export async function launchBrowser(profileDir, options = {}) {
  const home = join(profileDir, '..', 'browser-home');
  mkdirSync(home, { recursive: true });
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    args: chromiumArgs,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    // Keeps Chromium's crash reports and caches out of the real home directory.
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
  });
}
