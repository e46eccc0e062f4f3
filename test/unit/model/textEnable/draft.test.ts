import * as assert from 'node:assert/strict';
import { draftSchema, isEmptyDraft, salvageDraft, withPrefill } from '../../../../src/model/textEnable/draft';
import { emptyDraft } from '../../../../src/model/textEnable/fields';
import { analyseNumbers, withNumbers, withoutNumbers } from '../../../../src/model/textEnable/numbers';
import { validStandardDraft } from '../../../fixtures/textEnableDrafts';

describe('drafts', () => {
  it('accepts a complete draft and refuses extra or mistyped fields', () => {
    assert.equal(draftSchema.safeParse(validStandardDraft()).success, true);
    assert.equal(draftSchema.safeParse({ ...validStandardDraft(), extra: 1 }).success, false);
    assert.equal(draftSchema.safeParse({ ...validStandardDraft(), migrateToSinchTmo: 'yes' }).success, false);
    assert.equal(draftSchema.safeParse({ ...validStandardDraft(), regionCode: 'GB' }).success, false);
    assert.equal(draftSchema.safeParse({ ...validStandardDraft(), email: 'x'.repeat(300) }).success, false);
  });

  it('salvages the good fields of a stored draft and resets the rest', () => {
    const stored = { ...validStandardDraft(), regionCode: 'GB', firstName: 42, unknown: 'x', city: 'Ottawa' };
    const draft = salvageDraft(stored);
    assert.equal(draft.regionCode, 'US');
    assert.equal(draft.firstName, '');
    assert.equal(draft.city, 'Ottawa');
    assert.equal(draft.email, 'ada@example.com');
    assert.equal('unknown' in draft, false);
    assert.deepEqual(salvageDraft(undefined), emptyDraft());
    assert.deepEqual(salvageDraft('garbage'), emptyDraft());
    const polluted = JSON.parse('{"__proto__": {"polluted": true}, "city": "Ottawa"}');
    const fromPolluted = salvageDraft(polluted);
    assert.equal(fromPolluted.city, 'Ottawa');
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });

  it('pre-fills numbers once, after what is already there', () => {
    const draft = withPrefill(validStandardDraft({ numbersText: '+12025550134' }), ['+12025550134', '+12025550136']);
    assert.equal(draft.numbersText, '+12025550134\n+12025550136');
    assert.equal(isEmptyDraft(emptyDraft()), true);
    assert.equal(isEmptyDraft(withPrefill(emptyDraft(), ['+12025550134'])), false);
  });

  it('moves numbers out of a list and keeps unreadable entries for the user to fix', () => {
    const text = '+12025550134\n(202) 555-0135\n+18005550100\nabc';
    assert.equal(withoutNumbers(text, ['+18005550100']), '+12025550134\n+12025550135\nabc');
    assert.equal(withNumbers('+12025550134', ['+12025550134']), '+12025550134');
    const a = analyseNumbers(text, 'standard', 'US');
    assert.deepEqual(a.accepted, ['+12025550134', '+12025550135']);
    assert.deepEqual(a.otherForm, ['+18005550100']);
    assert.equal(a.invalid.length, 1);
  });

  it('re-reads the same list from its cache without letting a caller change the cached answer', () => {
    const text = '+12025550134\n+18005550100';
    const first = analyseNumbers(text, 'standard', 'US');
    first.accepted.push('+19999999999');
    const second = analyseNumbers(text, 'standard', 'US');
    assert.deepEqual(second.accepted, ['+12025550134']);
    assert.deepEqual(analyseNumbers(text, 'tollFree', 'US').accepted, ['+18005550100']);
  });
});
