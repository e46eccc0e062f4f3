// What a text-enable request carries that the other build tests leave open: a reseller's business
// name trimmed (standard and toll-free), a toll-free request's callback URL, no TMO migration
// unless asked, and the toll-free shape when the form kind is toll-free.
import assert from 'node:assert/strict';
import { buildRequest, buildStandardRequest, buildTollFreeRequest } from '../../../../src/model/textEnable/build';
import { validStandardDraft, validTollFreeDraft } from '../../../fixtures/textEnableDrafts';

describe('text-enable request fields', () => {
  it('trims a reseller\'s business name', () => {
    assert.equal(buildStandardRequest(validStandardDraft({ loaKind: 'reseller', businessName: ' Acme ' }), ['+12025550134']).resellerLoaInfo?.businessName, 'Acme');
    assert.equal(buildTollFreeRequest(validTollFreeDraft({ loaKind: 'reseller', businessName: ' Acme ' }), ['+18335870229']).resellerLoaInfo?.businessName, 'Acme');
  });

  it('sends a toll-free request\'s callback URL, and no TMO migration unless asked', () => {
    const req = buildTollFreeRequest(validTollFreeDraft({ callbackUrl: ' https://example.com/cb ', migrateToSinchTmo: false }), ['+18335870229']);
    assert.equal(req.callbackUrl, 'https://example.com/cb');
    assert.equal(JSON.parse(JSON.stringify(req)).directLoaInfo.migrateToSinchTmo, undefined);
  });

  it('builds the toll-free request for the toll-free form (its TMO flag inside the LoA)', () => {
    const draft = validTollFreeDraft({ migrateToSinchTmo: true });
    assert.deepEqual(buildRequest('tollFree', draft, ['+18335870229']), buildTollFreeRequest(draft, ['+18335870229']));
    assert.deepEqual(buildRequest('standard', validStandardDraft(), ['+12025550134']), buildStandardRequest(validStandardDraft(), ['+12025550134']));
  });
});
