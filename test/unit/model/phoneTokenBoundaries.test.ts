// Spaced numbers whose tokens reach ten digits before the number ends: a leading 1 or "+" means
// the country code's digit is still to come, so the entry is not cut there. And eleven digits
// without a leading 1 are not read as a country code.
import * as assert from 'node:assert/strict';
import { parseNanpNumber, parseNumberList } from '../../../src/model/phone';

describe('phone lists: where a spaced number ends', () => {
  it('does not cut a number written with a leading 1 at ten digits', () => {
    const parsed = parseNumberList('1 202 555 013 4');
    assert.deepEqual(parsed.valid.map((v) => v.e164), ['+12025550134']);
    assert.deepEqual(parsed.invalid, []);
  });

  it('does not cut a number written with "+" at ten digits', () => {
    assert.deepEqual(parseNumberList('+44 20 7946 00 00').invalid.map((i) => i.input), ['+44 20 7946 00 00']);
  });

  it('reads eleven digits without a leading 1 as too many, not as a country code', () => {
    const parsed = parseNanpNumber('22025550134');
    assert.equal(parsed.ok, false);
  });
});
