import * as assert from 'node:assert/strict';
import { fieldForViolation, mapViolations } from '../../../../src/model/textEnable/violations';

describe("Sinch's field violations -> form fields", () => {
  it('maps wire paths in camelCase or snake_case to the field they are about', () => {
    assert.equal(fieldForViolation('directLoaInfo.authorisedPerson.email'), 'email');
    assert.equal(fieldForViolation('reseller_loa_info.address.postal_code'), 'postalCode');
    assert.equal(fieldForViolation('numbers[3]'), 'numbersText');
    assert.equal(fieldForViolation('servicePlanId'), 'servicePlanId');
    assert.equal(fieldForViolation('scheduledOsrUpdateTime'), 'scheduledLocal');
    assert.equal(fieldForViolation('directLoaInfo.scheduledZipwhipProvisioningTime'), 'scheduledLocal');
    assert.equal(fieldForViolation('somethingElse'), undefined);
    assert.equal(fieldForViolation('__proto__'), undefined);
    assert.equal(fieldForViolation('toString'), undefined);
  });

  it('keeps violations that match no field for the top of the form', () => {
    const mapped = mapViolations([
      { field: 'campaignId', description: 'Campaign not found.' },
      { field: 'campaign_id', description: 'Campaign is suspended.' },
      { field: 'smsAppId', description: 'Unknown app.' },
    ]);
    assert.deepEqual(mapped.fields, { campaignId: 'Campaign not found. Campaign is suspended.' });
    assert.deepEqual(mapped.unmatched, ['smsAppId: Unknown app.']);
  });
});
