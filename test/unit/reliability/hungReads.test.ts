// Reads behind the UI that hang: a short timeout per attempt and one retry, then an error the tree
// shows (with Retry); a Refresh cancels what is in flight; writes keep their longer rules. Hangs
// come from the sandbox over real HTTP; attempts end on a ManualClock, so nothing waits for real.
import * as assert from 'node:assert/strict';
import { DEFAULT_READ_MAX_RETRIES, DEFAULT_READ_TIMEOUT_MS } from '../../../src/api/config';
import { errorWords } from '../../../src/model/errorWords';
import { QualifiedNumbersModel } from '../../../src/model/tree/treeModel';
import { waitFor } from '../api/helpers/conditions';
import { ManualClock } from '../api/helpers/manualClock';
import { clearFaults, harness, type Harness } from './helpers';

const API = '/v1/';

describe('reliability: reads that hang', function () {
  this.timeout(20_000);
  let h: Harness;
  let timer: ManualClock;
  beforeEach(async () => {
    h = await harness({ numbers: 40 });
    timer = new ManualClock();
  });
  afterEach(() => h.close());

  const hangs = (): number => h.sandbox.requestLog().filter((e) => e.fault === 'hang').length;

  it('a hung listing ends as an error after one retry, within the read budget, and the next refresh recovers', async () => {
    // ~10 s: two attempts of the read timeout plus at most one backoff (the FakeClock ends it at once).
    assert.ok((DEFAULT_READ_MAX_RETRIES + 1) * DEFAULT_READ_TIMEOUT_MS <= 10_000);
    const model = new QualifiedNumbersModel({ pageSize: 20 });
    model.setSource(h.client({ timer }));
    h.sandbox.scriptFaults([{ kind: 'hang', pathPrefix: API, times: 1000 }]);
    const reload = model.reload();
    await waitFor(() => hangs() === 10 && timer.pending === 10, 'the first attempt of every group to hang');
    timer.advance(DEFAULT_READ_TIMEOUT_MS);
    await waitFor(() => hangs() === 20 && timer.pending === 10, 'one retry of every group');
    timer.advance(DEFAULT_READ_TIMEOUT_MS);
    const outcome = await reload;
    assert.equal(outcome.failed, 10);
    assert.equal(hangs(), 20, 'each group tried exactly twice');
    const group = model.groupViews()[0];
    assert.equal(group.status, 'error');
    assert.match(errorWords(group.error), /No answer within 4 s from 127\.0\.0\.1:\d+ \(2 attempts\)/);
    await clearFaults(h.sandbox);
    const fresh = await model.reload();
    assert.equal(fresh.failed, 0);
  });

  it('a Refresh while reads hang cancels them at once (no timeout needed)', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 20 });
    model.setSource(h.client({ timer }));
    h.sandbox.scriptFaults([{ kind: 'hang', pathPrefix: API, times: 10 }]);
    const stuck = model.reload();
    await waitFor(() => hangs() === 10, 'every group to hang');
    const fresh = await model.reload();
    assert.equal((await stuck).superseded, true);
    assert.equal(fresh.failed, 0);
    assert.equal(timer.pending, 0, 'a cancelled attempt leaves no timer behind');
  });

  it('a write that hangs keeps the long timeout and is not resent', async () => {
    const client = h.client({ timer });
    h.sandbox.scriptFaults([{ kind: 'hang', pathPrefix: API, times: 5 }]);
    const add = client.addNumbers(['+12025550199'], { interactive: true });
    const rejected = assert.rejects(add, (e: unknown) => /may or may not have been applied/.test(String((e as Error).message)));
    await waitFor(() => hangs() === 1 && timer.pending === 1, 'the add to hang');
    timer.advance(DEFAULT_READ_TIMEOUT_MS);
    // Still waiting: the read budget does not apply to writes.
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.equal(timer.pending, 1);
    timer.advance(30_000);
    await rejected;
    assert.equal(hangs(), 1, 'the add was sent once');
  });
});
