// The one sentence after a batch: "number" for one, and how many failures were left unnamed.
import assert from 'node:assert/strict';
import { summariseBatch, type BatchOutcome } from '../../../src/model/batch';

const fail = (phoneNumber: string): BatchOutcome<unknown> => ({ phoneNumber, ok: false, error: new Error('no') });

describe('batch words', () => {
  it('one number that failed', () => {
    assert.equal(summariseBatch([fail('+12025550134')], 1, 'Deleted').message, 'Deleted 0 of 1 number. 1 failed: +1 202-555-0134: no');
  });

  it('names three failures and counts the rest', () => {
    const outcomes = ['+12025550101', '+12025550102', '+12025550103', '+12025550104', '+12025550105'].map(fail);
    assert.equal(
      summariseBatch(outcomes, 5, 'Deleted').message,
      'Deleted 0 of 5 numbers. 5 failed: +1 202-555-0101: no +1 202-555-0102: no +1 202-555-0103: no (and 2 more, see the log)',
    );
  });
});

describe('batch words: all succeeded', () => {
  const ok = (phoneNumber: string): BatchOutcome<unknown> => ({ phoneNumber, ok: true, value: undefined });

  it('names three numbers without a count, and counts from four on', () => {
    assert.equal(summariseBatch(['+12025550101', '+12025550102', '+12025550103'].map(ok), 3, 'Deleted').message, 'Deleted +1 202-555-0101, +1 202-555-0102 and +1 202-555-0103.');
    assert.equal(
      summariseBatch(['+12025550101', '+12025550102', '+12025550103', '+12025550104'].map(ok), 4, 'Deleted').message,
      'Deleted 4 numbers: +1 202-555-0101, +1 202-555-0102, +1 202-555-0103 and 1 more.',
    );
  });
});
