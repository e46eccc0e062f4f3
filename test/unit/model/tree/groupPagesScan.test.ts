// Loading one group: the filter's scan (what it asks, an empty page that still names a next page,
// the server's order kept unless newest first), and merging pages without showing a number twice.
import assert from 'node:assert/strict';
import type { GlobalProcessState, ListQualifiedNumbersParams, ListQualifiedNumbersResponse } from '../../../../src/api/types';
import { mergeUnique, scanForMatches } from '../../../../src/model/tree/groupPages';
import { parseNumberFilter } from '../../../../src/model/tree/filter';
import { FakeList, many, qn } from './fakeList';

const ELIGIBLE: GlobalProcessState = 'GLOBAL_PROCESS_STATE_ELIGIBLE';
const a = qn('+12025550100', ELIGIBLE);
const b = qn('+12025550101', ELIGIBLE);
const c = qn('+12025550102', ELIGIBLE);

function filterOf(text: string) {
  const parsed = parseNumberFilter(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.filter;
}

describe('group pages', () => {
  it('scans as the user waiting, with the reload\'s signal, and keeps the server order when oldest first', async () => {
    const options: unknown[] = [];
    const source = new FakeList(many(5, ELIGIBLE));
    const signal = new AbortController().signal;
    const group = await scanForMatches(
      { list: (params: ListQualifiedNumbersParams, o?: unknown) => (options.push(o), source.list(params)) },
      ELIGIBLE, { pageSize: 10, sortOrder: 'oldest' }, filterOf('555'), 100, signal,
    );
    assert.deepEqual(options, [{ signal, interactive: true }]);
    assert.deepEqual(group.numbers.map((n) => n.phoneNumber), many(5, ELIGIBLE).map((n) => n.phoneNumber));
  });

  it('ends a scan at an empty page even when it names a next page, and reads a page without numbers as empty', async () => {
    let calls = 0;
    const group = await scanForMatches(
      { list: async () => (++calls === 1 ? { qualifiedNumbers: [a], nextPageToken: 'p2' } : ({ nextPageToken: 'p3' } as ListQualifiedNumbersResponse)) },
      ELIGIBLE, { pageSize: 10 }, undefined, 100, new AbortController().signal,
    );
    assert.equal(calls, 2);
    assert.deepEqual(group.numbers, [a]);
    assert.equal(group.scanTruncated, false);
  });

  it('appends only numbers not already there, even twice in one page', () => {
    assert.deepEqual(mergeUnique([a, b], [b, c, c]), [a, b, c]);
    assert.deepEqual(mergeUnique([], [a, a]), [a]);
  });

  it('grows the list it made in place, and never changes an array the caller made', () => {
    const mine = [a];
    const first = mergeUnique(mine, [b]);
    assert.deepEqual(mine, [a], "the caller's array is copied, not changed");
    assert.notEqual(first, mine);
    // The next page goes into the same array: no copy of every number loaded so far.
    assert.equal(mergeUnique(first, [b, c]), first);
    assert.deepEqual(first, [a, b, c]);
    // Numbers it already holds are still skipped after growing in place.
    assert.deepEqual(mergeUnique(first, [a, c]), [a, b, c]);
  });
});
