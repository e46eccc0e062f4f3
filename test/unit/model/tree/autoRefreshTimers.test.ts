// The auto-refresh timer: one at a time, kept while nothing changed, restarted at a new interval,
// none while a reload runs, and none left behind or started after dispose.
import assert from 'node:assert/strict';
import { AutoRefresher } from '../../../../src/model/tree/autoRefresh';
import { FakeTimers } from './fakeTimers';

function setup() {
  const timers = new FakeTimers();
  const state = { interval: 30, refreshes: 0, release: undefined as (() => void) | undefined };
  const refresher = new AutoRefresher({
    intervalSeconds: () => state.interval,
    wanted: () => true,
    refresh: () => {
      state.refreshes++;
      return new Promise<boolean>((resolve) => (state.release = () => resolve(true)));
    },
    timers,
  });
  return { timers, state, refresher };
}

describe('auto-refresh timer', () => {
  it('keeps the running timer when asked again with the same interval', async () => {
    const { timers, state, refresher } = setup();
    refresher.update();
    assert.equal(refresher.scheduled, true);
    await timers.advance(20_000);
    refresher.update();
    assert.deepEqual(timers.pending(), [10_000]);
    await timers.advance(10_000);
    assert.equal(state.refreshes, 1);
  });

  it('restarts the timer, and only one, when the interval changes', async () => {
    const { timers, state, refresher } = setup();
    refresher.update();
    await timers.advance(10_000);
    state.interval = 60;
    refresher.update();
    assert.deepEqual(timers.pending(), [60_000]);
  });

  it('starts no timer while a reload runs, and the next one after it ends', async () => {
    const { timers, state, refresher } = setup();
    refresher.update();
    await timers.advance(30_000);
    assert.equal(state.refreshes, 1);
    refresher.update();
    assert.deepEqual(timers.pending(), []);
    assert.equal(refresher.scheduled, false);
    state.release?.();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    assert.deepEqual(timers.pending(), [30_000]);
  });

  it('leaves no timer after dispose, and starts none when asked again', async () => {
    const { timers, state, refresher } = setup();
    refresher.update();
    refresher.dispose();
    assert.deepEqual(timers.pending(), []);
    refresher.update();
    assert.deepEqual(timers.pending(), []);
    await timers.advance(60_000);
    assert.equal(state.refreshes, 0);
  });
});
