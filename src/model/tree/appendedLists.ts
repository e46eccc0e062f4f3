// Number lists that only grow by appends ("Load more"). A group's list grows in place (a copy of
// 20,000 numbers per page was most of what a click cost at the end of a long walk), so a cache
// knows a list by its array *and* its length, a ListMark: the list is then the same, the same with
// numbers appended, or another list. A list made as a copy of another with numbers appended
// remembers which one (recordAppend), so that too is known in O(1): comparing the lists took a
// pass over every number on every click (quadratic over a walk to the end).
import type { QualifiedNumber } from '../../api/types';

type List = readonly QualifiedNumber[];

/** A list as a cache last saw it. */
export interface ListMark {
  readonly list: List;
  readonly length: number;
}

export function markOf(list: List): ListMark {
  return { list, length: list.length };
}

/** The list is as the mark saw it: the same array, nothing appended since. */
export function isUnchanged(mark: ListMark | undefined, list: List): boolean {
  return mark !== undefined && mark.list === list && mark.length === list.length;
}

/** The list is what the mark saw with numbers appended: in place, or in a recorded copy. */
export function isAppendedTo(list: List, mark: ListMark): boolean {
  if (list.length <= mark.length) return false;
  return list === mark.list || extendsList(list, mark.list);
}

/**
 * Each list is known by a number, and a list made by appending remembers the number of the list it
 * was made from, not the list: holding the list would keep every page's copy of a long walk alive.
 */
const ids = new WeakMap<List, number>();
const appendedTo = new WeakMap<List, number>();
let nextId = 1;

function idOf(list: List): number {
  let id = ids.get(list);
  if (id === undefined) {
    id = nextId++;
    ids.set(list, id);
  }
  return id;
}

/** `longer` was made as a copy of `shorter` with numbers appended; returns `longer`. */
export function recordAppend<T extends List>(longer: T, shorter: List): T {
  if (longer !== shorter) appendedTo.set(longer, idOf(shorter));
  return longer;
}

/** `longer` is `shorter` with numbers appended: recorded when it was made, or checked number by number. */
export function extendsList(longer: List, shorter: List): boolean {
  if (longer.length <= shorter.length) return false;
  const from = appendedTo.get(longer);
  if (from !== undefined && from === ids.get(shorter)) return true;
  for (let i = 0; i < shorter.length; i++) if (longer[i] !== shorter[i]) return false;
  return true;
}
