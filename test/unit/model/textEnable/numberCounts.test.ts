// The counts beside the numbers box and the banner after a refused submit: every part of the
// summary, one or several, and the words for numbers the picker leaves out.
import * as assert from 'node:assert/strict';
import { attentionMessage, hiddenByRegion, numbersSummary, pickerChoice } from '../../../../src/model/textEnable/numbersSummary';
import { validateDraft } from '../../../../src/model/textEnable/validate';
import { withNumbers, withoutNumbers } from '../../../../src/model/textEnable/numbers';
import { NOW, validStandardDraft } from '../../../fixtures/textEnableDrafts';

const validate = (numbersText: string, regionCode: 'US' | 'CA' = 'US') => validateDraft(validStandardDraft({ numbersText, regionCode }), 'standard', { now: NOW });

describe('number counts', () => {
  it('one ready number, and every other part', () => {
    assert.equal(numbersSummary(validate('+12025550134'), 'US'), '1 number ready.');
    assert.equal(
      numbersSummary(validate('+12025550134, +12025550135, +14165550199, abc, +18335870229'), 'US'),
      '2 numbers ready · 1 Canadian (the region is US) · 1 unreadable · 1 for the other form.',
    );
    assert.equal(numbersSummary(validate('+14165550199, +12025550134', 'CA'), 'CA'), '1 number ready · 1 US (the region is CA).');
    const many = Array.from({ length: 501 }, (_, i) => `+1202555${String(i).padStart(4, '0')}`).join('\n');
    assert.equal(numbersSummary(validate(many), 'US'), '501 numbers ready · 2 orders of at most 500.');
  });

  it('the banner counts the fields that need attention', () => {
    assert.equal(attentionMessage(validateDraft(validStandardDraft({ city: '' }), 'standard', { now: NOW })), 'Not sent: one field needs attention (marked below).');
    assert.equal(attentionMessage(validateDraft(validStandardDraft({ city: '', street: '' }), 'standard', { now: NOW })), 'Not sent: 2 fields need attention (marked below).');
  });

  it('says how many numbers of the other region the picker leaves out', () => {
    assert.equal(hiddenByRegion(0, 'US'), '');
    assert.equal(hiddenByRegion(1, 'US'), '1 Canadian number is not shown: the region is US.');
    assert.equal(hiddenByRegion(3, 'CA'), '3 US numbers are not shown: the region is CA.');
  });

  it('places a pickable number by its area code when Sinch gave no region', () => {
    const choice = pickerChoice([
      { phoneNumber: '+14165550199', state: 'S', stateLabel: 'Verified' },
      { phoneNumber: '+12025550134', state: 'S', stateLabel: 'Verified', regionCode: 'XX' },
      { phoneNumber: '+12025550135', state: 'S', stateLabel: 'Verified', regionCode: 'CA' },
    ], 'standard', 'CA');
    assert.deepEqual(choice.offered.map((n) => n.phoneNumber), ['+14165550199', '+12025550135']);
    assert.equal(choice.otherRegion, 1);
  });

  it('adds and removes numbers in the box, keeping unreadable entries', () => {
    assert.equal(withNumbers('+12025550134, abc', ['+12025550134', '+14045550100', '+14045550100']), '+12025550134\nabc\n+14045550100');
    assert.equal(withoutNumbers('(202) 555-0134, abc, +14045550100', ['+12025550134']), '+14045550100\nabc');
  });
});
