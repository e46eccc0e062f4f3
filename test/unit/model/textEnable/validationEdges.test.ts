// Validation rules the word tests leave open: an over-long list is not read at all, hidden fields
// are not checked, a value at its limit is taken, a field's "required" words, e-mail and postal
// code read without the spaces around them, the number warnings (none, exactly 500, both at once),
// a blank scheduled time, a region that is not US or CA, a callback URL with a user name only.
import * as assert from 'node:assert/strict';
import { MAX_LENGTH } from '../../../../src/model/textEnable/fields';
import { validateDraft } from '../../../../src/model/textEnable/validate';
import { NOW, validStandardDraft } from '../../../fixtures/textEnableDrafts';

const ctx = { now: NOW };
const standard = (overrides: Parameters<typeof validStandardDraft>[0]) => validateDraft(validStandardDraft(overrides), 'standard', ctx);
const numbers = (count: number, from = 0): string => Array.from({ length: count }, (_, i) => `+1202555${String(from + i).padStart(4, '0')}`).join('\n');

describe('validation edges', () => {
  it('does not read a list over its limit, and takes one at the limit', () => {
    const over = standard({ numbersText: `${numbers(1)}\n${' '.repeat(MAX_LENGTH.numbersText)}` });
    assert.equal(over.errors.numbersText, `Numbers is too long (at most ${MAX_LENGTH.numbersText} characters).`);
    assert.deepEqual([over.numbers.accepted.length, over.numbers.invalid.length], [0, 0]);
    const first = numbers(1);
    const at = standard({ numbersText: `${first}${' '.repeat(MAX_LENGTH.numbersText - first.length)}` });
    assert.equal(at.errors.numbersText, undefined);
    assert.equal(at.numbers.accepted.length, 1);
  });

  it('takes a field at its length limit and does not check a field the form hides', () => {
    assert.equal(standard({ city: 'c'.repeat(MAX_LENGTH.city) }).errors.city, undefined);
    const blanket = standard({ loaKind: 'blanket', businessName: 'b'.repeat(MAX_LENGTH.businessName + 1), email: 'not an e-mail', postalCode: 'nope', country: 'US' });
    assert.deepEqual(blanket.errors, {});
  });

  it('says a field is required in plain words, "for a reseller LoA" only for the business name', () => {
    assert.equal(standard({ firstName: ' ' }).errors.firstName, 'First name is required.');
    assert.equal(standard({ loaKind: 'reseller', businessName: '' }).errors.businessName, 'Business name is required for a reseller LoA.');
  });

  it('reads the e-mail, postal code and country without the spaces around them', () => {
    assert.deepEqual(standard({ email: ' ada@example.com ', postalCode: ' 20500 ', country: ' US ' }).errors, {});
    assert.equal(standard({ postalCode: '2050', country: ' US ' }).errors.postalCode, 'A US ZIP code has 5 digits (or 5+4, e.g. 20500-0001).');
  });

  it('warns of nothing for distinct numbers up to 500, and of both a repeat and a split at once', () => {
    const five = standard({ numbersText: numbers(500) });
    assert.deepEqual(five.warnings, {});
    assert.equal(five.orderCount, 1);
    const both = standard({ numbersText: `${numbers(501)}\n+12025550000` });
    assert.equal(both.warnings.numbersText, '+12025550000 is listed twice (sent once); 501 numbers: Sinch takes at most 500 per order, so they will be sent as 2 orders after you confirm.');
  });

  it('leaves a blank scheduled time alone, and refuses a region other than US or CA', () => {
    assert.equal(standard({ scheduledLocal: '   ', scheduledUtc: '' }).errors.scheduledLocal, undefined);
    assert.equal(standard({ regionCode: 'MX' as 'US' }).errors.regionCode, 'Pick US or CA.');
  });

  it('refuses a callback URL with a user name alone', () => {
    assert.equal(standard({ callbackUrl: 'https://user@example.com/cb' }).errors.callbackUrl, 'The callback URL must not carry a user name or password.');
  });
});
