// Starting the sandbox from code (the extension and scripts do): each option's range and the words
// of its refusal, where the virtual clock starts, the URL it hands out, and what the server
// does with requests that are not HTTP or not the API.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox';
import { BASE, call, get, post, PROJECT, startTestSandbox } from './helpers';

const clockOf = async (sb: RunningSandbox): Promise<{ nowMs: number; mode: string; speed: number }> =>
  (await call(sb, 'GET', '/_sandbox/clock', undefined, {})).body as { nowMs: number; mode: string; speed: number };

async function refuses(options: SandboxOptions, message: string): Promise<void> {
  await assert.rejects(startSandbox({ clock: 'manual', ...options }), (err: unknown) => {
    assert.ok(err instanceof RangeError, String(err));
    assert.equal(err.message, message);
    return true;
  });
}

async function starts(options: SandboxOptions): Promise<void> {
  const sb = await startSandbox({ clock: 'manual', numbers: 0, ...options });
  await sb.close();
}

describe('sandbox start options', () => {
  it('refuses each whole-number option outside its range, naming the range and the value', async () => {
    await refuses({ port: -1 }, 'port must be a whole number from 0 to 65535, not -1');
    await refuses({ port: 65536 }, 'port must be a whole number from 0 to 65535, not 65536');
    await refuses({ port: 80.5 }, 'port must be a whole number from 0 to 65535, not 80.5');
    await refuses({ numbers: 200_001 }, 'numbers must be a whole number from 0 to 200000, not 200001');
    await refuses({ numbers: -1 }, 'numbers must be a whole number from 0 to 200000, not -1');
    await refuses({ latencyMs: 600_001 }, 'latencyMs must be a whole number from 0 to 600000, not 600001');
    await refuses({ maxPageSize: 0 }, 'maxPageSize must be a whole number from 1 to 10000, not 0');
    await refuses({ maxPageSize: 10_001 }, 'maxPageSize must be a whole number from 1 to 10000, not 10001');
    await refuses({ tokenTtlSeconds: 0 }, 'tokenTtlSeconds must be a whole number from 1 to 2678400, not 0');
    await refuses({ tokenTtlSeconds: 31 * 86400 + 1 }, 'tokenTtlSeconds must be a whole number from 1 to 2678400, not 2678401');
  });

  it('takes each whole-number option at the edges of its range', async () => {
    await starts({ numbers: 0, latencyMs: 0, maxPageSize: 1, tokenTtlSeconds: 1 });
    await starts({ maxPageSize: 10_000, tokenTtlSeconds: 31 * 86400, latencyMs: 600_000 });
  });

  it('refuses a seed, clock, speed or start time it cannot use, in words', async () => {
    await refuses({ seed: 1.5 }, 'seed must be an integer, not 1.5');
    await refuses({ seed: 2 ** 53 }, `seed must be an integer, not ${2 ** 53}`);
    await refuses({ clock: 'fast' as SandboxOptions['clock'] }, 'clock must be "realtime" or "manual", not fast');
    for (const speed of [0, -2, Number.POSITIVE_INFINITY, Number.NaN]) await refuses({ speed }, `speed must be a positive number, not ${speed}`);
    await refuses({ startTime: 'yesterday' }, 'startTime must be an ISO date-time, not yesterday');
  });

  it('starts the virtual clock at startTime, and a realtime one at the wall clock otherwise', async () => {
    const manual = await startSandbox({ clock: 'manual', numbers: 0, startTime: '2030-05-01T12:00:00Z' });
    try {
      assert.equal((await clockOf(manual)).nowMs, Date.parse('2030-05-01T12:00:00Z'));
    } finally {
      await manual.close();
    }
    const before = Date.now();
    const realtime = await startSandbox({ numbers: 0 });
    try {
      const clock = await clockOf(realtime);
      assert.equal(clock.mode, 'realtime', 'realtime is the default');
      assert.equal(clock.speed, 1);
      assert.ok(clock.nowMs >= before, 'not behind the wall clock');
      assert.ok(clock.nowMs < Date.parse('2030-01-01T00:00:00Z'), 'not some fixed date');
    } finally {
      await realtime.close();
    }
  });

  it('resumes a saved manual clock where it stopped, and never runs a realtime one behind the wall clock', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sinch-sandbox-start-'));
    const file = path.join(dir, 'state.json');
    try {
      const first = await startTestSandbox({ numbers: 0, dataFile: file });
      first.advanceClock(3600);
      await first.close();
      const manual = await startTestSandbox({ numbers: 0, dataFile: file, startTime: '2040-01-01T00:00:00Z' });
      assert.equal((await clockOf(manual)).nowMs, Date.parse('2025-01-06T10:00:00.000Z'), 'the saved time wins over startTime');
      manual.advanceClock(20 * 365 * 86400);
      await manual.close();
      const future = Date.parse('2025-01-06T10:00:00.000Z') + 20 * 365 * 86400_000;
      const ahead = await startSandbox({ numbers: 0, dataFile: file });
      try {
        assert.ok((await clockOf(ahead)).nowMs >= future, 'a saved time ahead of the wall clock is kept');
      } finally {
        await ahead.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const behind = mkdtempSync(path.join(tmpdir(), 'sinch-sandbox-start-'));
    try {
      const saved = await startTestSandbox({ numbers: 0, dataFile: path.join(behind, 'state.json') });
      await saved.close();
      const before = Date.now();
      const realtime = await startSandbox({ numbers: 0, dataFile: path.join(behind, 'state.json') });
      try {
        assert.ok((await clockOf(realtime)).nowMs >= before, 'a saved time in the past gives way to the wall clock');
      } finally {
        await realtime.close();
      }
    } finally {
      rmSync(behind, { recursive: true, force: true });
    }
  });

  it('hands out a URL with an IPv6 host in brackets', async () => {
    const sb = await startTestSandbox({ numbers: 0, host: '::1' });
    try {
      assert.equal(sb.url, `http://[::1]:${sb.port}`);
      assert.equal((await clockOf(sb)).mode, 'manual');
    } finally {
      await sb.close();
    }
  });

  it('refuses to start on a port another server holds, with the system\'s reason', async () => {
    const holder = await startTestSandbox({ numbers: 0 });
    try {
      await assert.rejects(startTestSandbox({ numbers: 0, port: holder.port }), { code: 'EADDRINUSE' });
      assert.equal((await call(holder, 'GET', '/_sandbox/clock', undefined, {})).status, 200, 'the holder serves on');
    } finally {
      await holder.close();
    }
  });

  it('can be closed twice', async () => {
    const sb = await startTestSandbox({ numbers: 0 });
    await sb.close();
    await sb.close();
    await assert.rejects(fetch(`${sb.url}/_sandbox/clock`));
  });
});

describe('sandbox server edges', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0 });
  });
  afterEach(() => sb.close());

  it('answers a request that is not HTTP with 400 Bad Request and closes the connection', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(sb.port, '127.0.0.1', () => socket.write('NONSENSE\r\n\r\n'));
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    assert.equal(answer, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  it('answers headers too large to read with the same 400, not another status', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(sb.port, '127.0.0.1', () => socket.write(`GET /_sandbox/clock HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    assert.equal(answer, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  it('treats a path that only begins like the controls as an API path: faulted and logged', async () => {
    sb.scriptFaults([{ kind: 'status', status: 503 }]);
    const reply = await get(sb, '/_sandboxes');
    assert.equal(reply.status, 503);
    assert.deepEqual(sb.requestLog().map((e) => [e.path, e.status]), [['/_sandboxes', 503]]);
    assert.equal((await get(sb, '/_sandbox_x')).body.message, 'No such resource: /_sandbox_x');
  });

  it('forgets scripted faults, logged requests and past events on reset, leaving only the reset itself', async () => {
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
    sb.advanceClock(30);
    await post(sb, `${BASE}/qualifiedNumbers/+12025550134:sendVoiceChallenge`);
    sb.scriptFaults([{ kind: 'hang' }]);
    const before = await call(sb, 'GET', '/_sandbox/events', undefined, {});
    assert.equal((before.body.events as unknown[]).length, 1);
    sb.reset();
    const after = (await call(sb, 'GET', '/_sandbox/events', undefined, {})).body.events as Array<{ event: unknown }>;
    assert.deepEqual(after.map((e) => e.event), [{ type: 'reset', seed: 1 }]);
    assert.deepEqual(sb.requestLog(), []);
    assert.deepEqual((await call(sb, 'GET', '/_sandbox/faults', undefined, {})).body.faults, []);
    assert.equal(sb.lastCode(PROJECT, '+12025550134'), undefined, 'the project and its codes are gone');
  });

  it('refuses a body over 1,000,000 bytes in words', async () => {
    const reply = await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, `"${'x'.repeat(1_000_000)}"`);
    assert.equal(reply.status, 413);
    assert.deepEqual(reply.body, { code: '413', message: 'The request body is larger than 1000000 bytes.', status: 'INVALID_ARGUMENT' });
  });

  it('takes a body of only white space as no body', async () => {
    const reply = await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, ' \n\t ');
    assert.equal(reply.body.message, 'The request body must be a JSON object.');
  });
});
