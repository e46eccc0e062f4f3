// `--data FILE`: the sandbox's state as one JSON file. Writes go to a temp file beside it, are
// fsynced, then renamed over the old file, so a crash or kill mid-write leaves the previous
// complete file in place (rename is atomic on one file system). Leftover temp files are ignored.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { StoredProject } from './store';

export const DATA_FORMAT = 'sinch-qualified-numbers-sandbox/1';

export interface SandboxSnapshot {
  format: typeof DATA_FORMAT;
  seed: number;
  /** Virtual time when the snapshot was taken (epoch ms). */
  virtualNow: number;
  projects: StoredProject[];
}

/** The saved snapshot, or undefined when the file does not exist; throws on a damaged file. */
export async function loadSnapshot(file: string): Promise<SandboxSnapshot | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`The sandbox data file ${file} is not valid JSON (${(err as Error).message}); move it away to start afresh.`, { cause: err });
  }
  const snap = data as Partial<SandboxSnapshot>;
  if (!snap || snap.format !== DATA_FORMAT || typeof snap.seed !== 'number' || typeof snap.virtualNow !== 'number' || !Array.isArray(snap.projects)) {
    throw new Error(`The sandbox data file ${file} is not in the ${DATA_FORMAT} format; move it away to start afresh.`);
  }
  for (const p of snap.projects) {
    if (!p || typeof p.projectId !== 'string' || !Array.isArray(p.numbers) || !Array.isArray(p.orders) || !Array.isArray(p.lastCodes)) {
      throw new Error(`The sandbox data file ${file} has a damaged project entry; move it away to start afresh.`);
    }
  }
  return snap as SandboxSnapshot;
}

let tempCounter = 0;

/** Writes atomically: temp file, fsync, rename, then fsync the directory so the rename is durable. */
export async function saveSnapshot(file: string, snapshot: SandboxSnapshot): Promise<void> {
  // Serialise before the first await, so the snapshot is of one moment even as requests go on.
  const text = JSON.stringify(snapshot);
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${++tempCounter}.tmp`);
  const handle = await fs.open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
  const dirHandle = await fs.open(dir, 'r').catch(() => undefined);
  if (dirHandle) {
    await dirHandle.sync().catch(() => undefined);
    await dirHandle.close();
  }
}

/**
 * Coalesces saves: at most one write runs at a time, and changes made while it runs are written
 * by one more write afterwards. `flush` waits until everything asked for is on disk.
 */
export class SnapshotWriter {
  private running: Promise<void> | undefined;
  private again = false;
  private lastError: Error | undefined;

  constructor(private readonly file: string, private readonly snapshot: () => SandboxSnapshot, private readonly onError: (err: Error) => void) {}

  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop();
  }

  async flush(): Promise<void> {
    while (this.running) await this.running;
    if (this.lastError) {
      const err = this.lastError;
      this.lastError = undefined;
      throw err;
    }
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        try {
          await saveSnapshot(this.file, this.snapshot());
          this.lastError = undefined;
        } catch (err) {
          this.lastError = err as Error;
          this.onError(err as Error);
        }
      } while (this.again);
    } finally {
      this.running = undefined;
    }
  }
}
