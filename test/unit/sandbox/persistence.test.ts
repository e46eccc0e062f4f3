import * as assert from 'node:assert/strict';
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { HostingOrder, QualifiedNumber, TextEnableNumbersResponse } from '../../../src/api/types';
import { DATA_FORMAT } from '../../../src/sandbox/persistence';
import { BASE, call, get, getNumber, listAll, numberPath, post, PROJECT, startTestSandbox, textEnableBody, verifiedNumber, waitUntil } from './helpers';

const PHONE = '+12025550134';

describe('sandbox persistence (--data)', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sinch-sandbox-'));
    file = path.join(dir, 'state.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps numbers, codes, orders and the manual clock across a restart', async () => {
    const first = await startTestSandbox({ dataFile: file });
    await post(first, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: [PHONE] });
    first.advanceClock(30);
    await post(first, numberPath(PHONE, 'sendVoiceChallenge'));
    const code = first.lastCode(PROJECT, PHONE);
    const before = await getNumber(first, PHONE);
    const seeded = await call(first, 'GET', `${BASE}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_HOSTING_DONE`);
    await first.close();

    const second = await startTestSandbox({ dataFile: file, seed: 99 });
    try {
      assert.deepEqual(await getNumber(second, PHONE), before);
      assert.equal(second.lastCode(PROJECT, PHONE), code);
      assert.deepEqual((await call(second, 'GET', `${BASE}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_HOSTING_DONE`)).body, seeded.body, 'the file\'s data and seed win');
      assert.equal((await call(second, 'GET', '/_sandbox/clock', undefined, {})).body.now, '2025-01-06T09:00:30.000Z');
      const verified = await post<QualifiedNumber>(second, numberPath(PHONE, 'verifyVoiceChallenge'), { code });
      assert.equal(verified.body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFIED');
    } finally {
      await second.close();
    }
  });

  it('keeps hosting orders across a restart, and they go on from the step they had reached', async () => {
    const first = await startTestSandbox({ dataFile: file, numbers: 0 });
    await verifiedNumber(first, PHONE);
    const filed = await post<TextEnableNumbersResponse>(first, `${BASE}/qualifiedNumbers:textEnableNumbers`, textEnableBody([PHONE]));
    const orderPath = `${BASE}/hostingOrders/${filed.body.hostingOrderId}`;
    first.advanceClock(10);
    const waiting = (await get<HostingOrder>(first, orderPath)).body;
    assert.equal(waiting.state, 'WAITING_FOR_LOA_SIGNATURE');
    await first.close();

    const second = await startTestSandbox({ dataFile: file, numbers: 0 });
    try {
      assert.deepEqual((await get<HostingOrder>(second, orderPath)).body, waiting);
      second.advanceClock(60);
      assert.equal((await get<HostingOrder>(second, orderPath)).body.state, 'COMPLETED');
      assert.equal((await getNumber(second, PHONE)).globalProcessState, 'GLOBAL_PROCESS_STATE_HOSTING_DONE');
    } finally {
      await second.close();
    }
  });

  it('keeps a project that was only read: its seeded numbers do not change on the next start', async () => {
    // A project is seeded on first use at the virtual time of that use; started again at another
    // time, a project missing from the file would be seeded anew with other timestamps.
    const VERIFIED = 'GLOBAL_PROCESS_STATE_VERIFIED';
    const first = await startTestSandbox({ dataFile: file, startTime: '2025-03-01T00:00:00Z' });
    const seen = await listAll(first, VERIFIED);
    await first.close();
    const second = await startTestSandbox({ dataFile: file, startTime: '2030-03-01T00:00:00Z' });
    try {
      assert.ok(seen.length > 0);
      assert.deepEqual(await listAll(second, VERIFIED), seen);
    } finally {
      await second.close();
    }
  });

  it('leaves the data file alone while only reads come in', async () => {
    const sb = await startTestSandbox({ dataFile: file, numbers: 0 });
    const kept = path.join(dir, 'kept.json');
    try {
      await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: [PHONE] });
      // Every save renames a new file over the old one; a second name for the file as written now
      // keeps its inode, so a later save would show as another inode behind the data file's name.
      linkSync(file, kept);
      for (let i = 0; i < 3; i++) await getNumber(sb, PHONE);
      await listAll(sb, 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    } finally {
      await sb.close();
    }
    assert.equal(statSync(file).ino, statSync(kept).ino, 'no save after the add');
  });

  it('writes changes while running, not only on close, as complete JSON', async () => {
    const sb = await startTestSandbox({ dataFile: file, numbers: 0 });
    try {
      await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: [PHONE] });
      await waitUntil(() => {
        try {
          return readFileSync(file, 'utf8').includes(PHONE);
        } catch {
          return false;
        }
      }, 5000, 'the data file to hold the new number');
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { format: string; projects: Array<{ numbers: unknown[] }> };
      assert.equal(saved.format, DATA_FORMAT);
      assert.equal(saved.projects[0].numbers.length, 1);
    } finally {
      await sb.close();
    }
    assert.deepEqual(readdirSync(dir), ['state.json'], 'no temp files left behind');
  });

  it('ignores a half-written temp file left by a write that was killed', async () => {
    const first = await startTestSandbox({ dataFile: file, numbers: 0 });
    await post(first, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: [PHONE] });
    await first.close();
    const complete = readFileSync(file, 'utf8');
    // What a kill between write and rename leaves: a truncated temp file beside the real one.
    writeFileSync(path.join(dir, '.state.json.4242.7.tmp'), complete.slice(0, Math.floor(complete.length / 2)));

    const second = await startTestSandbox({ dataFile: file, numbers: 0 });
    try {
      assert.equal((await getNumber(second, PHONE)).phoneNumber, PHONE);
    } finally {
      await second.close();
    }
  });

  it('refuses to start on a damaged data file, naming it, and leaves the file as it was', async () => {
    writeFileSync(file, '{"format": "sinch-qualified-numbers-sandbox/1", "seed": 1, "proj');
    await assert.rejects(startTestSandbox({ dataFile: file }), (err: Error) => err.message.includes(file) && /not valid JSON/.test(err.message));
    writeFileSync(file, JSON.stringify({ format: 'something-else' }));
    await assert.rejects(startTestSandbox({ dataFile: file }), /not in the sinch-qualified-numbers-sandbox\/1 format/);
    assert.equal(readFileSync(file, 'utf8'), JSON.stringify({ format: 'something-else' }));
  });

  it('keeps a reset across a restart', async () => {
    const first = await startTestSandbox({ dataFile: file, numbers: 0 });
    await post(first, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: [PHONE] });
    first.reset(5);
    await first.close();
    const second = await startTestSandbox({ dataFile: file, numbers: 0 });
    try {
      assert.equal((await call(second, 'GET', numberPath(PHONE))).status, 404);
      assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { seed: number }).seed, 5);
    } finally {
      await second.close();
    }
  });
});
