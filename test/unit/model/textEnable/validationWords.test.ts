// The exact sentence next to each field when a draft is refused, per rule and per count (one or
// several), and the edges of the rules (the scheduled time equal to now, postal codes per country,
// callback URLs on loopback, control characters, lengths).
import * as assert from 'node:assert/strict';
import { validateDraft } from '../../../../src/model/textEnable/validate';
import { NOW, validStandardDraft, validTollFreeDraft } from '../../../fixtures/textEnableDrafts';

const ctx = { now: NOW };
const standard = (overrides: Parameters<typeof validStandardDraft>[0]) => validateDraft(validStandardDraft(overrides), 'standard', ctx);
const tollFree = (overrides: Parameters<typeof validTollFreeDraft>[0]) => validateDraft(validTollFreeDraft(overrides), 'tollFree', ctx);
const DIGITS_ONLY = 'use digits only, e.g. +12025550134';

describe('validation words', () => {
  it('names up to three unreadable entries and counts the rest', () => {
    assert.deepEqual(standard({ numbersText: 'a' }).errors, { numbersText: `One entry is not a US/CA number: "a" contains "a"; ${DIGITS_ONLY}.` });
    assert.deepEqual(standard({ numbersText: 'a, b, c, d, +12025550134' }).errors, {
      numbersText: `4 entries are not a US/CA number: "a" contains "a"; ${DIGITS_ONLY}; "b" contains "b"; ${DIGITS_ONLY}; "c" contains "c"; ${DIGITS_ONLY} (and 1 more).`,
    });
  });

  it('names exactly three unreadable entries without counting more', () => {
    assert.equal(
      standard({ numbersText: 'a, b, c' }).errors.numbersText,
      `3 entries are not a US/CA number: "a" contains "a"; ${DIGITS_ONLY}; "b" contains "b"; ${DIGITS_ONLY}; "c" contains "c"; ${DIGITS_ONLY}.`,
    );
  });

  it('sends numbers of the other form there, one or several', () => {
    assert.equal(standard({ numbersText: '+18335870229, +12025550134' }).errors.numbersText, '+18335870229 is toll-free: move it to the toll-free form.');
    assert.equal(standard({ numbersText: '+18335870229, +18335870230' }).errors.numbersText, '2 numbers are toll-free: move them to the toll-free form.');
    assert.equal(tollFree({ numbersText: '+12025550134, +18335870229' }).errors.numbersText, '+12025550134 is not toll-free: move it to the standard form.');
  });

  it('keeps one region per order, one or several', () => {
    assert.equal(
      standard({ numbersText: '+14165550199, +12025550134' }).errors.numbersText,
      '+14165550199 is Canadian but the region is US: Sinch takes one region per order, so send it in a separate order.',
    );
    assert.equal(
      standard({ regionCode: 'CA', numbersText: '+12025550134, +12025550135, +14165550199' }).errors.numbersText,
      '2 numbers are US but the region is CA: Sinch takes one region per order, so send them in a separate order.',
    );
  });

  it('warns about several numbers listed twice', () => {
    const result = standard({ numbersText: '+12025550134, +12025550134, +12025550135, +12025550135' });
    assert.equal(result.ok, true);
    assert.deepEqual(result.warnings, { numbersText: '2 numbers are listed twice (sent once).' });
  });

  it('words each field rule', () => {
    assert.deepEqual(standard({ nnid: '12a' }).errors, { nnid: "NNID is a number, e.g. 104029 (leave it empty to use Sinch's)." });
    assert.deepEqual(standard({ nnid: ' 104029 ' }).errors, {});
    assert.deepEqual(standard({ servicePlanId: 'a b', campaignId: ' ' }).errors, {
      servicePlanId: 'Service plan ID takes letters, digits, "-" and "_" only (copy it from the Sinch dashboard).',
      campaignId: 'Campaign ID is required.',
    });
    assert.deepEqual(standard({ loaKind: 'x' as 'direct' }).errors, { loaKind: 'Pick direct, reseller or blanket.' });
    assert.deepEqual(standard({ loaKind: 'reseller', businessName: ' ' }).errors, { businessName: 'Business name is required for a reseller LoA.' });
    assert.deepEqual(standard({ migrateToSinchTmo: 'yes' as unknown as boolean }).errors, { migrateToSinchTmo: 'Tick or untick the box.' });
  });

  it('checks postal codes by the country as typed', () => {
    assert.deepEqual(standard({ postalCode: '1234', country: 'USA' }).errors, { postalCode: 'A US ZIP code has 5 digits (or 5+4, e.g. 20500-0001).' });
    assert.deepEqual(standard({ postalCode: '20500-0001', country: 'United States' }).errors, {});
    assert.deepEqual(standard({ postalCode: '12345', country: 'Canada' }).errors, { postalCode: 'A Canadian postal code looks like K1A 0B1.' });
    assert.deepEqual(standard({ postalCode: 'k1a-0b1', country: ' ca ' }).errors, {});
    assert.deepEqual(standard({ postalCode: 'SW1A 1AA', country: 'UK' }).errors, {});
  });

  it('refuses a scheduled time that is not real or not later than now', () => {
    assert.deepEqual(tollFree({ scheduledLocal: '2030-02-30T10:00', scheduledUtc: '2030-03-02T10:00:00.000Z' }).errors, { scheduledLocal: 'The Zipwhip provisioning time is not a valid date and time.' });
    assert.deepEqual(standard({ scheduledLocal: '2030-06-01T12:00', scheduledUtc: 'soon' }).errors, { scheduledLocal: 'The OSR update time is not a valid date and time.' });
    assert.deepEqual(standard({ scheduledLocal: '2030-06-01T12:00', scheduledUtc: NOW.toISOString() }).errors, { scheduledLocal: 'The OSR update time is in the past; pick a later time or leave it empty.' });
    assert.deepEqual(standard({ scheduledLocal: '2030-06-01T12:00', scheduledUtc: new Date(NOW.getTime() + 1).toISOString() }).errors, {});
  });

  it('words each callback URL refusal, and takes http on [::1]', () => {
    assert.deepEqual(standard({ callbackUrl: 'nope' }).errors, { callbackUrl: 'Enter a full URL, e.g. https://example.com/sinch/callbacks.' });
    assert.deepEqual(standard({ callbackUrl: 'https://u:p@example.com' }).errors, { callbackUrl: 'The callback URL must not carry a user name or password.' });
    assert.deepEqual(standard({ callbackUrl: 'https://:p@example.com' }).errors, { callbackUrl: 'The callback URL must not carry a user name or password.' });
    assert.deepEqual(standard({ callbackUrl: 'http://example.com' }).errors, { callbackUrl: 'The callback URL must use https:// (http:// only for localhost, e.g. with the sandbox).' });
    assert.deepEqual(standard({ callbackUrl: 'ftp://localhost/cb' }).errors, { callbackUrl: 'The callback URL must use https:// (http:// only for localhost, e.g. with the sandbox).' });
    assert.deepEqual(standard({ callbackUrl: ' http://[::1]:3000/cb ' }).errors, {});
  });

  it('words control characters and lengths, and lets tabs and new lines into the numbers', () => {
    assert.deepEqual(standard({ city: 'a\u2028b', numbersText: '+12025550134\t\n' }).errors, { city: 'City contains a control character.' });
    assert.deepEqual(standard({ nnid: '1'.repeat(17), numbersText: 'x'.repeat(200_001) }).errors, {
      numbersText: 'Numbers is too long (at most 200000 characters).',
      nnid: 'NNID is too long (at most 16 characters).',
    });
  });
});
