import * as assert from 'node:assert/strict';
import { createClock, MANUAL_CLOCK_START_MS } from '../../../src/sandbox/clock';

describe('sandbox virtual clock', () => {
  it('manual: stands still until advanced', () => {
    let real = 1_000;
    const clock = createClock({ mode: 'manual', startMs: MANUAL_CLOCK_START_MS, realNow: () => real });
    real += 60_000;
    assert.equal(clock.now(), MANUAL_CLOCK_START_MS);
    clock.advance(1.5);
    assert.equal(clock.now(), MANUAL_CLOCK_START_MS + 1500);
  });

  it('realtime: follows the real clock times speed, plus any advance', () => {
    let real = 50_000;
    const clock = createClock({ mode: 'realtime', speed: 60, startMs: 0, realNow: () => real });
    assert.equal(clock.now(), 0);
    real += 1_000;
    assert.equal(clock.now(), 60_000, 'one real second is a virtual minute');
    clock.advance(10);
    assert.equal(clock.now(), 70_000);
  });

  it('refuses going back and nonsense speeds', () => {
    const clock = createClock({ mode: 'manual', startMs: 0 });
    assert.throws(() => clock.advance(-1), RangeError);
    assert.throws(() => clock.advance(Number.NaN), RangeError);
    assert.throws(() => createClock({ mode: 'realtime', speed: 0, startMs: 0 }), RangeError);
  });
});
