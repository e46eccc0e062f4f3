// Which number list is another with numbers appended. A "Load more" makes each of a group's lists
// (loaded, own, shown) a longer copy of the one before; the layers that cache by list identity
// (ownership, the view's children) then extend what they had instead of redoing every number shown
// so far. Recording the append where it is made answers in O(1); comparing the lists took a pass
// over every number on every click (quadratic over a walk to the end).
import type { QualifiedNumber } from '../../api/types';

type List = readonly QualifiedNumber[];

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

/** `longer` was made as `shorter` with numbers appended; returns `longer`. */
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
