import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { QualifiedNumber } from '../../../src/api/types';
import { DATA_FORMAT } from '../../../src/sandbox/persistence';
import { BASE, call, getNumber, numberPath, post, PROJECT, startTestSandbox, waitUntil } from './helpers';

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
