// Which group shows a number. Groups load in parallel, so a number that changed state between two
// requests can come back in two groups; it is shown once, in the group of its latest update (the
// later state on a tie). The answers are cached while the groups' number lists are the same
// objects (they are replaced, never changed in place), since the view asks on every render. A
// list that grew by a page ("Load more") extends the answers instead of redoing them: redoing
// them made every click cost all the numbers shown so far (quadratic in a walk to the end).
import type { GlobalProcessState, QualifiedNumber } from '../../api/types';
import { STATE_ORDER } from '../states';
import { extendsList, recordAppend } from './appendedLists';

export type OwnerMap = Map<string, GlobalProcessState>;

export class NumberOwnership {
  private owners: { lists: QualifiedNumber[][]; owner: OwnerMap; shown: Map<string, QualifiedNumber> } | undefined;
  /** Bumped whenever the owner map is rebuilt: every group's own numbers are then redone. */
  private generation = 0;
  private readonly ownNumbers = new Map<GlobalProcessState, { list: QualifiedNumber[]; owner: OwnerMap; generation: number; numbers: QualifiedNumber[] }>();

  /** `numbersOf(state)`: the list a group holds now. */
  ownerOfEachNumber(numbersOf: (state: GlobalProcessState) => QualifiedNumber[]): OwnerMap {
    const lists = STATE_ORDER.map(numbersOf);
    const known = this.owners;
    if (known) {
      const changed = STATE_ORDER.map((_, i) => i).filter((i) => lists[i] !== known.lists[i]);
      if (changed.length === 0) return known.owner;
      // One group got a page of numbers no group held: they are its own, nothing else moves.
      if (changed.length === 1 && extendsList(lists[changed[0]], known.lists[changed[0]])) {
        const i = changed[0];
        const added = lists[i].slice(known.lists[i].length);
        if (added.every((n) => !known.owner.has(n.phoneNumber))) {
          for (const n of added) {
            known.owner.set(n.phoneNumber, STATE_ORDER[i]);
            known.shown.set(n.phoneNumber, n);
          }
          known.lists = lists;
          return known.owner;
        }
      }
    }
    const { owner, shown } = computeOwners(lists);
    this.owners = { lists, owner, shown };
    this.generation++;
    return owner;
  }

  /** The copy of a number the tree shows (the one its owner group holds), after ownerOfEachNumber. */
  shownNumber(phoneNumber: string): QualifiedNumber | undefined {
    return this.owners?.shown.get(phoneNumber);
  }

  /** The numbers of a group's list that the owner map gives to that group. */
  ownNumbersOf(state: GlobalProcessState, list: QualifiedNumber[], owner: OwnerMap): QualifiedNumber[] {
    const known = this.ownNumbers.get(state);
    const current = known !== undefined && known.owner === owner && known.generation === this.generation;
    if (current && known.list === list) return known.numbers;
    const numbers =
      current && extendsList(list, known.list)
        ? recordAppend(known.numbers.concat(list.slice(known.list.length).filter((n) => owner.get(n.phoneNumber) === state)), known.numbers)
        : list.filter((n) => owner.get(n.phoneNumber) === state);
    this.ownNumbers.set(state, { list, owner, generation: this.generation, numbers });
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
