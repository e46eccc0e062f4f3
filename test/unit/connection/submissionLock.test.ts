// The cross-window submission lock on a real folder. Each SubmissionLocks instance is one window:
// two instances with their own window IDs in one process meet only through the files, as two
// VS Code windows sharing the extension's global storage do.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SubmissionLocks, type SubmissionLockOptions } from '../../../src/connection/submissionLock';
import { submissionKey } from '../../../src/model/textEnable/submissionKey';

const KEY = submissionKey({ target: 'https://imported.numbers.api.sinch.com', projectId: 'p1', kind: 'standard', numbers: ['+12025550134'] });

describe('SubmissionLocks (two windows, one storage folder)', () => {
  let dir: string;
  let now: number;
  const timers: Array<() => void> = [];

  beforeEach(async () => {
    dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'sinch-locks-')), 'submissions');
    now = Date.now();
    timers.length = 0;
  });

  afterEach(async () => {
    await fs.rm(path.dirname(dir), { recursive: true, force: true });
  });

  /** A window on the shared clock; its heartbeat runs only when the test calls `beat()`. */
  function windowOf(windowId: string, extra: Partial<SubmissionLockOptions> = {}): SubmissionLocks {
    return new SubmissionLocks({
      dir,
      windowId,
      now: () => now,
      setInterval: (fn) => (timers.push(fn), {}),
      clearInterval: () => undefined,
      ...extra,
    });
  }
  const beat = (): void => timers.forEach((fn) => fn());

  it('the second window is refused while the first holds the lock, and takes it once it is freed', async () => {
    const a = windowOf('window-a');
    const b = windowOf('window-b');
    const first = await a.acquire(KEY);
    assert.ok(first.ok);
    const second = await b.acquire(KEY);
    assert.ok(!second.ok);
    assert.deepEqual(second.holder, { pid: process.pid, sameWindow: false });
    await first.lock.release();
    const third = await b.acquire(KEY);
    assert.ok(third.ok, 'the freed lock was not taken');
    assert.equal(third.recent, undefined, 'a submission that created no order is remembered');
    await third.lock.release();
    assert.deepEqual(await fs.readdir(dir), [], 'files left behind');
  });

  it('20 windows racing for one key: exactly one gets it', async () => {
    const windows = Array.from({ length: 20 }, (_, i) => windowOf(`window-${i}`));
    const results = await Promise.all(windows.map((w) => w.acquire(KEY)));
    assert.equal(results.filter((r) => r.ok).length, 1);
  });

  it('other keys (another number, project, kind or host) are not blocked; the number order does not matter', async () => {
    const a = windowOf('window-a');
    const held = await a.acquire(KEY);
    assert.ok(held.ok);
    const same = submissionKey({ target: 'https://imported.numbers.api.sinch.com', projectId: 'p1', kind: 'standard', numbers: ['+12025550134', '+12025550134'] });
    assert.equal(same, KEY);
    assert.equal(
      submissionKey({ target: 't', projectId: 'p', kind: 'standard', numbers: ['+12025550135', '+12025550134'] }),
      submissionKey({ target: 't', projectId: 'p', kind: 'standard', numbers: ['+12025550134', '+12025550135'] }),
    );
    const others = [
      { target: 'https://imported.numbers.api.sinch.com', projectId: 'p1', kind: 'standard' as const, numbers: ['+12025550135'] },
      { target: 'https://imported.numbers.api.sinch.com', projectId: 'p2', kind: 'standard' as const, numbers: ['+12025550134'] },
      { target: 'https://imported.numbers.api.sinch.com', projectId: 'p1', kind: 'tollFree' as const, numbers: ['+12025550134'] },
      { target: 'http://127.0.0.1:4010', projectId: 'p1', kind: 'standard' as const, numbers: ['+12025550134'] },
    ];
    const b = windowOf('window-b');
    for (const identity of others) {
      const got = await b.acquire(submissionKey(identity));
      assert.ok(got.ok, JSON.stringify(identity));
      await got.lock.release();
    }
  });

  it('what a window sent is remembered for the others (order IDs, age), for a bounded time', async () => {
    const a = windowOf('window-a', { recentForMs: 300_000 });
    const b = windowOf('window-b', { recentForMs: 300_000 });
    const held = await a.acquire(KEY);
    assert.ok(held.ok);
    await held.lock.release(['01HORDERA', '01HORDERB']);
    now += 90_000;
    const got = await b.acquire(KEY);
    assert.ok(got.ok);
    assert.deepEqual(got.recent, { orderIds: ['01HORDERA', '01HORDERB'], at: now - 90_000, windowId: 'window-a', fromThisWindow: false, ageMs: 90_000 });
    await got.lock.release();
    const own = await a.acquire(KEY);
    assert.ok(own.ok && own.recent?.fromThisWindow === true, 'the first window does not know it sent it');
    await own.lock.release();
    now += 300_000;
    const later = await b.acquire(KEY);
    assert.ok(later.ok);
    assert.equal(later.recent, undefined, 'remembered past recentForMs');
    await later.lock.release();
    assert.ok(!(await fs.readdir(dir)).some((f) => f.endsWith('.recent.json')), 'the expired record was not pruned');
  });

  it('a lock left by a window whose process is gone is taken over at once', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    assert.ok(gone && gone > 0);
    const crashed = windowOf('crashed', { pid: gone });
    assert.ok((await crashed.acquire(KEY)).ok);
    // The crashed window never releases; a live window's lock with the same age is kept.
    const b = windowOf('window-b');
    const got = await b.acquire(KEY);
    assert.ok(got.ok, 'a dead process still blocks the submission');
    await got.lock.release();
  });

  it('a lock whose heartbeat stopped is taken over after staleAfterMs; a beating one is not', async () => {
    // Both "windows" report a live process (the test runner's parent) that is not this one.
    const hung = windowOf('hung', { pid: process.ppid, staleAfterMs: 120_000 });
    const b = windowOf('window-b', { staleAfterMs: 120_000 });
    const held = await hung.acquire(KEY);
    assert.ok(held.ok);
    now += 100_000;
    beat();
    now += 100_000;
    assert.ok(!(await b.acquire(KEY)).ok, 'a lock refreshed 100 s ago was taken');
    timers.length = 0; // the window hangs: no more heartbeats
    now += 121_000;
    const got = await b.acquire(KEY);
    assert.ok(got.ok, 'a lock not refreshed for 121 s still blocks');
    // The hung window waking up must not delete the lock that is no longer its own.
    await held.lock.release();
    const c = windowOf('window-c');
    assert.ok(!(await c.acquire(KEY)).ok, 'the old holder freed the new holder\'s lock');
    await got.lock.release();
  });

  it('an unreadable lock file (torn write, edited) blocks while fresh and is taken when old; an unreadable record is ignored', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, `${KEY}.lock`), '{"pid":');
    await fs.writeFile(path.join(dir, `${KEY}.recent.json`), '{"orderIds": 42}');
    const b = windowOf('window-b', { staleAfterMs: 120_000 });
    assert.ok(!(await b.acquire(KEY)).ok);
    const old = (now - 200_000) / 1000;
    await fs.utimes(path.join(dir, `${KEY}.lock`), old, old);
    const got = await b.acquire(KEY);
    assert.ok(got.ok);
    assert.equal(got.recent, undefined);
    await got.lock.release();
  });

  it('refuses a key that is not a hash (no path in a file name)', async () => {
    await assert.rejects(windowOf('a').acquire('../../etc/passwd'), /hex/);
  });
});
