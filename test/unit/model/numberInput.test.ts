import assert from 'node:assert/strict';
import { parseNumberSource } from '../../../src/model/numberInput';

describe('numbers to add, from text and files', () => {
  it('reads a pasted list with commas, spaces and new lines and names the invalid entries', () => {
    const r = parseNumberSource('+12025550134, (202) 555-0135\n2025550136 12345\n+12025550134');
    assert.deepEqual(r.valid.map((v) => v.e164), ['+12025550134', '+12025550135', '+12025550136']);
    assert.equal(r.invalid.length, 1);
    assert.equal(r.invalid[0].input, '12345');
    assert.match(r.invalid[0].reason, /digits/);
    assert.deepEqual(r.duplicates, ['+12025550134']);
  });

  it('reads every cell of a CSV file, skipping the header and quoted separators', () => {
    const csv = '\uFEFFphone,label\n"+1 202 555 0140",office\n2025550141,"front, desk"\n';
    const r = parseNumberSource(csv, 'numbers.CSV');
    assert.deepEqual(r.valid.map((v) => v.e164), ['+12025550140', '+12025550141']);
    assert.deepEqual(r.invalid, []);
  });

  it('skips comment and header lines in a text file', () => {
    const r = parseNumberSource('# numbers for May\nPhone numbers\n+12025550150\n+12025550151\n', 'list.txt');
    assert.deepEqual(r.valid.map((v) => v.e164), ['+12025550150', '+12025550151']);
    assert.deepEqual(r.invalid, []);
  });

  it('reports a pasted non-number rather than dropping it', () => {
    const r = parseNumberSource('+12025550150, hello');
    assert.equal(r.invalid.length, 1);
    assert.equal(r.invalid[0].input, 'hello');
  });
});
