import * as assert from 'node:assert/strict';
import { attentionMessage, hiddenByRegion, numbersSummary, pickerChoice } from '../../../../src/model/textEnable/numbersSummary';
import { validateDraft } from '../../../../src/model/textEnable/validate';
import type { PickableNumber } from '../../../../src/model/webviewMessages';
import { NOW, validStandardDraft } from '../../../fixtures/textEnableDrafts';

const verified = (phoneNumber: string, regionCode?: string): PickableNumber => ({ phoneNumber, state: 'GLOBAL_PROCESS_STATE_VERIFIED', stateLabel: 'Verified', ...(regionCode ? { regionCode } : {}) });

describe('text-enable form counts and picker choice', () => {
  it('does not count a number flagged as Canadian in a US form as ready', () => {
    // 416 is Toronto: the field error flags it, so the summary must not call it ready.
    const v = validateDraft(validStandardDraft({ numbersText: '+12025550134\n+12025550135\n+14165550134' }), 'standard', { now: NOW });
    assert.match(v.errors.numbersText ?? '', /Canadian but the region is US/);
    assert.equal(numbersSummary(v, 'US'), '2 numbers ready · 1 Canadian (the region is US).');
    const ca = validateDraft(validStandardDraft({ regionCode: 'CA', numbersText: '+14165550134\n+12025550134' }), 'standard', { now: NOW });
    assert.equal(numbersSummary(ca, 'CA'), '1 number ready · 1 US (the region is CA).');
  });

  it('counts the fields that need attention from the same validation as their messages', () => {
    const empty = validateDraft({ ...validStandardDraft(), numbersText: '', servicePlanId: '', email: '' }, 'standard', { now: NOW });
    assert.equal(attentionMessage(empty), 'Not sent: 3 fields need attention (marked below).');
    const fixed = validateDraft({ ...validStandardDraft(), email: '' }, 'standard', { now: NOW });
    assert.equal(attentionMessage(fixed), 'Not sent: one field needs attention (marked below).');
  });

  it('offers the picker only numbers of the form kind and, for geographic ones, of the region', () => {
    const numbers = [verified('+12025550134', 'US'), verified('+14165550134', 'CA'), verified('+18335870229', 'US'), verified('+13125550100')];
    const us = pickerChoice(numbers, 'standard', 'US');
    assert.deepEqual(us.offered.map((n) => n.phoneNumber), ['+12025550134', '+13125550100']);
    assert.equal(us.otherRegion, 1);
    assert.equal(hiddenByRegion(us.otherRegion, 'US'), '1 Canadian number is not shown: the region is US.');
    const ca = pickerChoice(numbers, 'standard', 'CA');
    assert.deepEqual(ca.offered.map((n) => n.phoneNumber), ['+14165550134']);
    assert.equal(hiddenByRegion(ca.otherRegion, 'CA'), '2 US numbers are not shown: the region is CA.');
    // Toll-free numbers serve both regions.
    assert.deepEqual(pickerChoice(numbers, 'tollFree', 'CA').offered.map((n) => n.phoneNumber), ['+18335870229']);
  });
});
