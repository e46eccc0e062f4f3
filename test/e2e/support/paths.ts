// Folders the e2e support writes to (mirrors scripts/lib/paths.mjs, which is ESM and so only
// reachable from here through dynamic import).
import { join } from 'path';

export const repoRoot = join(__dirname, '..', '..', '..');
export const screenshotsDir = join(repoRoot, 'test-results', 'screenshots');
export const docsScreenshotsDir = join(repoRoot, 'docs', 'screenshots');
