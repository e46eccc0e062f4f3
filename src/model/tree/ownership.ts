// Which group shows a number. Groups load in parallel, so a number that changed state between two
// requests can come back in two groups; it is shown once, in the group of its latest update (the
// later state on a tie). The answers are cached while the groups' number lists are the same
// lists as last seen (same arrays, same lengths), since the view asks on every render. A list that
// grew by a page ("Load more", in place) extends the answers instead of redoing them: redoing them
// made every click cost all the numbers shown so far (quadratic in a walk to the end).
import type { GlobalProcessState, QualifiedNumber } from '../../api/types';
import { STATE_ORDER } from '../states';
import { isAppendedTo, isUnchanged, markOf, type ListMark } from './appendedLists';

export type OwnerMap = Map<string, GlobalProcessState>;

export class NumberOwnership {
  private owners: { lists: ListMark[]; owner: OwnerMap; shown: Map<string, QualifiedNumber> } | undefined;
  /** Bumped whenever the owner map is rebuilt: every group's own numbers are then redone. */
  private generation = 0;
  private readonly ownNumbers = new Map<GlobalProcessState, { list: ListMark; owner: OwnerMap; generation: number; numbers: QualifiedNumber[] }>();

  /** `numbersOf(state)`: the list a group holds now. */
  ownerOfEachNumber(numbersOf: (state: GlobalProcessState) => QualifiedNumber[]): OwnerMap {
    const lists = STATE_ORDER.map(numbersOf);
    const known = this.owners;
    if (known) {
      const changed = STATE_ORDER.map((_, i) => i).filter((i) => !isUnchanged(known.lists[i], lists[i]));
      if (changed.length === 0) return known.owner;
      // One group got a page of numbers no group held: they are its own, nothing else moves.
      if (changed.length === 1 && isAppendedTo(lists[changed[0]], known.lists[changed[0]])) {
        const i = changed[0];
        const added = lists[i].slice(known.lists[i].length);
        if (added.every((n) => !known.owner.has(n.phoneNumber))) {
          for (const n of added) {
            known.owner.set(n.phoneNumber, STATE_ORDER[i]);
            known.shown.set(n.phoneNumber, n);
          }
          known.lists[i] = markOf(lists[i]);
          return known.owner;
        }
      }
    }
    const { owner, shown } = computeOwners(lists);
    this.owners = { lists: lists.map(markOf), owner, shown };
    this.generation++;
    return owner;
  }

  /** The copy of a number the tree shows (the one its owner group holds), after ownerOfEachNumber. */
  shownNumber(phoneNumber: string): QualifiedNumber | undefined {
    return this.owners?.shown.get(phoneNumber);
  }

  /**
   * The numbers of a group's list that the owner map gives to that group. After a page they grow in
   * place, like the list they come from: whoever caches them keeps a ListMark, not the array alone.
   */
  ownNumbersOf(state: GlobalProcessState, list: QualifiedNumber[], owner: OwnerMap): QualifiedNumber[] {
    const known = this.ownNumbers.get(state);
    const current = known !== undefined && known.owner === owner && known.generation === this.generation;
    if (current && isUnchanged(known.list, list)) return known.numbers;
    if (current && isAppendedTo(list, known.list)) {
      for (let i = known.list.length; i < list.length; i++) if (owner.get(list[i].phoneNumber) === state) known.numbers.push(list[i]);
      known.list = markOf(list);
      return known.numbers;
    }
    const numbers = list.filter((n) => owner.get(n.phoneNumber) === state);
    this.ownNumbers.set(state, { list: markOf(list), owner, generation: this.generation, numbers });
    return numbers;
  }
}

/** `lists` in STATE_ORDER. */
function computeOwners(lists: QualifiedNumber[][]): { owner: OwnerMap; shown: Map<string, QualifiedNumber> } {
  const owner: OwnerMap = new Map();
  const seenNumber = new Map<string, QualifiedNumber>();
  const time = (n: QualifiedNumber): number => Date.parse(n.updatedTime ?? '') || 0;
  STATE_ORDER.forEach((state, i) => {
    for (const n of lists[i]) {
      const seen = seenNumber.get(n.phoneNumber);
      // Times are compared only for a number met twice (rare), not parsed for every number.
      if (!seen || time(n) >= time(seen)) {
        owner.set(n.phoneNumber, state);
        seenNumber.set(n.phoneNumber, n);
      }
    }
  });
  return { owner, shown: seenNumber };
}
