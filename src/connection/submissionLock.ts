// A lock between the VS Code windows of one machine, so that two windows never send the same
// text-enable submission at once, and a memory of what was just sent, so that the second window
// is asked before it files the same numbers again. Windows share the extension's global storage
// folder (one per user data directory) and nothing else that is fast, so both live in files:
//   <key>.lock         created with O_EXCL ('wx'): whoever creates it holds it; deleted when done.
//                      Its mtime is a heartbeat; a lock whose owner process is gone, or whose
//                      heartbeat is older than `staleAfterMs`, is taken over (a crashed window).
//   <key>.recent.json  the order IDs a submission created and when, kept `recentForMs`.
// No `vscode` here: the unit tests run two "windows" as two instances on a real folder.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface SubmissionLockOptions {
  /** A folder only this extension writes (globalStorageUri/submissions). Created when missing. */
  dir: string;
  /** This window; two instances with different IDs are two windows even in one process. */
  windowId?: string;
  pid?: number;
  now?: () => number;
  /** A lock not refreshed for this long is abandoned. Default 2 min; refreshed every third of it. */
  staleAfterMs?: number;
  /** How long a finished submission is remembered. Default 5 min. */
  recentForMs?: number;
  /** Whether a process of this machine is running (process.kill(pid, 0)). */
  isAlive?: (pid: number) => boolean;
  setInterval?: (fn: () => void, ms: number) => { unref?(): void };
  clearInterval?: (handle: unknown) => void;
}

interface LockContent {
  pid: number;
  windowId: string;
  since: number;
}

export interface RecentSubmission {
  orderIds: string[];
  at: number;
  windowId: string;
}

export interface HeldLock {
  /** Remembers the orders this submission created (none: nothing to remember) and frees the lock. */
  release(orderIds?: readonly string[]): Promise<void>;
}

export type Acquired =
  | { ok: true; lock: HeldLock; recent?: RecentSubmission & { fromThisWindow: boolean; ageMs: number } }
  | { ok: false; holder: { pid: number | undefined; sameWindow: boolean } };

export const DEFAULT_STALE_AFTER_MS = 120_000;
export const DEFAULT_RECENT_FOR_MS = 300_000;

export class SubmissionLocks {
  readonly windowId: string;
  private readonly pid: number;
  private readonly now: () => number;
  private readonly staleAfterMs: number;
  private readonly recentForMs: number;
  private readonly isAlive: (pid: number) => boolean;

  constructor(private readonly options: SubmissionLockOptions) {
    this.windowId = options.windowId ?? randomUUID();
    this.pid = options.pid ?? process.pid;
    this.now = options.now ?? Date.now;
    this.staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
    this.recentForMs = options.recentForMs ?? DEFAULT_RECENT_FOR_MS;
    this.isAlive = options.isAlive ?? processIsAlive;
  }

  /**
   * Takes the lock of `key`, or says who holds it. With the lock comes what was sent under this key
   * lately (by any window), so the caller can ask before sending it again.
   */
  async acquire(key: string): Promise<Acquired> {
    if (!/^[0-9a-f]{16,128}$/.test(key)) throw new Error('submission key must be hex');
    await fs.mkdir(this.options.dir, { recursive: true });
    const file = this.lockPath(key);
    const mine: LockContent = { pid: this.pid, windowId: this.windowId, since: this.now() };
    // Two rounds: the second only after an abandoned lock was moved out of the way.
    for (let round = 0; round < 2; round++) {
      if (await createExclusive(file, JSON.stringify(mine))) {
        await this.stamp(file);
        const recent = await this.readRecent(key);
        return { ok: true, lock: this.held(key, file), ...(recent ? { recent } : {}) };
      }
      const holder = await this.inspect(file);
      if (holder === 'gone') continue;
      if (!holder.abandoned || round > 0) return { ok: false, holder: { pid: holder.content?.pid, sameWindow: holder.content?.windowId === this.windowId } };
      if (!(await this.takeOver(file, holder.mtimeMs))) return { ok: false, holder: { pid: holder.content?.pid, sameWindow: false } };
    }
    return { ok: false, holder: { pid: undefined, sameWindow: false } };
  }

  /** What was sent under `key` within `recentForMs`, if anything. */
  async readRecent(key: string): Promise<(RecentSubmission & { fromThisWindow: boolean; ageMs: number }) | undefined> {
    let raw: string;
    try {
      raw = await fs.readFile(this.recentPath(key), 'utf8');
    } catch {
      return undefined;
    }
    const recent = parseRecent(raw);
    if (!recent) return undefined;
    const ageMs = this.now() - recent.at;
    if (ageMs > this.recentForMs || ageMs < -this.staleAfterMs) return undefined;
    return { ...recent, fromThisWindow: recent.windowId === this.windowId, ageMs: Math.max(0, ageMs) };
  }

