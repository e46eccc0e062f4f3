import * as assert from 'node:assert/strict';
import { findPhoneNumbers, MAX_LINE_LENGTH, numberAt, validNumbersIn } from '../../../../src/model/editor/phoneFinder';

function found(line: string): Array<[string, string]> {
  return findPhoneNumbers(line).map((f) => [f.text, f.parsed.ok ? f.parsed.e164 : `invalid: ${f.parsed.reason}`]);
}

describe('finding phone numbers in a line', () => {
  it('finds E.164 and the common NANP writings, each with its exact span', () => {
    const line = 'call +12025550134 or (202) 555-0135, 202-555-0136; 202.555.0137 / 2025550138 or 1-800-555-0100 or +1 202 555 0139';
    assert.deepEqual(found(line), [
      ['+12025550134', '+12025550134'],
      ['(202) 555-0135', '+12025550135'],
      ['202-555-0136', '+12025550136'],
      ['202.555.0137', '+12025550137'],
      ['2025550138', '+12025550138'],
      ['1-800-555-0100', '+18005550100'],
      ['+1 202 555 0139', '+12025550139'],
    ]);
    for (const f of findPhoneNumbers(line)) assert.equal(line.slice(f.start, f.end), f.text);
  });

  it('reports number-shaped text that breaks the NANP rules, with the reason', () => {
    assert.deepEqual(found('x +1 (123) 555-0134 y'), [['+1 (123) 555-0134', 'invalid: area code 123 cannot start with 1']]);
    assert.deepEqual(found('202-155-0134'), [['202-155-0134', 'invalid: exchange 155 cannot start with 1']]);
  });

  it('ignores digits inside longer runs: IDs, versions, IP addresses, other countries, short numbers', () => {
    assert.deepEqual(found('id 120255501370000 and abc2025550134 and 2025550134xyz'), []);
    assert.deepEqual(found('10.202.555.0134 and 555-0134 and +44 20 7946 0958'), []);
  });

  it('does not look at lines longer than MAX_LINE_LENGTH', () => {
    assert.deepEqual(findPhoneNumbers(`${'x'.repeat(MAX_LINE_LENGTH)} +12025550134`), []);
  });

  it('finds the number under the cursor, both ends included', () => {
    const line = 'a (202) 555-0134 b +12025550135';
    assert.equal(numberAt(line, 2)?.text, '(202) 555-0134');
    assert.equal(numberAt(line, 16)?.text, '(202) 555-0134');
    assert.equal(numberAt(line, 17), undefined);
    assert.equal(numberAt(line, 25)?.text, '+12025550135');
    assert.equal(numberAt('no numbers here', 3), undefined);
  });

  it('lists the distinct valid numbers of a multi-line selection', () => {
    assert.deepEqual(validNumbersIn('+12025550134\nconst b = "(202) 555-0134";\r\n202-555-0135 and +1 (123) 555-0134'), ['+12025550134', '+12025550135']);
    assert.deepEqual(validNumbersIn('no numbers'), []);
  });
});
