// Screenshots land in test-results/screenshots/ (git-ignored). With SCREENSHOTS=update
// (`npm run screenshots`) the named ones are copied to docs/screenshots/ for the README.
import { copyFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import type { Locator, Page } from 'playwright-core';
import { docsScreenshotsDir, screenshotsDir } from './paths';

function fileName(name: string): string {
  return `${name.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase()}.png`;
}

/** Saves a PNG of the page (or of one element) and returns its path. */
export async function saveScreenshot(target: Page | Locator, name: string, options: { forDocs?: boolean } = {}): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const file = join(screenshotsDir, fileName(name));
  await target.screenshot({ path: file, animations: 'disabled' });
  if ((options.forDocs ?? true) && process.env.SCREENSHOTS === 'update') {
    mkdirSync(docsScreenshotsDir, { recursive: true });
    copyFileSync(file, join(docsScreenshotsDir, fileName(name)));
  }
  return file;
}
