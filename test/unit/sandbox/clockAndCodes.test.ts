// The virtual clock and the voice codes as a test author relies on them: advances in whole
// milliseconds, a realtime clock that can be sped up, codes of 4 to 6 digits that change per call,
// and the JS API refusing a seed it cannot use.
import * as assert from 'node:assert/strict';
import { createClock } from '../../../src/sandbox/clock';
import { challengeCode } from '../../../src/sandbox/lifecycle';
import { BASE, call, post, PROJECT, startTestSandbox } from './helpers';

describe('sandbox clock and codes', () => {
  it('advances in whole milliseconds, rounding what is finer', async () => {
    const sb = await startTestSandbox({ numbers: 0 });
    try {
      const start = Date.parse('2025-01-06T09:00:00.000Z');
      const first = await call(sb, 'POST', '/_sandbox/clock', { advanceSeconds: 0.0004 }, {});
      assert.equal(first.body.nowMs, start);
      const second = await call(sb, 'POST', '/_sandbox/clock', { advanceSeconds: 1.0006 }, {});
      assert.equal(second.body.nowMs, start + 1001);
    } finally {
      await sb.close();
    }
  });

  it('runs a realtime clock at its speed, in whole virtual milliseconds, from where it started', () => {
    let real = 1_000.25;
    const clock = createClock({ mode: 'realtime', speed: 2.5, startMs: 10_000, realNow: () => real });
    assert.equal(clock.mode, 'realtime');
    assert.equal(clock.speed, 2.5);
    assert.equal(clock.now(), 10_000);
    real += 1.3;
    assert.equal(clock.now(), 10_003, 'floor(1.3 ms x 2.5)');
    clock.advance(2);
    assert.equal(clock.now(), 12_003);
    assert.throws(() => clock.advance(Number.POSITIVE_INFINITY), { message: 'advance needs a finite number of seconds >= 0, not Infinity' });
    assert.throws(() => createClock({ mode: 'manual', speed: Number.POSITIVE_INFINITY, startMs: 0 }), { message: 'clock speed must be a positive number, not Infinity' });
    assert.equal(createClock({ mode: 'manual', startMs: 5 }).speed, 1, 'speed 1 unless told');
  });

  it('says codes of 4, 5 and 6 digits, different from call to call', () => {
    const lengths = new Set<number>();
    const codes = new Set<string>();
    for (let attempt = 1; attempt <= 60; attempt++) {
      const code = challengeCode(1, '+12025550134', attempt);
      assert.match(code, /^\d{4,6}$/);
      lengths.add(code.length);
      codes.add(code);
    }
    assert.deepEqual([...lengths].sort(), [4, 5, 6]);
    assert.ok(codes.size >= 55, `codes repeat too often: ${codes.size} of 60`);
    assert.notEqual(challengeCode(1, '+12025550134', 1), challengeCode(2, '+12025550134', 1), 'the seed matters');
    assert.notEqual(challengeCode(1, '+12025550134', 1), challengeCode(1, '+12025550135', 1), 'the number matters');
    const digits = new Set([...codes].join(''));
    assert.equal(digits.size, 10, 'every digit appears');
  });

  it('refuses a reset to a seed that is not an integer, from the JS API, and keeps its data', async () => {
    const sb = await startTestSandbox({ numbers: 0 });
    try {
      await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
      assert.throws(() => sb.reset(2.5), { name: 'RangeError', message: 'seed must be an integer, not 2.5' });
      assert.equal((await call(sb, 'GET', `${BASE}/qualifiedNumbers/+12025550134`)).status, 200);
      assert.equal(sb.lastCode('never-used-project', '+12025550134'), undefined);
      assert.equal(sb.lastCode(PROJECT, '+12025550134'), undefined, 'no call made yet');
    } finally {
      await sb.close();
    }
  });
});
