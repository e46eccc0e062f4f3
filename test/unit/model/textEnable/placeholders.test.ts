import * as assert from 'node:assert/strict';
import { FIELD_LABELS, FORM_KINDS, type FieldName } from '../../../../src/model/textEnable/fields';
import { MAX_GRID_PLACEHOLDER_CHARS, placeholderFor } from '../../../../src/model/textEnable/placeholders';
import { validateDraft } from '../../../../src/model/textEnable/validate';
import { NOW, validStandardDraft } from '../../../fixtures/textEnableDrafts';

const FIELDS = Object.keys(FIELD_LABELS) as FieldName[];

describe('text-enable form placeholders', () => {
  for (const kind of FORM_KINDS) {
    it(`never look like a filled-in value (${kind})`, () => {
      for (const name of FIELDS) {
        const text = placeholderFor(kind, name);
        if (text === undefined) continue;
        // "e.g." / "Optional" up front, or a description in words (several words, no digits).
        const example = /^(e\.g\. |Optional\b)/.test(text);
        const description = text.split(/\s+/).length >= 4 && !/\d/.test(text);
        assert.ok(example || description, `${kind} ${name}: "${text}" reads like a value`);
      }
    });

    it(`are refused as the value of the ID fields, so a box showing one is clearly empty (${kind})`, () => {
      for (const name of ['servicePlanId', 'campaignId', 'nnid'] as const) {
        const text = placeholderFor(kind, name);
        if (text === undefined) continue;
        const v = validateDraft(validStandardDraft({ [name]: text }), 'standard', { now: NOW });
        assert.ok(v.errors[name], `${name}: the placeholder "${text}" passes as an ID`);
      }
    });
  }

  it('fit the narrowest box of the form grid, so none is cut off mid-word (the numbers box is full width)', () => {
    for (const kind of FORM_KINDS) {
      for (const name of FIELDS.filter((f) => f !== 'numbersText')) {
        const text = placeholderFor(kind, name) ?? '';
        assert.ok(text.length <= MAX_GRID_PLACEHOLDER_CHARS, `${kind} ${name}: "${text}" is ${text.length} characters`);
      }
    }
  });

  it('says what goes in the ID boxes', () => {
    assert.match(placeholderFor('standard', 'servicePlanId') ?? '', /service plan/i);
    assert.match(placeholderFor('standard', 'campaignId') ?? '', /campaign/i);
    assert.match(placeholderFor('tollFree', 'numbersText') ?? '', /^e\.g\. \+1833/);
  });
});
