// Entries as people paste them, at the edges of the rules: what is echoed back (invisible
// characters shown, links made inert, long entries cut), and how a pasted list is split.
import * as assert from 'node:assert/strict';
import { formatNanp, isTollFree, parseNanpNumber, parseNumberList, regionOf } from '../../../src/model/phone';

const refusal = (input: string): { input: string; reason: string } => {
  const parsed = parseNanpNumber(input);
  assert.equal(parsed.ok, false, input);
  return parsed.ok ? { input: '', reason: '' } : { input: parsed.input, reason: parsed.reason };
};

describe('phone entries at the edges', () => {
  it('an empty entry', () => {
    assert.deepEqual(refusal('   '), { input: '', reason: 'empty entry' });
  });

  it('names an invisible character by code point and shows it as a replacement character', () => {
    assert.deepEqual(refusal('+1 202\u200b555 0134'), { input: '+1 202\ufffd555 0134', reason: 'contains U+200B; use digits only, e.g. +12025550134' });
    assert.deepEqual(refusal('202\u2028555 0134'), { input: '202\ufffd555 0134', reason: 'contains U+2028; use digits only, e.g. +12025550134' });
  });

  it('quotes a visible bad character and keeps links inert in the echo', () => {
    assert.deepEqual(refusal('[x](command:y) 202'), { input: '[x] (command:y) 202', reason: 'contains "["; use digits only, e.g. +12025550134' });
  });

  it('cuts an entry over 40 characters to 20 and says how long it was', () => {
    assert.deepEqual(refusal('a'.repeat(41)), { input: `${'a'.repeat(20)}…`, reason: 'too long (41 characters)' });
    assert.deepEqual(refusal('2'.repeat(40)).reason, 'has 40 digits; US/CA numbers have 10 (area code first, e.g. 2025550134) or 11 starting with the country code 1');
  });

  it('takes a leading 1 of 11 digits as the country code, and only then', () => {
    assert.equal(parseNanpNumber('12025550134').ok, true);
    assert.equal(parseNanpNumber('1 2025550134').ok, true);
    assert.deepEqual(refusal('1202555013'), { input: '1202555013', reason: 'area code 120 cannot start with 1' });
    assert.deepEqual(refusal('+2 202'), { input: '+2 202', reason: 'not a US/CA number: Sinch hosts only +1 numbers' });
    assert.deepEqual(refusal('++12025550134').reason, '"+" may only lead the number');
  });

  it('gives the parts of a valid number', () => {
    assert.deepEqual(parseNanpNumber('\t(833) 587-0229\t'), { ok: true, e164: '+18335870229', region: 'US', tollFree: true, formatted: '+1 833-587-0229' });
    assert.deepEqual(parseNanpNumber('+1 416 555 0199'), { ok: true, e164: '+14165550199', region: 'CA', tollFree: false, formatted: '+1 416-555-0199' });
  });

  it('leaves what is not a NANP number as it is', () => {
    assert.equal(formatNanp('+442079460958'), '+442079460958');
    assert.equal(isTollFree('+1800555010'), false);
    assert.equal(regionOf('+18005550100'), 'US');
  });

  it('splits a list on spaces between whole numbers, with and without the country code', () => {
    const list = parseNumberList('2025550134 4045550100 1 202 555 0135\t+1 416 555 0199 x 2025550136');
    assert.deepEqual(list.valid.map((v) => v.e164), ['+12025550134', '+14045550100', '+12025550135', '+14165550199', '+12025550136']);
    assert.deepEqual(list.invalid.map((i) => i.input), ['x']);
    assert.deepEqual(parseNumberList('+1202 +1404').invalid.map((i) => i.input), ['+1202', '+1404']);
    assert.deepEqual(parseNumberList('a;b\r\nc').invalid.map((i) => i.input), ['a', 'b', 'c']);
  });
});
