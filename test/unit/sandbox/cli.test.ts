// The CLI bundle as a user runs it: `node dist/sandbox.js`, built once here.
import * as assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { loadSnapshot } from '../../../src/sandbox/persistence';
import { BASE, BASIC, waitUntil } from './helpers';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/sandbox.js');
const LISTENING = /^Sinch sandbox listening on (http:\/\/127\.0\.0\.1:(\d+))$/;

interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[]): { child: ChildProcess; stdout: string[]; stderr: () => string; exited: Running['exited'] } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => stdout.push(line));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout, stderr: () => stderr, exited };
}

/** Starts the CLI and resolves with its URL once it prints the listening line. */
function start(args: string[]): Promise<Running> {
  const { child, exited, stderr } = run(args);
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = LISTENING.exec(line);
      if (m) resolve({ child, url: m[1], exited });
    });
    void exited.then(({ code }) => reject(new Error(`sandbox exited (${code}) before listening: ${stderr()}`)));
  });
}

async function stop(r: Running, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  r.child.kill(signal);
  return (await r.exited).code;
}

describe('sandbox CLI (dist/sandbox.js)', function () {
  this.timeout(30_000);
  const children: ChildProcess[] = [];
  let dir: string;

  before(async () => {
    await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--only', 'sandbox'], { cwd: ROOT });
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sinch-sandbox-cli-'));
  });
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  async function started(args: string[]): Promise<Running> {
    const r = await start(args);
    children.push(r.child);
    return r;
  }

  it('prints the listening line for --port 0, serves the API, and exits 0 on SIGTERM and on SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const r = await started(['--port', '0', '--clock', 'manual', '--numbers', '10', '--seed', '5']);
      const res = await fetch(`${r.url}${BASE}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED`, { headers: { Authorization: BASIC } });
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { totalSize: number }).totalSize, 1);
      const clock = (await (await fetch(`${r.url}/_sandbox/clock`)).json()) as { mode: string };
      assert.equal(clock.mode, 'manual');
      assert.equal(await stop(r, signal), 0, signal);
    }
  });

  it('prints help with exit code 0', async () => {
    const r = run(['--help']);
    assert.equal((await r.exited).code, 0);
    assert.match(r.stdout.join('\n'), /--callback-secret S/);
  });

  it('refuses bad flags with a clear message and exit code 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--bogus'], /Unknown option '--bogus'/],
      [['--port', 'abc'], /--port must be a whole number from 0 to 65535, not "abc"/],
      [['--port', '70000'], /--port must be a whole number/],
      [['--clock', 'sometimes'], /--clock must be realtime or manual/],
      [['--speed', '0'], /--speed must be a positive number/],
      [['--numbers=-1'], /--numbers must be a whole number/],
      [['--numbers', '-1'], /argument is ambiguous/],
      [['extra'], /Unexpected argument 'extra'|positional/i],
    ];
    await Promise.all(cases.map(async ([args, message]) => {
      const r = run(args);
      const { code } = await r.exited;
      assert.equal(code, 2, args.join(' '));
      assert.match(r.stderr(), message, args.join(' '));
      assert.match(r.stderr(), /Usage:/);
      assert.deepEqual(r.stdout, []);
    }));
  });

  it('keeps state in --data across a restart', async () => {
    const file = path.join(dir, 'sandbox.json');
    const first = await started(['--port', '0', '--clock', 'manual', '--data', file]);
    const add = await fetch(`${first.url}${BASE}/qualifiedNumbers:addNumbers`, {
      method: 'POST', headers: { Authorization: BASIC, 'Content-Type': 'application/json' }, body: JSON.stringify({ phoneNumbers: ['+12025550134'] }),
    });
    assert.equal(add.status, 200);
    assert.equal(await stop(first), 0);

    const second = await started(['--port', '0', '--clock', 'manual', '--data', file]);
    const got = await fetch(`${second.url}${BASE}/qualifiedNumbers/+12025550134`, { headers: { Authorization: BASIC } });
    assert.equal(got.status, 200);
    assert.equal(await stop(second), 0);
  });

  it('leaves a loadable data file when killed with SIGKILL in the middle of writes', async () => {
    const file = path.join(dir, 'sandbox.json');
    const r = await started(['--port', '0', '--clock', 'manual', '--numbers', '2000', '--data', file]);
    const addOne = (phone: string): Promise<Response> => fetch(`${r.url}${BASE}/qualifiedNumbers:addNumbers`, {
      method: 'POST', headers: { Authorization: BASIC, 'Content-Type': 'application/json' }, body: JSON.stringify({ phoneNumbers: [phone] }),
    });
    assert.equal((await addOne('+13035551999')).status, 200);
    await waitUntil(() => existsSync(file) && readFileSync(file, 'utf8').includes('+13035551999'), 5000, 'a save holding the first added number');
    const adds = Array.from({ length: 40 }, (_, i) => addOne(`+1303555${2000 + i}`).then((res) => res.status, () => 0));
    // Kill as soon as the first answers arrive, while later saves are still being written.
    await Promise.race(adds);
    r.child.kill('SIGKILL');
    await r.exited;
    await Promise.all(adds);
    const snapshot = await loadSnapshot(file);
    assert.ok(snapshot, 'a complete earlier or later snapshot is there');
    assert.equal(snapshot.projects.length, 1);
    assert.ok(snapshot.projects[0].numbers.some((n) => n.phoneNumber === '+13035551999'), 'at least what was saved before the kill');

    const again = await started(['--port', '0', '--clock', 'manual', '--data', file]);
    const res = await fetch(`${again.url}${BASE}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED&pageSize=1`, { headers: { Authorization: BASIC } });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { totalSize: number }).totalSize, 200, 'the seeded project survived whole');
    assert.equal(await stop(again), 0);
  });
});
