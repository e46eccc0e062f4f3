// Which group shows a number. Groups load in parallel, so a number that changed state between two
// requests can come back in two groups; it is shown once, in the group of its latest update (the
// later state on a tie). The answers are cached while the groups' number lists are the same
// objects (they are replaced, never changed in place), since the view asks on every render.
import type { GlobalProcessState, QualifiedNumber } from '../../api/types';
import { STATE_ORDER } from '../states';

export type OwnerMap = Map<string, GlobalProcessState>;

export class NumberOwnership {
  private owners: { lists: QualifiedNumber[][]; owner: OwnerMap } | undefined;
  private readonly ownNumbers = new WeakMap<QualifiedNumber[], { owner: OwnerMap; numbers: QualifiedNumber[] }>();

  /** `numbersOf(state)`: the list a group holds now. */
  ownerOfEachNumber(numbersOf: (state: GlobalProcessState) => QualifiedNumber[]): OwnerMap {
    const lists = STATE_ORDER.map(numbersOf);
    const known = this.owners;
    if (known && lists.every((list, i) => list === known.lists[i])) return known.owner;
    const owner = computeOwners(lists);
    this.owners = { lists, owner };
    return owner;
  }

  /** The numbers of a group's list that the owner map gives to that group. */
  ownNumbersOf(state: GlobalProcessState, list: QualifiedNumber[], owner: OwnerMap): QualifiedNumber[] {
    const known = this.ownNumbers.get(list);
    if (known?.owner === owner) return known.numbers;
    const numbers = list.filter((n) => owner.get(n.phoneNumber) === state);
    this.ownNumbers.set(list, { owner, numbers });
    return numbers;
  }
}

/** `lists` in STATE_ORDER. */
function computeOwners(lists: QualifiedNumber[][]): OwnerMap {
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
  return owner;
}
