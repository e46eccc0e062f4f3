// Which number list is another with numbers appended: the tree extends what it worked out for a
// group after "Load more" only when this says yes, so a wrong yes shows stale or foreign numbers.
import assert from 'node:assert/strict';
import type { QualifiedNumber } from '../../../../src/api/types';
import { extendsList, isAppendedTo, isUnchanged, markOf, recordAppend } from '../../../../src/model/tree/appendedLists';
import { qn } from './fakeList';

const a = qn('+12025550100', 'GLOBAL_PROCESS_STATE_VERIFIED');
const b = qn('+12025550101', 'GLOBAL_PROCESS_STATE_VERIFIED');
const c = qn('+12025550102', 'GLOBAL_PROCESS_STATE_VERIFIED');

describe('lists with numbers appended', () => {
  it('says yes for a longer list that starts with the same numbers, recorded or not', () => {
    const shorter: QualifiedNumber[] = [a];
    assert.equal(extendsList([a, b], shorter), true);
    assert.equal(extendsList(recordAppend([a, b, c], shorter), shorter), true);
    assert.equal(extendsList([a, b], []), true);
  });

  it('says no for a list of the same length or shorter, even with the same numbers', () => {
    assert.equal(extendsList([a, b], [a, b]), false);
    const same = [a, b];
    assert.equal(extendsList(same, same), false);
    assert.equal(extendsList([a], [a, b]), false);
  });

  it('says no for a longer list that starts with other numbers', () => {
    assert.equal(extendsList([b, a], [a]), false);
    assert.equal(extendsList([a, c, b], [a, b]), false);
  });

  it('does not take a list recorded as an append of one list for an append of another', () => {
    const first: QualifiedNumber[] = [a];
    const longer = recordAppend([a, b, c], first);
    assert.equal(extendsList(longer, [b]), false);
    assert.equal(extendsList(longer, [c, a]), false);
  });

  it('knows a list that grew in place from its mark: unchanged, appended to, or another list', () => {
    const list: QualifiedNumber[] = [a];
    const mark = markOf(list);
    assert.equal(isUnchanged(mark, list), true);
    assert.equal(isAppendedTo(list, mark), false);
    list.push(b);
    assert.equal(isUnchanged(mark, list), false, 'the same array with a number appended is not unchanged');
    assert.equal(isAppendedTo(list, mark), true);
    assert.equal(isUnchanged(undefined, list), false);
    // A copy with numbers appended, recorded when made, extends the mark's list too.
    assert.equal(isAppendedTo(recordAppend([a, b, c], list), markOf(list)), true);
    // Another list of the same numbers is not the marked one.
    assert.equal(isUnchanged(markOf([a, b]), list), false);
    assert.equal(isAppendedTo([b, a, c], markOf(list)), false);
  });
});
