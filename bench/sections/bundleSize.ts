// Bundle sizes of the production build, in bytes on disk (1 KB = 1,000 bytes), gzip beside them
// for reference. Two have a budget: the extension bundle (every window loads it at start) and the
// form's webview bundle (every form panel loads it when it opens or comes back from hidden).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ProductionBuild } from '../lib/build';
import type { Row } from '../lib/report';

const SECTION = 'Bundle';
export const EXTENSION_BUNDLE_BUDGET_KB = 300;
export const WEBVIEW_BUNDLE_BUDGET_KB = 250;

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
  for (const file of files(join(build.dist, 'webview'))) rows.push(sizeRow(build, file, `webview ${relative(join(build.dist, 'webview'), file)}`, WEBVIEW_BUNDLE_BUDGET_KB));
  const lazy = [
    ['sandboxServer.js', 'sandbox (loaded on first use)'],
    ['callbackCore.js', 'callback inspector core (loaded on first use)'],
    ['callbackCommands.js', 'callback inspector commands (loaded on first use)'],
    ['chatTools.js', 'chat tools (loaded on first use)'],
    ['httpsProxyAgent.js', 'proxy agent (loaded behind a proxy)'],
    ['papaparse.js', 'CSV reader/writer (loaded on first use)'],
    ['sandbox.js', 'sandbox CLI'],
  ] as const;
  for (const [file, name] of lazy) {
    const path = join(build.dist, file);
    try {
      rows.push(sizeRow(build, path, name));
    } catch {
      // A build without this bundle (older layout): nothing to report.
    }
  }
  return rows;
}
