// How a group lays out the numbers it shows. Up to RANGE_SIZE they are its children, as listed.
// Past that they are folded into ranges of RANGE_SIZE ("1–1000", "1001–2000", ...) and the last
// range, the one "Load more" appends to, stays open: VS Code asks for every child of a refreshed
// element, so a page appended to a flat group of 20,000 re-sent all 20,000 rows (quadratic over a
// walk to the end). With ranges a page refreshes the open range only, at most RANGE_SIZE rows.
// The same idea as the debugger's Variables view, which folds long arrays into ranges of 100.

export const RANGE_SIZE = 1000;

/** Numbers `start` (inclusive) to `end` (exclusive), by their position in the group's list. */
export interface NumberRange {
  readonly start: number;
  readonly end: number;
}

/** Whether `shown` numbers are folded into ranges (more than one range's worth). */
export function isRanged(shown: number, size = RANGE_SIZE): boolean {
  return shown > size;
}

/** Where the open range starts: the last full range stays open until a page goes past it. */
export function openRangeStart(shown: number, size = RANGE_SIZE): number {
  return shown <= size ? 0 : size * Math.floor((shown - 1) / size);
}

/** The folded ranges before the open one (none while the group is flat). */
export function foldedRanges(shown: number, size = RANGE_SIZE): NumberRange[] {
  const ranges: NumberRange[] = [];
  for (let start = 0; start < openRangeStart(shown, size); start += size) ranges.push({ start, end: start + size });
  return ranges;
}

/** The open range: from its start to the last number shown. */
export function openRange(shown: number, size = RANGE_SIZE): NumberRange {
  return { start: openRangeStart(shown, size), end: shown };
}

/** The start of the range that holds the number at `index` (folded or open). */
export function rangeStartOf(index: number, shown: number, size = RANGE_SIZE): number {
  return Math.min(size * Math.floor(index / size), openRangeStart(shown, size));
}

/** "1–1000": positions counted from 1, as a person reads them. */
export function rangeLabel(range: NumberRange): string {
  return `${range.start + 1}–${range.end}`;
}

/**
 * What a page appended to a group changes in the tree: the open range alone while the group was
 * ranged and stays so, with the same open range and "Load more" still there; otherwise the group
 * (it became ranged, a range was folded, or "Load more" went away).
 */
export function pageScope(before: { shown: number; hasMore: boolean }, after: { shown: number; hasMore: boolean }, size = RANGE_SIZE): 'openRange' | 'group' {
  const sameOpenRange = isRanged(before.shown, size) && after.shown >= before.shown && openRangeStart(before.shown, size) === openRangeStart(after.shown, size);
  return sameOpenRange && before.hasMore === after.hasMore ? 'openRange' : 'group';
}
