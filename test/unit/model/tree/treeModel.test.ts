import assert from 'node:assert/strict';
import { parseNumberFilter, type NumberFilter } from '../../../../src/model/tree/filter';
import { QualifiedNumbersModel } from '../../../../src/model/tree/treeModel';
import { STATE_ORDER } from '../../../../src/model/states';
import { FakeList, many, qn } from './fakeList';

function filterOf(text: string): NumberFilter {
  const parsed = parseNumberFilter(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.filter;
}

describe('QualifiedNumbersModel', () => {
  it('shows one group per state in lifecycle order with the server counts', async () => {
    const source = new FakeList([...many(3, 'GLOBAL_PROCESS_STATE_VERIFIED'), ...many(2, 'GLOBAL_PROCESS_STATE_ELIGIBLE', 200)]);
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    const groups = model.groupViews();
    assert.deepEqual(groups.map((g) => g.state), [...STATE_ORDER]);
    const verified = groups.find((g) => g.state === 'GLOBAL_PROCESS_STATE_VERIFIED');
    assert.equal(verified?.description, '3');
    assert.equal(verified?.numbers.length, 3);
    assert.equal(groups.find((g) => g.state === 'GLOBAL_PROCESS_STATE_ELIGIBLE')?.description, '2');
    assert.equal(groups.find((g) => g.state === 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE')?.description, '0');
  });

  it('asks for every first page at once, before any answer arrives', async () => {
    const source = new FakeList(many(3, 'GLOBAL_PROCESS_STATE_VERIFIED'));
    let open!: () => void;
    source.gate = new Promise((resolve) => (open = resolve));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    const reload = model.reload();
    // All ten requests are out while none has been answered.
    assert.equal(source.calls.length, STATE_ORDER.length);
    assert.ok(model.groupViews().every((g) => g.description === 'loading…'));
    open();
    await reload;
    assert.equal(source.calls.length, STATE_ORDER.length);
  });

  it('passes region, order and page size to the API', async () => {
    const source = new FakeList([]);
    const model = new QualifiedNumbersModel({ pageSize: 7, regionCode: 'CA', orderBy: 'createdTime' });
    model.setSource(source);
    await model.reload();
    assert.ok(source.calls.every((c) => c.pageSize === 7 && c.regionCode === 'CA' && c.orderBy === 'createdTime'));
  });

  it('pages with load more and says how many are shown', async () => {
    const source = new FakeList(many(25, 'GLOBAL_PROCESS_STATE_HOSTING_DONE'));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    const done = (): ReturnType<QualifiedNumbersModel['groupViews']>[number] => model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_HOSTING_DONE')!;
    assert.equal(done().numbers.length, 10);
    assert.equal(done().hasMore, true);
    assert.equal(done().loadMoreLabel, 'Load more (10 of 25 shown)');
    await model.loadMore('GLOBAL_PROCESS_STATE_HOSTING_DONE');
    await model.loadMore('GLOBAL_PROCESS_STATE_HOSTING_DONE');
    assert.equal(done().numbers.length, 25);
    assert.equal(done().hasMore, false);
    assert.deepEqual(done().numbers.map((n) => n.phoneNumber), many(25, 'GLOBAL_PROCESS_STATE_HOSTING_DONE').map((n) => n.phoneNumber));
  });

  it('keeps the pages the user loaded when an auto-refresh reloads', async () => {
    const source = new FakeList(many(25, 'GLOBAL_PROCESS_STATE_HOSTING_DONE'));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    await model.loadMore('GLOBAL_PROCESS_STATE_HOSTING_DONE');
    await model.reload({ keepLoaded: true });
    assert.equal(model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_HOSTING_DONE')?.numbers.length, 20);
    await model.reload();
    assert.equal(model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_HOSTING_DONE')?.numbers.length, 10);
  });

  it('shows the newest numbers first, a page at a time, and keeps the paged count on an auto-refresh', async () => {
    // The list answers oldest first, as the API does.
    const source = new FakeList(many(25, 'GLOBAL_PROCESS_STATE_HOSTING_DONE'));
    const model = new QualifiedNumbersModel({ pageSize: 10, sortOrder: 'newest' });
    model.setSource(source);
    await model.reload();
    const done = () => model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_HOSTING_DONE')!;
    const newestFirst = many(25, 'GLOBAL_PROCESS_STATE_HOSTING_DONE').map((n) => n.phoneNumber).reverse();
    assert.deepEqual(done().numbers.map((n) => n.phoneNumber), newestFirst.slice(0, 10));
    assert.equal(done().description, '25');
    assert.equal(done().loadMoreLabel, 'Load more (10 of 25 shown)');
    await model.loadMore('GLOBAL_PROCESS_STATE_HOSTING_DONE');
    assert.deepEqual(done().numbers.map((n) => n.phoneNumber), newestFirst.slice(0, 20));
    await model.reload({ keepLoaded: true });
    assert.equal(done().numbers.length, 20);
  });

  it('keeps the server order and paging for oldest first', async () => {
    const source = new FakeList(many(25, 'GLOBAL_PROCESS_STATE_HOSTING_DONE'));
    const model = new QualifiedNumbersModel({ pageSize: 10, sortOrder: 'oldest' });
    model.setSource(source);
    await model.reload();
    const numbers = model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_HOSTING_DONE')!.numbers;
    assert.deepEqual(numbers.map((n) => n.phoneNumber), many(10, 'GLOBAL_PROCESS_STATE_HOSTING_DONE').map((n) => n.phoneNumber));
    assert.ok(source.calls.every((c) => c.pageSize === 10), 'pages of the setting\'s size, not a scan');
  });

  /** Loads copies of one number (as parallel group requests can return it) and says which groups show it. */
  async function groupsShowing(copies: ReturnType<typeof qn>[]): Promise<{ states: string[]; listed: number }> {
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(new FakeList(copies));
    await model.reload();
    const phone = copies[0].phoneNumber;
    return { states: model.groupViews().filter((g) => g.numbers.some((n) => n.phoneNumber === phone)).map((g) => g.state), listed: model.listedNumbers().length };
  }

  it('shows a number that moved between two group requests once, in its latest state', async () => {
    const phone = '+12025550142';
    const shown = await groupsShowing([qn(phone, 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', '2024-05-01T10:00:00Z'), qn(phone, 'GLOBAL_PROCESS_STATE_VERIFIED', '2024-05-01T10:05:00Z')]);
    assert.deepEqual(shown, { states: ['GLOBAL_PROCESS_STATE_VERIFIED'], listed: 1 });
  });

  it('shows a number met in two states with the same update time once, in the later state of the lifecycle', async () => {
    const phone = '+12025550143';
    const at = '2024-05-01T10:00:00Z';
    // Listed later-state first, so the answer does not depend on the order of the source's list.
    const shown = await groupsShowing([qn(phone, 'GLOBAL_PROCESS_STATE_VERIFIED', at), qn(phone, 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', at)]);
    assert.deepEqual(shown, { states: ['GLOBAL_PROCESS_STATE_VERIFIED'], listed: 1 });
  });

  it('keeps a number in an earlier state of the lifecycle when that copy is the newer one', async () => {
    const phone = '+12025550144';
    const shown = await groupsShowing([qn(phone, 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED', '2024-05-01T10:00:00Z'), qn(phone, 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', '2024-05-01T10:09:00Z')]);
    assert.deepEqual(shown, { states: ['GLOBAL_PROCESS_STATE_VERIFICATION_PENDING'], listed: 1 });
  });

  it('says a Load more changed its group alone, and keeps what it showed before the page', async () => {
    const source = new FakeList([...many(25, 'GLOBAL_PROCESS_STATE_HOSTING_DONE'), ...many(3, 'GLOBAL_PROCESS_STATE_VERIFIED', 500)]);
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    const group = (state: string): ReturnType<QualifiedNumbersModel['groupViews']>[number] => model.groupViews().find((g) => g.state === state)!;
    // A copy: the group's list grows in place with the page (appendedLists.ts).
    const before = [...group('GLOBAL_PROCESS_STATE_HOSTING_DONE').numbers];
    const verified = group('GLOBAL_PROCESS_STATE_VERIFIED').numbers;
    const changes: unknown[] = [];
    model.onDidChange((change) => changes.push(change));
    await model.loadMore('GLOBAL_PROCESS_STATE_HOSTING_DONE');
    assert.deepEqual(changes, [
      { kind: 'loadingMore', state: 'GLOBAL_PROCESS_STATE_HOSTING_DONE' },
      { kind: 'pageLoaded', state: 'GLOBAL_PROCESS_STATE_HOSTING_DONE' },
    ]);
    const after = group('GLOBAL_PROCESS_STATE_HOSTING_DONE').numbers;
    assert.deepEqual(after.slice(0, 10), before);
    assert.deepEqual(after.map((n) => n.phoneNumber), many(20, 'GLOBAL_PROCESS_STATE_HOSTING_DONE').map((n) => n.phoneNumber));
    // The other groups are the same lists: the view has nothing to redo there.
    assert.equal(group('GLOBAL_PROCESS_STATE_VERIFIED').numbers, verified);
  });

  it('refreshes the whole tree when a Load more page brings a number another group shows, and shows it once', async () => {
    const phone = '+12025550109';
    const pending = qn(phone, 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', '2024-05-01T10:00:00Z');
    // The 10th number of the second Verified page is the same number, verified since.
    const verified = [...many(9, 'GLOBAL_PROCESS_STATE_VERIFIED'), qn('+12025550200', 'GLOBAL_PROCESS_STATE_VERIFIED'), ...many(9, 'GLOBAL_PROCESS_STATE_VERIFIED', 300), qn(phone, 'GLOBAL_PROCESS_STATE_VERIFIED', '2024-05-01T10:05:00Z')];
    const source = new FakeList([pending, ...verified]);
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    const showing = (): string[] => model.groupViews().filter((g) => g.numbers.some((n) => n.phoneNumber === phone)).map((g) => g.state);
    assert.deepEqual(showing(), ['GLOBAL_PROCESS_STATE_VERIFICATION_PENDING']);
    const changes: unknown[] = [];
    model.onDidChange((change) => changes.push(change));
    await model.loadMore('GLOBAL_PROCESS_STATE_VERIFIED');
    assert.deepEqual(changes, [{ kind: 'loadingMore', state: 'GLOBAL_PROCESS_STATE_VERIFIED' }, undefined]);
    assert.deepEqual(showing(), ['GLOBAL_PROCESS_STATE_VERIFIED']);
    assert.equal(model.listedNumbers().filter((n) => n.phoneNumber === phone).length, 1);
  });

  it('filters by digits across every page and pages through the matches', async () => {
    const numbers = many(150, 'GLOBAL_PROCESS_STATE_ELIGIBLE');
    const source = new FakeList(numbers);
    const model = new QualifiedNumbersModel({ pageSize: 5 });
    model.setSource(source);
    model.setFilter(filterOf('*01?7'));
    await model.reload();
    const eligible = model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_ELIGIBLE')!;
    // 0107, 0117, ..., 0197 match; 0207 ... 0247 do not (a pattern matches the whole number).
    assert.equal(eligible.count, 10);
    assert.equal(eligible.description, '10 of 150 match');
    assert.equal(eligible.numbers.length, 5);
    assert.ok(eligible.numbers.every((n) => /01\d7$/.test(n.phoneNumber)));
    await model.loadMore('GLOBAL_PROCESS_STATE_ELIGIBLE');
    assert.equal(model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_ELIGIBLE')!.numbers.length, 10);
    assert.equal(model.listedNumbers().length, 10);
  });

  it('says when the filter stopped scanning before the last page', async () => {
    const source = new FakeList(many(300, 'GLOBAL_PROCESS_STATE_ELIGIBLE'));
    const model = new QualifiedNumbersModel({ pageSize: 5 }, 200);
    model.setSource(source);
    model.setFilter(filterOf('5550'));
    await model.reload();
    const eligible = model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_ELIGIBLE')!;
    assert.equal(eligible.description, '200+ of 300 match');
    assert.equal(model.hasUnlistedNumbers(), true);
  });

  it('marks failed groups and reports a root error only when every group failed', async () => {
    const source = new FakeList(many(2, 'GLOBAL_PROCESS_STATE_VERIFIED'));
    source.failStates.add('GLOBAL_PROCESS_STATE_ELIGIBLE');
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    const outcome = await model.reload();
    assert.equal(outcome.failed, 1);
    assert.equal(model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_ELIGIBLE')?.description, 'failed to load');
    assert.equal(model.rootError(), undefined);
    for (const s of STATE_ORDER) source.failStates.add(s);
    await model.reload();
    assert.match(String(model.rootError()), /failed/);
  });

  it('keeps the old numbers on screen until the new answer arrives', async () => {
    const source = new FakeList(many(2, 'GLOBAL_PROCESS_STATE_VERIFIED'));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    let open!: () => void;
    source.gate = new Promise((resolve) => (open = resolve));
    const reload = model.reload();
    assert.equal(model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_VERIFIED')?.numbers.length, 2);
    source.numbers = many(3, 'GLOBAL_PROCESS_STATE_VERIFIED');
    open();
    await reload;
    assert.equal(model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_VERIFIED')?.numbers.length, 3);
  });

  it('drops the answers of a reload that a newer reload replaced', async () => {
    const source = new FakeList(many(1, 'GLOBAL_PROCESS_STATE_VERIFIED'));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    let open!: () => void;
    source.gate = new Promise((resolve) => (open = resolve));
    const first = model.reload();
    source.gate = undefined;
    source.numbers = many(4, 'GLOBAL_PROCESS_STATE_VERIFIED');
    const second = model.reload();
    open();
    assert.equal((await first).superseded, true);
    assert.equal((await second).superseded, false);
    assert.equal(model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_VERIFIED')?.numbers.length, 4);
  });

  it('forgets everything on disconnect', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(new FakeList(many(2, 'GLOBAL_PROCESS_STATE_VERIFIED')));
    await model.reload();
    model.setSource(undefined);
    assert.equal(model.connected, false);
    assert.equal(model.listedNumbers().length, 0);
  });

  it('knows when numbers wait on Sinch', async () => {
    const source = new FakeList(many(2, 'GLOBAL_PROCESS_STATE_VERIFIED'));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    assert.equal(model.hasTransientNumbers(), false);
    source.numbers.push(qn('+12025550999', 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS'));
    await model.reload();
    assert.equal(model.hasTransientNumbers(), true);
  });

  it('tells listeners about each change', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    let changes = 0;
    model.onDidChange(() => changes++);
    model.setSource(new FakeList([]));
    await model.reload();
    // setSource, "loading", "loaded"
    assert.equal(changes, 3);
  });
});