  private held(key: string, file: string): HeldLock {
    // The heartbeat: a long submission (a split one waiting on the user, many orders) is not abandoned.
    const every = Math.max(1, Math.floor(this.staleAfterMs / 3));
    const setTimer = this.options.setInterval ?? ((fn: () => void, ms: number) => setInterval(fn, ms));
    const clearTimer = this.options.clearInterval ?? ((h: unknown) => clearInterval(h as ReturnType<typeof setInterval>));
    const timer = setTimer(() => void this.stamp(file).catch(() => undefined), every);
    timer.unref?.();
    let released = false;
    return {
      release: async (orderIds = []) => {
        if (released) return;
        released = true;
        clearTimer(timer);
        try {
          if (orderIds.length > 0) await this.writeRecent(key, { orderIds: [...orderIds], at: this.now(), windowId: this.windowId });
        } finally {
          await this.removeIfMine(file);
          await this.pruneRecent().catch(() => undefined);
        }
      },
    };
  }

  /** Sets the heartbeat (mtime) to this instance's clock, so an injected clock judges staleness too. */
  private async stamp(file: string): Promise<void> {
    const seconds = this.now() / 1000;
    await fs.utimes(file, seconds, seconds);
  }

  private async inspect(file: string): Promise<'gone' | { content: LockContent | undefined; mtimeMs: number; abandoned: boolean }> {
    let mtimeMs: number;
    let raw: string;
    try {
      mtimeMs = (await fs.stat(file)).mtimeMs;
      raw = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return 'gone';
      throw error;
    }
    const content = parseLock(raw);
    const stale = this.now() - mtimeMs > this.staleAfterMs;
    // Unreadable content (a torn write) is judged by its heartbeat only.
    const ownerGone = content !== undefined && content.pid !== this.pid && !this.isAlive(content.pid);
    return { content, mtimeMs, abandoned: stale || ownerGone };
  }

  /**
   * Moves an abandoned lock aside, atomically (rename), then checks that what moved is the one judged
   * abandoned: when another window took it over first, its fresh lock is put back (link fails
   * rather than overwrite) and this window does not take it.
   */
  private async takeOver(file: string, judgedMtimeMs: number): Promise<boolean> {
    const aside = `${file}.${this.windowId}.abandoned`;
    try {
      await fs.rename(file, aside);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return true;
      throw error;
    }
    const moved = await fs.stat(aside);
    if (moved.mtimeMs !== judgedMtimeMs) {
      await fs.link(aside, file).catch(() => undefined);
      await fs.rm(aside, { force: true });
      return false;
    }
    await fs.rm(aside, { force: true });
    return true;
  }

  private async removeIfMine(file: string): Promise<void> {
    try {
      const content = parseLock(await fs.readFile(file, 'utf8'));
      if (content && (content.windowId !== this.windowId || content.pid !== this.pid)) return;
      await fs.rm(file, { force: true });
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error;
    }
  }

  private async writeRecent(key: string, recent: RecentSubmission): Promise<void> {
    const target = this.recentPath(key);
    const temp = `${target}.${this.windowId}.tmp`;
    await fs.writeFile(temp, JSON.stringify(recent));
    await fs.rename(temp, target);
  }

  /** Forgets submissions older than `recentForMs` (the folder stays small). */
  private async pruneRecent(): Promise<void> {
    for (const name of await fs.readdir(this.options.dir)) {
      if (!name.endsWith('.recent.json')) continue;
      const file = path.join(this.options.dir, name);
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat && this.now() - stat.mtimeMs > this.recentForMs) await fs.rm(file, { force: true });
    }
  }

  private lockPath(key: string): string {
    return path.join(this.options.dir, `${key}.lock`);
  }

  private recentPath(key: string): string {
    return path.join(this.options.dir, `${key}.recent.json`);
  }
}

async function createExclusive(file: string, content: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'wx');
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
  return true;
}

function parseLock(raw: string): LockContent | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, windowId, since } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0 || typeof windowId !== 'string' || typeof since !== 'number') return undefined;
    return { pid, windowId, since };
  } catch {
    return undefined;
  }
}

function parseRecent(raw: string): RecentSubmission | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { orderIds, at, windowId } = value as Record<string, unknown>;
    if (!Array.isArray(orderIds) || orderIds.length === 0 || !orderIds.every((id) => typeof id === 'string') || typeof at !== 'number' || typeof windowId !== 'string') return undefined;
    return { orderIds: orderIds as string[], at, windowId };
  } catch {
    return undefined;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return isCode(error, 'EPERM');
  }
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
