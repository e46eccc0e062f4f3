// Bundle sizes of the production build, in bytes on disk (1 KB = 1,000 bytes), gzip beside them
// for reference. Only the extension bundle has a budget: it is what every window loads at start.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ProductionBuild } from '../lib/build';
import type { Row } from '../lib/report';

const SECTION = 'Bundle';
export const EXTENSION_BUNDLE_BUDGET_KB = 300;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.js') ? [full] : [];
  });
}

function sizeRow(build: ProductionBuild, file: string, name: string, budgetKb?: number): Row {
  const bytes = statSync(file).size;
  const gzip = gzipSync(readFileSync(file)).length;
  return {
    section: SECTION,
    name,
    measured: bytes / 1000,
    unit: 'KB',
    ...(budgetKb !== undefined ? { budget: { op: '<=' as const, value: budgetKb } } : {}),
    note: `${relative(build.root, file)}; gzip ${(gzip / 1000).toFixed(1)} KB`,
  };
}

export function measureBundles(build: ProductionBuild): Row[] {
  const rows: Row[] = [sizeRow(build, join(build.dist, 'extension.js'), 'extension (loaded at activation)', EXTENSION_BUNDLE_BUDGET_KB)];
  for (const file of files(join(build.dist, 'webview'))) rows.push(sizeRow(build, file, `webview ${relative(join(build.dist, 'webview'), file)}`));
  for (const [file, name] of [['sandboxServer.js', 'sandbox (loaded on first use)'], ['callbackCore.js', 'callback inspector core (loaded on first use)'], ['callbackCommands.js', 'callback inspector commands (loaded on first use)'], ['sandbox.js', 'sandbox CLI']] as const) {
    const path = join(build.dist, file);
    try {
      rows.push(sizeRow(build, path, name));
    } catch {
      // A build without this bundle (older layout): nothing to report.
    }
  }
  return rows;
}
