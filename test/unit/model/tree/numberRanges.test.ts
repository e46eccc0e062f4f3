// How a group lays out its numbers: flat up to a range's worth, then folded ranges and one open
// range. A wrong answer hides numbers (a gap between ranges), shows one twice, or refreshes too
// little after "Load more" (the new page never appears).
import assert from 'node:assert/strict';
import { foldedRanges, isRanged, openRange, openRangeStart, pageScope, rangeLabel, rangeStartOf, RANGE_SIZE } from '../../../../src/model/tree/numberRanges';

/** Every position the layout shows, in order: folded ranges, then the open one. */
function positions(shown: number, size: number): number[] {
  const all: number[] = [];
  for (const range of [...foldedRanges(shown, size), openRange(shown, size)]) for (let i = range.start; i < range.end; i++) all.push(i);
  return all;
}

describe('number ranges in a group', () => {
  it('keeps a group flat up to one range of numbers', () => {
    assert.equal(RANGE_SIZE, 1000);
    assert.equal(isRanged(0), false);
    assert.equal(isRanged(1000), false);
    assert.equal(isRanged(1001), true);
    assert.deepEqual(foldedRanges(1000), []);
    assert.deepEqual(openRange(1000), { start: 0, end: 1000 });
  });

  it('folds full ranges and keeps the last one open until a page goes past it', () => {
    assert.deepEqual(foldedRanges(1100), [{ start: 0, end: 1000 }]);
    assert.deepEqual(openRange(1100), { start: 1000, end: 1100 });
    // 2,000 shown: the second range is full but still the open one.
    assert.deepEqual(foldedRanges(2000), [{ start: 0, end: 1000 }]);
    assert.deepEqual(openRange(2000), { start: 1000, end: 2000 });
    assert.deepEqual(foldedRanges(2001).map(rangeLabel), ['1–1000', '1001–2000']);
    assert.equal(rangeLabel(openRange(2001)), '2001–2001');
  });

  it('shows every position exactly once, in order, whatever the count', () => {
    for (const shown of [0, 1, 9, 10, 11, 19, 20, 21, 95]) {
      assert.deepEqual(positions(shown, 10), Array.from({ length: shown }, (_, i) => i), `shown ${shown}`);
    }
  });

  it('finds the range that holds a position, open or folded', () => {
    assert.equal(rangeStartOf(0, 2500), 0);
    assert.equal(rangeStartOf(999, 2500), 0);
    assert.equal(rangeStartOf(1000, 2500), 1000);
    assert.equal(rangeStartOf(2499, 2500), 2000);
    // 2,000 shown: position 1,500 is in the open range, which starts at 1,000.
    assert.equal(rangeStartOf(1500, 2000), 1000);
    assert.equal(openRangeStart(2000), 1000);
  });

  it('refreshes the open range alone only while the rest of the group stays as it was', () => {
    const more = (shown: number) => ({ shown, hasMore: true });
    assert.equal(pageScope(more(1100), more(1200)), 'openRange');
    assert.equal(pageScope(more(1900), more(2000)), 'openRange');
    // Flat before, or becoming ranged: the group's children change.
    assert.equal(pageScope(more(900), more(1000)), 'group');
    assert.equal(pageScope(more(1000), more(1100)), 'group');
    // A range is folded: a new child of the group.
    assert.equal(pageScope(more(2000), more(2100)), 'group');
    // The last page: "Load more" goes away.
    assert.equal(pageScope(more(1100), { shown: 1150, hasMore: false }), 'group');
    // Fewer numbers (a reload with a filter): the group.
    assert.equal(pageScope(more(1500), more(1200)), 'group');
  });
});
