import * as assert from 'node:assert/strict';
import { fieldsFor, type TextEnableDraft } from '../../../../src/model/textEnable/fields';
import { validateDraft } from '../../../../src/model/textEnable/validate';
import { NOW, manyNumbers, validStandardDraft, validTollFreeDraft } from '../../../fixtures/textEnableDrafts';

const ctx = { now: NOW };

describe('text-enable validation', () => {
  it('accepts a complete standard draft and a complete toll-free draft', () => {
    const std = validateDraft(validStandardDraft(), 'standard', ctx);
    assert.deepEqual(std.errors, {});
    assert.equal(std.ok, true);
    assert.deepEqual(std.numbers.accepted, ['+12025550134', '+12025550135']);
    const tf = validateDraft(validTollFreeDraft(), 'tollFree', ctx);
    assert.deepEqual(tf.errors, {});
    assert.deepEqual(tf.numbers.accepted, ['+18335870229', '+18339460473']);
  });

  const required: Array<[keyof TextEnableDraft, RegExp]> = [
    ['servicePlanId', /Service plan ID is required/],
    ['campaignId', /Campaign ID is required/],
    ['firstName', /First name is required/],
    ['lastName', /Last name is required/],
    ['email', /E-mail is required/],
    ['buildingNumber', /Building number is required/],
    ['street', /Street is required/],
    ['city', /City is required/],
    ['state', /State or province is required/],
    ['postalCode', /Postal code is required/],
    ['country', /Country is required/],
    ['currentVoiceCarrier', /Current voice carrier is required/],
  ];
  for (const [field, message] of required) {
    it(`requires ${field} in a direct LoA, and says so next to that field only`, () => {
      const result = validateDraft(validStandardDraft({ [field]: '   ' }), 'standard', ctx);
      assert.equal(result.ok, false);
      assert.deepEqual(Object.keys(result.errors), [field]);
      assert.match(result.errors[field] ?? '', message);
    });
  }

  it('requires at least one number', () => {
    const result = validateDraft(validStandardDraft({ numbersText: '  \n ' }), 'standard', ctx);
    assert.match(result.errors.numbersText ?? '', /at least one number/);
  });

  it('requires the business name for a reseller LoA only', () => {
    assert.match(validateDraft(validStandardDraft({ loaKind: 'reseller' }), 'standard', ctx).errors.businessName ?? '', /required for a reseller/);
    assert.equal(validateDraft(validStandardDraft({ loaKind: 'reseller', businessName: 'Acme Resale' }), 'standard', ctx).ok, true);
    assert.equal(validateDraft(validStandardDraft({ loaKind: 'direct', businessName: '' }), 'standard', ctx).ok, true);
  });

  it('needs no person or address for a blanket LoA in the standard form', () => {
    const blanket = validStandardDraft({ loaKind: 'blanket', firstName: '', email: '', street: '', currentVoiceCarrier: '' });
    assert.deepEqual(validateDraft(blanket, 'standard', ctx).errors, {});
    assert.equal(fieldsFor('standard', 'blanket').includes('email'), false);
  });

  it('refuses a blanket LoA in the toll-free form', () => {
    const result = validateDraft(validTollFreeDraft({ loaKind: 'blanket' }), 'tollFree', ctx);
    assert.match(result.errors.loaKind ?? '', /direct or reseller/);
  });

  it('does not ask the toll-free form for a campaign ID or NNID', () => {
    const result = validateDraft(validTollFreeDraft({ campaignId: '', nnid: 'not digits' }), 'tollFree', ctx);
    assert.equal(result.ok, true);
  });

  it('checks the e-mail address the LoA is sent to', () => {
    for (const bad of ['ada', 'ada@', 'ada@example', 'ada example.com', 'a@b@c.com']) {
      const result = validateDraft(validStandardDraft({ email: bad }), 'standard', ctx);
      assert.match(result.errors.email ?? '', /e-mail address like name@example.com/, bad);
    }
  });

  it('flags toll-free numbers in the standard form, and the reverse, as belonging to the other form', () => {
    const std = validateDraft(validStandardDraft({ numbersText: '+12025550134\n+18005550100' }), 'standard', ctx);
    assert.deepEqual(std.numbers.otherForm, ['+18005550100']);
    assert.match(std.errors.numbersText ?? '', /\+18005550100 is toll-free: move it to the toll-free form/);
    const tf = validateDraft(validTollFreeDraft({ numbersText: '+18005550100, +12025550134, +12025550135' }), 'tollFree', ctx);
    assert.deepEqual(tf.numbers.otherForm, ['+12025550134', '+12025550135']);
    assert.match(tf.errors.numbersText ?? '', /2 numbers are not toll-free: move them to the standard form/);
  });

  it('names unreadable entries with the reason', () => {
    const result = validateDraft(validStandardDraft({ numbersText: '+12025550134\n12345\nabc' }), 'standard', ctx);
    assert.match(result.errors.numbersText ?? '', /2 entries are not a US\/CA number: "12345" has 5 digits.*"abc" contains "a"/);
  });

  it('warns, without blocking, about duplicates', () => {
    const result = validateDraft(validStandardDraft({ numbersText: '+12025550134\n202-555-0134' }), 'standard', ctx);
    assert.equal(result.ok, true);
    assert.match(result.warnings.numbersText ?? '', /\+12025550134 is listed twice/);
  });

  it('refuses numbers of the other region in a standard order (one region per order), not in a toll-free one', () => {
    const result = validateDraft(validStandardDraft({ numbersText: '+12025550134\n+14165550199' }), 'standard', ctx);
    assert.match(result.errors.numbersText ?? '', /\+14165550199 is Canadian but the region is US: .*separate order/);
    assert.equal(validateDraft(validStandardDraft({ regionCode: 'CA', numbersText: '+14165550199' }), 'standard', ctx).ok, true);
    assert.equal(validateDraft(validTollFreeDraft({ regionCode: 'CA' }), 'tollFree', ctx).ok, true);
  });

  it('says that more than 500 numbers become several orders, without blocking', () => {
    const result = validateDraft(validStandardDraft({ numbersText: manyNumbers(1201).join('\n') }), 'standard', ctx);
    assert.equal(result.ok, true);
    assert.equal(result.orderCount, 3);
    assert.match(result.warnings.numbersText ?? '', /1201 numbers: .* at most 500 per order, so they will be sent as 3 orders after you confirm/);
    assert.equal(validateDraft(validStandardDraft({ numbersText: manyNumbers(500).join('\n') }), 'standard', ctx).orderCount, 1);
  });

  it('checks identifiers, NNID and postal codes by country', () => {
    assert.match(validateDraft(validStandardDraft({ servicePlanId: 'abc def' }), 'standard', ctx).errors.servicePlanId ?? '', /letters, digits/);
    assert.match(validateDraft(validStandardDraft({ nnid: '10x' }), 'standard', ctx).errors.nnid ?? '', /NNID is a number/);
    assert.equal(validateDraft(validStandardDraft({ nnid: '104029' }), 'standard', ctx).ok, true);
    assert.match(validateDraft(validStandardDraft({ postalCode: '2050' }), 'standard', ctx).errors.postalCode ?? '', /ZIP code/);
    assert.equal(validateDraft(validStandardDraft({ postalCode: '20500-0001' }), 'standard', ctx).ok, true);
    assert.match(validateDraft(validStandardDraft({ country: 'Canada', postalCode: '20500' }), 'standard', ctx).errors.postalCode ?? '', /K1A 0B1/);
    assert.equal(validateDraft(validStandardDraft({ country: 'Canada', postalCode: 'k1a 0b1' }), 'standard', ctx).ok, true);
    assert.equal(validateDraft(validStandardDraft({ country: 'Mexico', postalCode: 'anything' }), 'standard', ctx).ok, true);
  });

  it('checks the callback URL: https, or http on loopback, never with credentials', () => {
    const check = (url: string) => validateDraft(validStandardDraft({ callbackUrl: url }), 'standard', ctx).errors.callbackUrl;
    assert.equal(check('https://example.com/cb'), undefined);
    assert.equal(check('http://127.0.0.1:8080/cb'), undefined);
    assert.equal(check('http://localhost/cb'), undefined);
    assert.match(check('http://example.com/cb') ?? '', /must use https/);
    assert.match(check('https://user:pw@example.com/cb') ?? '', /user name or password/);
    assert.match(check('example.com/cb') ?? '', /full URL/);
    assert.match(check('javascript:alert(1)') ?? '', /must use https/);
  });

  it('refuses scheduled times in the past or not a real date', () => {
    const future = validateDraft(validStandardDraft({ scheduledLocal: '2030-07-01T09:30', scheduledUtc: '2030-07-01T13:30:00.000Z' }), 'standard', ctx);
    assert.equal(future.ok, true);
    const past = validateDraft(validStandardDraft({ scheduledLocal: '2030-05-01T09:30', scheduledUtc: '2030-05-01T13:30:00.000Z' }), 'standard', ctx);
    assert.match(past.errors.scheduledLocal ?? '', /OSR update time is in the past/);
    const tfPast = validateDraft(validTollFreeDraft({ scheduledLocal: '2030-05-01T09:30', scheduledUtc: '2030-05-01T13:30:00.000Z' }), 'tollFree', ctx);
    assert.match(tfPast.errors.scheduledLocal ?? '', /Zipwhip provisioning time is in the past/);
    const forged = validateDraft(validStandardDraft({ scheduledLocal: '2030-07-01T09:30', scheduledUtc: 'tomorrow' }), 'standard', ctx);
    assert.match(forged.errors.scheduledLocal ?? '', /not a valid date/);
  });

  it('refuses control characters and over-long values', () => {
    assert.match(validateDraft(validStandardDraft({ firstName: 'Ada\u0000' }), 'standard', ctx).errors.firstName ?? '', /control character/);
    assert.match(validateDraft(validStandardDraft({ city: 'x'.repeat(101) }), 'standard', ctx).errors.city ?? '', /too long/);
  });
});
