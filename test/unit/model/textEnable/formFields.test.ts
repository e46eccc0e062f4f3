// Which fields each form shows per LoA kind, in order, and the form's titles and date label.
import * as assert from 'node:assert/strict';
import { emptyDraft, fieldsFor, formTitle, scheduledLabel } from '../../../../src/model/textEnable/fields';

const PERSON = ['firstName', 'lastName', 'email', 'buildingNumber', 'street', 'city', 'state', 'postalCode', 'country', 'currentVoiceCarrier'];
const TAIL = ['scheduledLocal', 'callbackUrl', 'migrateToSinchTmo'];

describe('form fields', () => {
  it('the standard form per LoA kind', () => {
    const head = ['regionCode', 'numbersText', 'servicePlanId', 'campaignId', 'displayName', 'nnid', 'loaKind'];
    assert.deepEqual(fieldsFor('standard', 'direct'), [...head, ...PERSON, ...TAIL]);
    assert.deepEqual(fieldsFor('standard', 'reseller'), [...head, ...PERSON, 'businessName', ...TAIL]);
    assert.deepEqual(fieldsFor('standard', 'blanket'), [...head, ...TAIL]);
  });

  it('the toll-free form: no campaign or NNID, and always a person', () => {
    const head = ['regionCode', 'numbersText', 'servicePlanId', 'displayName', 'loaKind'];
    assert.deepEqual(fieldsFor('tollFree', 'direct'), [...head, ...PERSON, ...TAIL]);
    assert.deepEqual(fieldsFor('tollFree', 'blanket'), [...head, ...PERSON, ...TAIL]);
    assert.deepEqual(fieldsFor('tollFree', 'reseller'), [...head, ...PERSON, 'businessName', ...TAIL]);
  });

  it('titles, the date label and the empty draft', () => {
    assert.equal(formTitle('standard'), 'Text Enable Numbers');
    assert.equal(formTitle('tollFree'), 'Text Enable Toll-Free Numbers');
    assert.equal(scheduledLabel('standard'), 'Scheduled OSR update time');
    assert.equal(scheduledLabel('tollFree'), 'Scheduled Zipwhip provisioning time');
    const empty = emptyDraft();
    assert.equal(empty.regionCode, 'US');
    assert.equal(empty.loaKind, 'direct');
    assert.equal(empty.migrateToSinchTmo, false);
    assert.ok(Object.entries(empty).every(([k, v]) => ['regionCode', 'loaKind', 'migrateToSinchTmo'].includes(k) || v === ''));
  });
});
