import assert from 'node:assert/strict';
import { existingNamedIn, planAdd, stillPending } from '../../../src/model/addPlan';
import { parseNumberList } from '../../../src/model/phone';

describe('add numbers plan', () => {
  it('folds a number pasted twice in two spellings, and keeps known numbers out of the batch', () => {
    const parsed = parseNumberList('+1 202-555-0134, (202) 555-0134\n+12025550135 2025550199');
    const known = new Set(['+12025550134', '+12025550135']);
    const plan = planAdd(parsed.valid.map((v) => v.e164), (n) => known.has(n));
    assert.deepEqual(parsed.duplicates, ['+12025550134']);
    assert.deepEqual(plan, { toSend: ['+12025550199'], alreadyQualified: ['+12025550134', '+12025550135'] });
  });

  it('reads the existing numbers a 409 names, only those of the batch', () => {
    const message = 'These numbers already exist in project p: +12025550134, +12025550135.';
    assert.deepEqual(existingNamedIn(message, ['+12025550199', '+12025550135', '+12025550134']), ['+12025550135', '+12025550134']);
    assert.deepEqual(existingNamedIn('already exists', ['+12025550199']), []);
  });

  it('keeps what was not added for the next run until it is added or found to exist', () => {
    assert.deepEqual(stillPending([], ['+12025550199'], []), ['+12025550199']);
    assert.deepEqual(stillPending(['+12025550199', '+12025550198'], [], ['+12025550199']), ['+12025550198']);
    assert.deepEqual(stillPending(['+12025550199'], ['+12025550197'], ['+12025550199']), ['+12025550197']);
    assert.deepEqual(stillPending(['+12025550199'], [], []), ['+12025550199']);
  });
});
