// A paste or file over 1 MiB is refused as a whole, unread, with its size in words and its start
// shown (whitespace folded, no clickable link): one invalid entry, nothing valid.
import assert from 'node:assert/strict';
import { MAX_INPUT_BYTES, parseNumberSource } from '../../../src/model/numberInput';

describe('numbers to add: the size limit', () => {
  it('refuses text over the limit unread and says how long it is', () => {
    const text = `+1 202\n\t555 0134 [x](command:evil) ${'9'.repeat(MAX_INPUT_BYTES)}`;
    const r = parseNumberSource(text);
    assert.deepEqual(r.valid, []);
    assert.deepEqual(r.duplicates, []);
    assert.equal(r.invalid.length, 1);
    assert.equal(r.invalid[0].reason, `too long (${text.length.toLocaleString('en-US')} characters; at most 1,048,576)`);
    assert.equal(r.invalid[0].input.endsWith('…'), true);
    assert.equal(r.invalid[0].input.startsWith('+1 202 555 0134 [x]'), true);
    assert.ok(!r.invalid[0].input.includes('(command:'));
  });

  it('reads text of exactly the limit', () => {
    const text = `+12025550134${' '.repeat(MAX_INPUT_BYTES - 12)}`;
    assert.equal(text.length, MAX_INPUT_BYTES);
    assert.deepEqual(parseNumberSource(text).valid.map((v) => v.e164), ['+12025550134']);
  });
});
