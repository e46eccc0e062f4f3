import * as assert from 'node:assert/strict';
import { assertE164, formatNanp, isTollFree, parseNanpNumber, parseNumberList, regionOf } from '../../../src/model/phone';

describe('phone numbers (NANP)', () => {
  it('normalises what people paste to E.164', () => {
    for (const input of ['+12025550134', '(202) 555-0134', '202.555.0134', '1 202 555 0134', ' +1-202-555-0134 ']) {
      const parsed = parseNanpNumber(input);
      assert.ok(parsed.ok, input);
      assert.equal(parsed.e164, '+12025550134');
    }
  });

  it('tells Canada from the US by area code and spots toll-free numbers', () => {
    assert.equal(regionOf('+14165550199'), 'CA');
    assert.equal(regionOf('+12025550134'), 'US');
    assert.equal(isTollFree('+18335870229'), true);
    assert.equal(isTollFree('+12025550134'), false);
    const parsed = parseNanpNumber('+1 604 555 1234');
    assert.ok(parsed.ok);
    assert.equal(parsed.region, 'CA');
  });

  it('refuses bad entries with a reason the user can act on', () => {
    const cases: Array<[string, RegExp]> = [
      ['+1202/../x', /contains "\/"/],
      ['+12025550134?x=1', /contains "\?"/],
      ['%2B12025550134', /contains "%"/],
      ['+４４２０２５５５０１３４', /contains/],
      ['+442079460958', /not a US\/CA number/],
      ['20255501', /has 8 digits/],
      ['+11234567890', /area code 123 cannot start with 1/],
      ['+12021234567', /exchange 123 cannot start with 1/],
      ['1'.repeat(200), /too long/],
      ['12+025550134', /"\+" may only lead/],
    ];
    for (const [input, reason] of cases) {
      const parsed = parseNanpNumber(input);
      assert.equal(parsed.ok, false, input);
      if (!parsed.ok) assert.match(parsed.reason, reason, input);
    }
  });

  it('says what was typed and what is expected when the length is wrong, with or without the country code', () => {
    const reasonOf = (input: string): string => {
      const parsed = parseNanpNumber(input);
      assert.equal(parsed.ok, false, input);
      return parsed.ok ? '' : parsed.reason;
    };
    // No country code typed: counting "after the country code" would be wrong.
    assert.equal(reasonOf('12345'), 'has 5 digits; US/CA numbers have 10 (area code first, e.g. 2025550134) or 11 starting with the country code 1');
    assert.equal(reasonOf('202555013456789'), 'has 15 digits; US/CA numbers have 10 (area code first, e.g. 2025550134) or 11 starting with the country code 1');
    assert.equal(reasonOf('+1202555013'), 'has 9 digits after +1; US/CA numbers have 10 after +1, e.g. +12025550134');
    assert.equal(reasonOf('+1 2'), 'has 1 digit after +1; US/CA numbers have 10 after +1, e.g. +12025550134');
  });

  it('splits pasted lists on commas, new lines and between whole numbers, keeping duplicates once', () => {
    const list = parseNumberList('+12025550134, (416) 555-0199\n+1 833 587 0229 +12025550134;abc');
    assert.deepEqual(list.valid.map((v) => v.e164), ['+12025550134', '+14165550199', '+18335870229']);
    assert.deepEqual(list.duplicates, ['+12025550134']);
    assert.deepEqual(list.invalid.map((i) => i.input), ['abc']);
  });

  it('formats for display and guards URL paths', () => {
    assert.equal(formatNanp('+12025550134'), '+1 202-555-0134');
    assert.equal(assertE164('+12025550134'), '+12025550134');
    assert.throws(() => assertE164('+1202/../x'), RangeError);
    assert.throws(() => assertE164('12025550134'), RangeError);
  });
});
