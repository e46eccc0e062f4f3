// The form re-checks the number list on every keystroke and reuses the last analysis while the list
// is unchanged: the region of the form still counts, and a reused answer keeps every finding.
import assert from 'node:assert/strict';
import { analyseNumbers } from '../../../../src/model/textEnable/numbers';

describe('number list analysis reuse', () => {
  it('answers anew when only the region changed', () => {
    const text = '+14165550134';
    assert.deepEqual(analyseNumbers(text, 'standard', 'US').regionMismatch, ['+14165550134']);
    assert.deepEqual(analyseNumbers(text, 'standard', 'CA').regionMismatch, []);
  });

  it('keeps every finding when the same list is checked again', () => {
    const text = '+12025550134\n+12025550134\n+18335870229\n+14165550134';
    const first = analyseNumbers(text, 'standard', 'US');
    const again = analyseNumbers(text, 'standard', 'US');
    assert.deepEqual(again, first);
    assert.deepEqual([again.duplicates, again.otherForm, again.regionMismatch], [['+12025550134'], ['+18335870229'], ['+14165550134']]);
  });
});
