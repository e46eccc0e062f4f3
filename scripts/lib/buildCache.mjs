// Warm `npm test` runs skip a build whose inputs did not change. A stamp next to the output holds
// the hash of every input file's content (not its time) and of each output file as the build left
// it: a changed source, build script, manifest or lockfile builds again, and so does an output that
// anything else changed since (a manual `npm run build:production` over dist/).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

/** What the bundles are built from (node_modules follows package-lock.json). */
export const PRODUCT_INPUTS = ['src', 'webview', 'scripts/build.mjs', 'scripts/lazyPackages.mjs', 'scripts/nanpMetadata.mjs', 'scripts/nodeFetchUrl.mjs', 'scripts/atomicWrite.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** What the .vsix holds besides the bundles (.vscodeignore decides). */
export const VSIX_INPUTS = [...PRODUCT_INPUTS, 'media', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE'];
/** The integration suite's bundle imports the product's sources and the shared fixtures. */
export const INTEGRATION_INPUTS = [...PRODUCT_INPUTS, 'test/integration', 'test/fixtures'];

function filesUnder(path) {
  const full = join(repoRoot, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** One hash over the paths and contents of every file under the inputs. */
export function inputsHash(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(filesUnder).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(repoRoot, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * The content hash of every file under the outputs (a missing output reads as such). Content, not
 * times: the unit tests rebuild dist/sandbox.js the same way on every run.
 */
function outputState(outputs) {
  return outputs.flatMap((path) => {
    const files = filesUnder(path);
    if (files.length === 0) return [[path, null]];
    return files.sort().map((file) => [file, createHash('sha256').update(readFileSync(join(repoRoot, file))).digest('hex')]);
  });
}

/**
 * Runs `build` unless the stamp says these inputs already built these outputs. The stamp is
 * removed before building and written only after `build` succeeded, so a failed or interrupted
 * build never looks current. Resolves true when it built, false when the outputs were current.
 * @param {{ stamp: string, inputs: string[], outputs: string[] }} step paths relative to the repo (files or folders)
 * @param {() => Promise<void>} build
 */
export async function buildUnlessCurrent(step, build) {
  const stampFile = join(repoRoot, step.stamp);
  const hash = inputsHash(step.inputs);
  const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
  if (current === JSON.stringify({ hash, outputs: outputState(step.outputs) })) return false;
  rmSync(stampFile, { force: true });
  await build();
  writeFileSync(stampFile, JSON.stringify({ hash, outputs: outputState(step.outputs) }));
  return true;
}

