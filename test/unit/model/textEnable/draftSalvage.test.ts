// A stored draft from an older version keeps each field that is still good (region, LoA kind, the
// TMO flag, texts up to their limit) and resets the rest.
import * as assert from 'node:assert/strict';
import { salvageDraft } from '../../../../src/model/textEnable/draft';
import { emptyDraft, MAX_LENGTH } from '../../../../src/model/textEnable/fields';

describe('salvaging a stored draft', () => {
  it('keeps the good fields of a draft the schema refuses', () => {
    const draft = salvageDraft({ regionCode: 'CA', loaKind: 'reseller', migrateToSinchTmo: true, city: 'Toronto', retired: 1, nnid: 'n'.repeat(MAX_LENGTH.nnid) });
    assert.equal(draft.regionCode, 'CA');
    assert.equal(draft.loaKind, 'reseller');
    assert.equal(draft.migrateToSinchTmo, true);
    assert.equal(draft.city, 'Toronto');
    assert.equal(draft.nnid, 'n'.repeat(MAX_LENGTH.nnid));
  });

  it('resets fields of the wrong value, type or length', () => {
    const empty = emptyDraft();
    const draft = salvageDraft({ regionCode: 'MX', loaKind: 'bogus', migrateToSinchTmo: 'yes', city: 7, nnid: 'n'.repeat(MAX_LENGTH.nnid + 1) });
    assert.deepEqual(draft, empty);
    assert.deepEqual(salvageDraft({ regionCode: 'US', loaKind: 42, migrateToSinchTmo: false, extra: true }), { ...empty, regionCode: 'US', migrateToSinchTmo: false });
    assert.deepEqual(salvageDraft({ loaKind: 'direct', extra: true }), { ...empty, loaKind: 'direct' });
    assert.deepEqual(salvageDraft([1]), empty);
    assert.deepEqual(salvageDraft(null), empty);
  });

  it('does not take fields from the prototype', () => {
    const stored = Object.create({ regionCode: 'CA', loaKind: 'reseller', migrateToSinchTmo: true, city: 'Proto' }) as Record<string, unknown>;
    stored.extra = 1;
    assert.deepEqual(salvageDraft(stored), emptyDraft());
  });
});
