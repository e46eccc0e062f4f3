// How a pasted run of spaced numbers is split (a leading 1 or "+" asks for the country code's
// digit too), how a refused spaced entry is echoed (with its spaces, every invisible character
// replaced, runs of spaces as one), and control characters named by a four-digit code point.
import * as assert from 'node:assert/strict';
import { parseNanpNumber, parseNumberList } from '../../../src/model/phone';

describe('phone lists: splitting and echoes', () => {
  it('splits spaced numbers written with a leading 1, and keeps a spaced foreign number whole', () => {
    assert.deepEqual(parseNumberList('1 202 555 0134 1 202 555 0135').valid.map((v) => v.e164), ['+12025550134', '+12025550135']);
    assert.deepEqual(parseNumberList('+44 20 7946 0000').invalid, [{ ok: false, input: '+44 20 7946 0000', reason: 'not a US/CA number: Sinch hosts only +1 numbers' }]);
  });

  it('echoes a refused spaced entry with its spaces', () => {
    const parsed = parseNumberList('+1 202 555 013, 1 202 555 0136');
    assert.deepEqual(parsed.invalid.map((i) => i.input), ['+1 202 555 013']);
    assert.deepEqual(parsed.valid.map((v) => v.e164), ['+12025550136']);
  });

  it('replaces every invisible character in the echo, shows runs of spaces as one, and names a control character by four digits', () => {
    const control = parseNanpNumber('+1 202\u0001555\u200b0134');
    assert.deepEqual(control, { ok: false, input: '+1 202\ufffd555\ufffd0134', reason: 'contains U+0001; use digits only, e.g. +12025550134' });
    const spaced = parseNanpNumber('+1 202   555\u00a0 0134x');
    assert.equal(spaced.ok ? '' : spaced.input, '+1 202 555 0134x');
  });
});
