// A production build of the real build script (scripts/build.mjs --production) into a scratch
// folder, so the bench measures exactly what `npm run package` ships without touching dist/,
// which other tools and the integration runner may be reading. The scratch folder links the
// sources; esbuild follows the links, and the build script writes dist/ relative to its cwd.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');

export interface ProductionBuild {
  /** Scratch root; `dist/` inside it holds the bundles. */
  root: string;
  dist: string;
  dispose(): void;
}

export async function productionBuild(): Promise<ProductionBuild> {
  const root = mkdtempSync(join(tmpdir(), 'sinch-bench-'));
  for (const entry of ['src', 'webview', 'node_modules', 'media']) symlinkSync(join(repoRoot, entry), join(root, entry));
  mkdirSync(join(root, 'dist'));
  const child = spawn(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), ...(process.env.BENCH_DEV ? [] : ['--production'])], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`production build failed (exit ${code}):\n${output}`);
  return { root, dist: join(root, 'dist'), dispose: () => rmSync(root, { recursive: true, force: true }) };
}
