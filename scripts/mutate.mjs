// `npm run mutate [-- api model sandbox] [stryker options]`: Stryker over src/api, src/model and
// src/sandbox (stryker.config.mjs), one folder per run so each keeps its own incremental file and
// report (test-results/mutation/<folder>/). No folder named: all three, one after the other.
// Stryker 10 needs Node >= 22, so it runs on the repo's Node 24 (tools/node24, installed on first
// use like for the real-VS-Code suites). A script like the bench: never part of `npm test`.
import { join } from 'node:path';
import { repoRoot } from './lib/paths.mjs';
import { run } from './lib/proc.mjs';
import { ensureNode24 } from './lib/tools.mjs';

const FOLDERS = ['api', 'model', 'sandbox'];
const args = process.argv.slice(2);
const named = args.filter((arg) => FOLDERS.includes(arg));
const passThrough = args.filter((arg) => !FOLDERS.includes(arg));

const node = await ensureNode24();
const stryker = join(repoRoot, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const shim = join(repoRoot, 'scripts', 'lib', 'stryker-mocha12.cjs');
let worst = 0;
for (const folder of named.length > 0 ? named : FOLDERS) {
  console.log(`\n━━━ mutation testing src/${folder} ━━━`);
  const code = await run(
    node,
    [
      stryker, 'run', 'stryker.config.mjs',
      '--mutate', `src/${folder}/**/*.ts`,
      '--incrementalFile', `.cache/stryker/${folder}.json`,
      ...passThrough,
    ],
    // NODE_OPTIONS: Stryker's checker processes load every plugin too, so they need the shim as well.
    { cwd: repoRoot, env: { ...process.env, SINCH_MUTATE_FOLDER: folder, NODE_OPTIONS: `--require ${shim}` } },
  );
  worst = Math.max(worst, code);
}
process.exit(worst);
