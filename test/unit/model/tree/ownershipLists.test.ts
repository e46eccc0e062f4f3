// Which group shows a number when two groups' lists change at once (a reload), and the copy of a
// number the hover finds after a "Load more" brought it.
import assert from 'node:assert/strict';
import type { GlobalProcessState, QualifiedNumber } from '../../../../src/api/types';
import { NumberOwnership } from '../../../../src/model/tree/ownership';
import { QualifiedNumbersModel } from '../../../../src/model/tree/treeModel';
import { FakeList, many, qn } from './fakeList';

const ELIGIBLE: GlobalProcessState = 'GLOBAL_PROCESS_STATE_ELIGIBLE';
const VERIFIED: GlobalProcessState = 'GLOBAL_PROCESS_STATE_VERIFIED';

describe('number ownership across list changes', () => {
  it('gives every new number its group when two groups grew at once', () => {
    const a = qn('+12025550100', ELIGIBLE);
    const b = qn('+12025550101', ELIGIBLE);
    const c = qn('+12025550200', VERIFIED);
    const d = qn('+12025550201', VERIFIED);
    const lists = new Map<GlobalProcessState, QualifiedNumber[]>([[ELIGIBLE, [a]], [VERIFIED, [c]]]);
    // The other groups hold the same (empty) list both times, as the model's groups do.
    const none: QualifiedNumber[] = [];
    const numbersOf = (state: GlobalProcessState): QualifiedNumber[] => lists.get(state) ?? none;
    const ownership = new NumberOwnership();
    ownership.ownerOfEachNumber(numbersOf);
    lists.set(ELIGIBLE, [a, b]);
    lists.set(VERIFIED, [c, d]);
    const owner = ownership.ownerOfEachNumber(numbersOf);
    assert.equal(owner.get(b.phoneNumber), ELIGIBLE);
    assert.equal(owner.get(d.phoneNumber), VERIFIED);
    assert.equal(ownership.shownNumber(d.phoneNumber), d);
  });

  it('finds a number that a "Load more" brought', async () => {
    const numbers = many(15, VERIFIED);
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(new FakeList(numbers));
    await model.reload();
    assert.equal(model.find(numbers[12].phoneNumber), undefined);
    await model.loadMore(VERIFIED);
    assert.equal(model.find(numbers[12].phoneNumber), numbers[12]);
  });
});
