// A .txt file of numbers: comment lines (# first, after any spaces or tabs) are skipped even when
// they hold digits, a number followed by a # note is still read, and a byte-order mark is not text.
import assert from 'node:assert/strict';
import { parseNumberSource } from '../../../src/model/numberInput';

describe('number files: comments and the byte-order mark', () => {
  it('skips comment lines with digits, indented or not, and reads a number before a # note', () => {
    const parsed = parseNumberSource('\uFEFF+12025550134\n  # exported 2025-01-06\n\t# 2 lines\n#3\n+12025550135 # office\n', 'numbers.txt');
    assert.deepEqual(parsed.valid.map((v) => v.e164), ['+12025550134', '+12025550135']);
    assert.deepEqual(parsed.invalid.map((i) => i.input), ['#', 'office']);
  });
});
