// Opening a form with numbers adds them to the draft's list; opening it with none leaves the list
// exactly as the user typed it (not reformatted).
import * as assert from 'node:assert/strict';
import { isEmptyDraft, withPrefill } from '../../../../src/model/textEnable/draft';
import { emptyDraft } from '../../../../src/model/textEnable/fields';

describe('prefilled drafts', () => {
  it('leaves the typed list alone when there is nothing to add', () => {
    const draft = { ...emptyDraft(), numbersText: '(202) 555-0134,  abc' };
    assert.equal(withPrefill(draft, []), draft);
    assert.equal(withPrefill(draft, ['+14045550100']).numbersText, '+12025550134\nabc\n+14045550100');
  });

  it('an empty draft is one nobody typed in', () => {
    assert.equal(isEmptyDraft(emptyDraft()), true);
    assert.equal(isEmptyDraft({ ...emptyDraft(), migrateToSinchTmo: true }), false);
    assert.equal(isEmptyDraft({ ...emptyDraft(), city: 'x' }), false);
  });
});
