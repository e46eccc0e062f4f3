import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { MAX_NUMBERS_PER_ORDER, splitIntoOrders } from '../../../../src/model/textEnable/split';

describe('splitting into orders of at most 500', () => {
  it('keeps 500 in one order and puts the 501st in a second', () => {
    assert.equal(MAX_NUMBERS_PER_ORDER, 500);
    assert.deepEqual(splitIntoOrders(Array.from({ length: 500 }, (_, i) => i)).map((c) => c.length), [500]);
    assert.deepEqual(splitIntoOrders(Array.from({ length: 501 }, (_, i) => i)).map((c) => c.length), [500, 1]);
    assert.deepEqual(splitIntoOrders([]), []);
  });

  it('never loses, duplicates or reorders an item, and never exceeds the size', () => {
    fc.assert(fc.property(fc.array(fc.integer(), { maxLength: 2000 }), fc.integer({ min: 1, max: 600 }), (items, size) => {
      const chunks = splitIntoOrders(items, size);
      assert.deepEqual(chunks.flat(), items);
      assert.ok(chunks.every((c) => c.length >= 1 && c.length <= size));
      assert.equal(chunks.length, Math.ceil(items.length / size));
    }));
  });

  it('refuses a size that is not a positive integer', () => {
    assert.throws(() => splitIntoOrders([1], 0), RangeError);
    assert.throws(() => splitIntoOrders([1], 1.5), RangeError);
  });
});
