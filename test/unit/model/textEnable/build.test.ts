import * as assert from 'node:assert/strict';
import { buildStandardRequest, buildTollFreeRequest } from '../../../../src/model/textEnable/build';
import { validStandardDraft, validTollFreeDraft } from '../../../fixtures/textEnableDrafts';

const person = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' };
const address = { buildingNumber: '1600', street: 'Pennsylvania Avenue NW', city: 'Washington', state: 'DC', postalCode: '20500', country: 'US' };

describe('text-enable request builders', () => {
  it('builds a standard request with a direct LoA, in the wire names of the reference', () => {
    const draft = validStandardDraft({ displayName: ' Spring launch ', nnid: '104029', scheduledLocal: '2030-07-01T09:30', scheduledUtc: '2030-07-01T13:30:00.000Z', callbackUrl: 'https://example.com/cb', migrateToSinchTmo: true });
    const request = buildStandardRequest(draft, ['+12025550134']);
    assert.deepEqual(request, {
      regionCode: 'US',
      numbers: ['+12025550134'],
      servicePlanId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      campaignId: 'C3O84GA',
      displayName: 'Spring launch',
      nnid: '104029',
      directLoaInfo: { authorisedPerson: person, address, currentVoiceCarrier: 'Verizon' },
      scheduledOsrUpdateTime: '2030-07-01T13:30:00.000Z',
      callbackUrl: 'https://example.com/cb',
      migrateToSinchTmo: true,
    });
    // Key order follows Sinch's sample, so the preview reads like the documentation.
    assert.deepEqual(Object.keys(request).slice(0, 4), ['regionCode', 'numbers', 'servicePlanId', 'campaignId']);
  });

  it('leaves optional fields out when empty, rather than sending empty strings', () => {
    const request = buildStandardRequest(validStandardDraft(), ['+12025550134']);
    assert.deepEqual(Object.keys(request).sort(), ['campaignId', 'directLoaInfo', 'numbers', 'regionCode', 'servicePlanId']);
  });

  it('sends a reseller LoA with the business name, and a blanket LoA as {}', () => {
    const reseller = buildStandardRequest(validStandardDraft({ loaKind: 'reseller', businessName: 'Acme Resale' }), ['+12025550134']);
    assert.deepEqual(reseller.resellerLoaInfo, { businessName: 'Acme Resale', authorisedPerson: person, address, currentVoiceCarrier: 'Verizon' });
    assert.equal(reseller.directLoaInfo, undefined);
    const blanket = buildStandardRequest(validStandardDraft({ loaKind: 'blanket' }), ['+12025550134']);
    assert.deepEqual(blanket.blanketLoaInfo, {});
    assert.equal(blanket.directLoaInfo, undefined);
    assert.equal(blanket.resellerLoaInfo, undefined);
  });

  it('puts the Zipwhip time and TMO flag inside the toll-free LoA object, as Sinch samples do', () => {
    const draft = validTollFreeDraft({ scheduledLocal: '2030-07-01T09:30', scheduledUtc: '2030-07-01T13:30:00.000Z', migrateToSinchTmo: true, displayName: 'TF', campaignId: 'IGNORED', nnid: '1' });
    const request = buildTollFreeRequest(draft, ['+18335870229']);
    assert.deepEqual(request, {
      regionCode: 'US',
      numbers: ['+18335870229'],
      servicePlanId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      directLoaInfo: { authorisedPerson: person, address, currentVoiceCarrier: 'Verizon', scheduledZipwhipProvisioningTime: '2030-07-01T13:30:00.000Z', migrateToSinchTmo: true },
      displayName: 'TF',
    });
    const reseller = buildTollFreeRequest(validTollFreeDraft({ loaKind: 'reseller', businessName: 'Acme' }), ['+18335870229']);
    assert.equal(reseller.resellerLoaInfo?.businessName, 'Acme');
    assert.equal(reseller.directLoaInfo, undefined);
  });

  it('ignores a scheduled UTC time when the picker is empty', () => {
    const request = buildStandardRequest(validStandardDraft({ scheduledLocal: '', scheduledUtc: '2030-07-01T13:30:00.000Z' }), ['+12025550134']);
    assert.equal(request.scheduledOsrUpdateTime, undefined);
  });
});
