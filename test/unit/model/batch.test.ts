import assert from 'node:assert/strict';
import { SinchApiError } from '../../../src/api/errors';
import { runBatch, summariseBatch } from '../../../src/model/batch';

const notFound = new SinchApiError({ kind: 'http', operation: 'Delete +12025550102', status: 404, sinchStatus: 'NOT_FOUND', message: 'Number not found' });

describe('batches of per-number calls', () => {
  it('runs every number, at most `concurrency` at a time, keeping the input order', async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    const outcomes = await runBatch(['a', 'b', 'c', 'd', 'e'], async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise<void>((resolve) => setImmediate(resolve));
      running--;
      if (n === 'c') throw new Error('no');
      return n.toUpperCase();
    }, { concurrency: 2, onSettled: (_o, done) => seen.push(done) });
    assert.equal(peak, 2);
    assert.deepEqual(outcomes.map((o) => o.phoneNumber), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(outcomes.map((o) => o.ok), [true, true, false, true, true]);
    assert.deepEqual(seen, [1, 2, 3, 4, 5]);
  });

  it('starts nothing more once cancelled', async () => {
    const abort = new AbortController();
    const outcomes = await runBatch(['a', 'b', 'c'], async (n) => {
      if (n === 'a') abort.abort();
      return n;
    }, { concurrency: 1, signal: abort.signal });
    assert.deepEqual(outcomes.map((o) => o.phoneNumber), ['a']);
    assert.match(summariseBatch(outcomes, 3, 'Deleted').message, /Deleted 1 of 3 numbers\. 2 not started/);
  });

  it('sums up in words, naming each failed number and why', () => {
    const summary = summariseBatch(
      [
        { phoneNumber: '+12025550101', ok: true, value: undefined },
        { phoneNumber: '+12025550102', ok: false, error: notFound },
      ],
      2,
      'Deleted',
    );
    assert.deepEqual(summary.succeeded, ['+12025550101']);
    assert.match(summary.message, /^Deleted 1 of 2 numbers\. 1 failed: \+1 202-555-0102: Delete \+12025550102 failed \(HTTP 404 NOT_FOUND\): Number not found/);
    assert.equal(summariseBatch([{ phoneNumber: '+12025550101', ok: true, value: 1 }], 1, 'Deleted').message, 'Deleted 1 number.');
  });
});
