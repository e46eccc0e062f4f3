// Only a file whose name ends in .csv is read as CSV (a header row dropped); any other file is read
// line by line, so a header there is reported. A byte-order mark before the first number is ignored.
import assert from 'node:assert/strict';
import { parseNumberSource } from '../../../src/model/numberInput';

describe('numbers from files: CSV or text', () => {
  it('reads "list.csv.txt" as text', () => {
    const r = parseNumberSource('phone,label\n+12025550134,x\n', 'list.csv.txt');
    assert.deepEqual(r.valid.map((v) => v.e164), ['+12025550134']);
    assert.deepEqual(r.invalid.map((i) => i.input), ['phone', 'label', 'x']);
  });

  it('ignores a byte-order mark right before the first number of a CSV', () => {
    const r = parseNumberSource('\uFEFF+12025550134,2025550135\n', 'list.csv');
    assert.deepEqual(r.valid.map((v) => v.e164), ['+12025550134', '+12025550135']);
    assert.deepEqual(r.invalid, []);
  });
});
