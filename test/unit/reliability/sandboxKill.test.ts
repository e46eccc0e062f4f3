// "Killed mid-write": the sandbox CLI with --data, SIGKILLed while concurrent clients add and
// delete numbers, restarted on the same file, several times over. Each restart must load, and hold
// every write the sandbox acknowledged (a 200 the client received) before it was killed.
import * as assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/sandbox.js');
const PROJECT = 'kill-project';
const AUTH = `Basic ${Buffer.from('kill-key:kill-secret').toString('base64')}`;
const ROUNDS = 5;
const WRITERS = 4;
/** Acknowledged writes to wait for in each round before the kill (the kill lands among later ones). */
const ACKS_BEFORE_KILL = 25;

interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<unknown>;
}

function start(file: string): Promise<Running> {
  const child = spawn(process.execPath, [CLI, '--port', '0', '--clock', 'manual', '--numbers', '0', '--data', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^Sinch sandbox listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (m) resolve({ child, url: m[1], exited });
    });
    void exited.then(() => reject(new Error(`the sandbox exited before listening: ${stderr}`)));
  });
}

async function api(url: string, method: string, apiPath: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${url}/v1/projects/${PROJECT}${apiPath}`, {
    method,
    headers: { Authorization: AUTH, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as unknown) : undefined };
}

/** Every number the restarted sandbox holds (one state each, checked while walking). */
async function storedNumbers(url: string): Promise<Set<string>> {
  const states = ['ELIGIBLE_CHECK_PENDING', 'ELIGIBLE', 'NOT_ELIGIBLE', 'VERIFICATION_PENDING', 'VERIFICATION_FAILED', 'VERIFICATION_BLOCKED', 'VERIFIED', 'HOSTING_IN_PROGRESS', 'HOSTING_DONE', 'HOSTING_FAILED'];
  const all = new Set<string>();
  for (const state of states) {
    let token = '';
    do {
      const page = await api(url, 'GET', `/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_${state}&pageSize=100${token ? `&pageToken=${token}` : ''}`);
      assert.equal(page.status, 200);
      const body = page.json as { qualifiedNumbers: Array<{ phoneNumber: string }>; nextPageToken: string; totalSize: number };
      for (const n of body.qualifiedNumbers) {
        assert.ok(!all.has(n.phoneNumber), `${n.phoneNumber} is listed in two states`);
        all.add(n.phoneNumber);
      }
      token = body.nextPageToken;
    } while (token);
  }
  return all;
}

describe('reliability: the sandbox CLI killed mid-write', function () {
  this.timeout(60_000);
  let dir: string;
  const children: ChildProcess[] = [];

  before(async () => {
    await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--only', 'sandbox'], { cwd: ROOT });
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sinch-kill-'));
  });
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it(`keeps every acknowledged add and delete across ${ROUNDS} SIGKILLs during concurrent writes`, async () => {
    const file = path.join(dir, 'sandbox.json');
    /**
     * number -> what the last acknowledged write said: present or deleted. A write in flight when
     * the sandbox was killed makes the number 'unknown': it may or may not have been applied.
     */
    const acknowledged = new Map<string, 'present' | 'deleted' | 'unknown'>();
    let serial = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const sandbox = await start(file);
      children.push(sandbox.child);
      // The previous round's acknowledged writes survived the kill.
      const stored = await storedNumbers(sandbox.url);
      for (const [phone, fate] of acknowledged) {
        if (fate === 'unknown') continue;
        assert.equal(stored.has(phone), fate === 'present', `round ${round}: ${phone} was acknowledged ${fate} before the kill, but the restarted sandbox ${stored.has(phone) ? 'has' : 'lost'} it`);
      }

      let acks = 0;
      let killed = false;
      let reachedTarget!: () => void;
      const target = new Promise<void>((resolve) => (reachedTarget = resolve));
      const writer = async (): Promise<void> => {
        while (!killed) {
          const phone = `+1206555${String(1000 + serial++).padStart(4, '0')}`;
          try {
            const added = await api(sandbox.url, 'POST', '/qualifiedNumbers:addNumbers', { phoneNumbers: [phone] });
            if (added.status !== 200) throw new Error(`add answered ${added.status}`);
            acknowledged.set(phone, 'present');
            if (serial % 3 === 0) {
              const deleted = await api(sandbox.url, 'DELETE', `/qualifiedNumbers/${phone}`);
              if (deleted.status !== 200) throw new Error(`delete answered ${deleted.status}`);
              acknowledged.set(phone, 'deleted');
            }
          } catch (error) {
            // After the kill a request fails without an answer: it was never acknowledged.
            if (!killed) throw error;
            acknowledged.set(phone, 'unknown');
            return;
          }
          if (++acks === ACKS_BEFORE_KILL) reachedTarget();
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      await Promise.race([target, Promise.all(writers)]);
      killed = true;
      sandbox.child.kill('SIGKILL');
      await sandbox.exited;
      await Promise.all(writers);
    }

    const last = await start(file);
    children.push(last.child);
    const stored = await storedNumbers(last.url);
    const certain = [...acknowledged].filter(([, fate]) => fate !== 'unknown');
    for (const [phone, fate] of certain) assert.equal(stored.has(phone), fate === 'present', `${phone}: acknowledged ${fate}`);
    assert.ok(certain.length >= ROUNDS * ACKS_BEFORE_KILL * 0.8, `only ${certain.length} writes were acknowledged`);
    last.child.kill('SIGTERM');
    await last.exited;
    assert.deepEqual(readdirSync(dir).filter((f) => !f.endsWith('.tmp')), ['sandbox.json']);
  });
});
