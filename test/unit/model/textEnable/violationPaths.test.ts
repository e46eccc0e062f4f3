// Sinch's wire paths mapped to the form's fields: indexes, empty segments and snake_case stripped,
// names in any case; a path that maps to nothing keeps its name at the top of the form, and two
// violations of one field are both shown.
import * as assert from 'node:assert/strict';
import { fieldForViolation, mapViolations } from '../../../../src/model/textEnable/violations';

describe('violation paths', () => {
  it('maps the last segment of a path', () => {
    assert.equal(fieldForViolation('numbers[12]'), 'numbersText');
    assert.equal(fieldForViolation('resellerLoaInfo..business_name'), 'businessName');
    assert.equal(fieldForViolation('DIRECT_LOA_INFO.ADDRESS.POSTAL_CODE'), 'postalCode');
    assert.equal(fieldForViolation('numbers[]'), 'numbersText');
    assert.equal(fieldForViolation(''), undefined);
    assert.equal(fieldForViolation('constructor'), undefined);
    assert.equal(fieldForViolation('toString'), undefined);
  });

  it('joins two violations of one field and keeps the unmatched ones with their path', () => {
    assert.deepEqual(mapViolations([
      { field: 'email', description: 'Not an address.' },
      { field: 'directLoaInfo.authorisedPerson.email', description: 'Too long.' },
      { field: 'somethingNew', description: 'Odd.' },
      { field: '', description: 'General problem.' },
    ]), { fields: { email: 'Not an address. Too long.' }, unmatched: ['somethingNew: Odd.', 'General problem.'] });
  });
});
