// What the view shows for one group: "Load more" only while matches or pages are left, "loading…"
// before the first answer, and a "+" after a count the server did not give.
import assert from 'node:assert/strict';
import { emptyGroup, type GroupData } from '../../../../src/model/tree/groupPages';
import { projectGroup } from '../../../../src/model/tree/groupView';
import { many } from './fakeList';

const STATE = 'GLOBAL_PROCESS_STATE_ELIGIBLE' as const;

function loaded(extra: Partial<GroupData>): GroupData {
  return { ...emptyGroup(5), status: 'loaded', ...extra };
}

describe('group view counts', () => {
  it('offers "Load more" for filter matches only while more than a page is left', () => {
    const group = loaded({ visibleLimit: 5 });
    assert.equal(projectGroup(STATE, group, many(4, STATE), true).hasMore, false);
    assert.equal(projectGroup(STATE, group, many(5, STATE), true).hasMore, false);
    assert.equal(projectGroup(STATE, group, many(6, STATE), true).hasMore, true);
    assert.equal(projectGroup(STATE, group, many(6, STATE), true).numbers.length, 5);
  });

  it('says "loading…" before the first answer', () => {
    assert.equal(projectGroup(STATE, emptyGroup(5), [], false).description, 'loading…');
  });

  it('adds "+" to the loaded count while the server has more pages and gave no total', () => {
    const numbers = many(5, STATE);
    assert.equal(projectGroup(STATE, loaded({ numbers, nextPageToken: 'p2' }), numbers, false).description, '5+');
    assert.equal(projectGroup(STATE, loaded({ numbers }), numbers, false).description, '5');
  });
});
