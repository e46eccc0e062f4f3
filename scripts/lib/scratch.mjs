// Scratch folders per run (`.vscode-test/<kind>/<pid>`), so runs started side by side in one
// checkout do not wipe each other's code-server. A run's folder stays after it ends, for its logs;
// the next run of that kind removes folders whose process is gone.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scratchRoot } from './paths.mjs';

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** A fresh folder for this process's run of `kind` (integration, e2e). */
export function runScratchDir(kind) {
  const parent = join(scratchRoot, kind);
  mkdirSync(parent, { recursive: true });
  for (const name of readdirSync(parent)) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid || !alive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
  const dir = join(parent, String(process.pid));
  mkdirSync(dir, { recursive: true });
  return dir;
}
