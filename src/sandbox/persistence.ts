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
 * by one more write afterwards. `flush` waits until everything asked for is on disk; `durable`
 * lets an answer wait for the save that holds its change, so an acknowledged write survives a kill.
 */
export class SnapshotWriter {
  private running: Promise<void> | undefined;
  private again = false;
  private lastError: Error | undefined;
  /** Changes asked for so far, and how many of them the last finished save covered. */
  private requested = 0;
  private written = 0;
  private waiters: Array<{ upTo: number; resolve: () => void }> = [];

  constructor(private readonly file: string, private readonly snapshot: () => SandboxSnapshot, private readonly onError: (err: Error) => void) {}

  request(): void {
    this.requested++;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop();
  }

  /**
   * Resolves once every change asked for until now is in the file. A failed save resolves it too
   * (the sandbox keeps serving; onError has warned and the next change tries again).
   */
  durable(): Promise<void> {
    const upTo = this.requested;
    if (this.written >= upTo) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ upTo, resolve }));
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
        // Read together with the snapshot, before the first await: this save holds these changes.
        const covers = this.requested;
        try {
          await saveSnapshot(this.file, this.snapshot());
          this.lastError = undefined;
        } catch (err) {
          this.lastError = err as Error;
          this.onError(err as Error);
        }
        this.written = covers;
        this.release();
      } while (this.again);
    } finally {
      this.running = undefined;
    }
  }

  private release(): void {
    const ready = this.waiters.filter((w) => w.upTo <= this.written);
    this.waiters = this.waiters.filter((w) => w.upTo > this.written);
    for (const w of ready) w.resolve();
  }
}
