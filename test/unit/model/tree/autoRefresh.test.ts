import assert from 'node:assert/strict';
import { AutoRefresher } from '../../../../src/model/tree/autoRefresh';
import { FakeTimers } from './fakeTimers';

function setup(results: boolean[] = []) {
  const timers = new FakeTimers();
  const state = { interval: 30, visible: true, transient: true, refreshes: 0 };
  const refresher = new AutoRefresher({
    intervalSeconds: () => state.interval,
    wanted: () => state.visible && state.transient,
    refresh: async () => {
      state.refreshes++;
      return results.shift() ?? true;
    },
    timers,
    maxBackoffSeconds: 240,
  });
  return { timers, state, refresher };
}

describe('AutoRefresher', () => {
  it('reloads every interval while numbers wait and the view is visible', async () => {
    const { timers, state, refresher } = setup();
    refresher.update();
    await timers.advance(29_000);
    assert.equal(state.refreshes, 0);
    await timers.advance(1_000);
    assert.equal(state.refreshes, 1);
    await timers.advance(30_000);
    assert.equal(state.refreshes, 2);
  });

  it('stops while the view is hidden and when nothing waits', async () => {
    const { timers, state, refresher } = setup();
    refresher.update();
    state.visible = false;
    refresher.update();
    await timers.advance(120_000);
    assert.equal(state.refreshes, 0);
    state.visible = true;
    state.transient = false;
    refresher.update();
    assert.equal(refresher.scheduled, false);
    state.transient = true;
    refresher.update();
    await timers.advance(30_000);
    assert.equal(state.refreshes, 1);
  });

  it('doubles the wait after each failure, up to the cap, and resets on success', async () => {
    const { timers, state, refresher } = setup([false, false, false, false, true]);
    refresher.update();
    await timers.advance(30_000);
    assert.deepEqual(timers.pending(), [60_000]);
    await timers.advance(60_000);
    assert.deepEqual(timers.pending(), [120_000]);
    await timers.advance(120_000);
    assert.deepEqual(timers.pending(), [240_000]);
    await timers.advance(240_000);
    assert.deepEqual(timers.pending(), [240_000]);
    await timers.advance(240_000);
    assert.equal(state.refreshes, 5);
    assert.equal(refresher.consecutiveFailures, 0);
    assert.deepEqual(timers.pending(), [30_000]);
  });

  it('treats a thrown refresh as a failure', async () => {
    const timers = new FakeTimers();
    const refresher = new AutoRefresher({ intervalSeconds: () => 10, wanted: () => true, refresh: () => Promise.reject(new Error('down')), timers });
    refresher.update();
    await timers.advance(10_000);
    assert.equal(refresher.consecutiveFailures, 1);
    assert.deepEqual(timers.pending(), [20_000]);
  });

  it('is off at interval 0 and after dispose', async () => {
    const { timers, state, refresher } = setup();
    state.interval = 0;
    refresher.update();
    assert.equal(refresher.scheduled, false);
    state.interval = 30;
    refresher.update();
    refresher.dispose();
    await timers.advance(60_000);
    assert.equal(state.refreshes, 0);
  });
});
