// The number tree's rules the main tests leave open: what a reload or "Load more" sends and when it
// is dropped, what a failed group still allows, when the tree says more numbers wait or are
// unlisted, and that a view read after a disconnect or a new filter never shows the old numbers.
import assert from 'node:assert/strict';
import type { GlobalProcessState, ListQualifiedNumbersParams, ListQualifiedNumbersResponse } from '../../../../src/api/types';
import { STATE_ORDER } from '../../../../src/model/states';
import { parseNumberFilter, type NumberFilter } from '../../../../src/model/tree/filter';
import { QualifiedNumbersModel, type ModelChange } from '../../../../src/model/tree/treeModel';
import { FakeList, many, qn } from './fakeList';

const VERIFIED: GlobalProcessState = 'GLOBAL_PROCESS_STATE_VERIFIED';
const PENDING: GlobalProcessState = 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING';

/** A page as JSON may carry it: the types say `qualifiedNumbers` is always there. */
function page(body: Partial<ListQualifiedNumbersResponse>): ListQualifiedNumbersResponse {
  return body as ListQualifiedNumbersResponse;
}

function filterOf(text: string): NumberFilter {
  const parsed = parseNumberFilter(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.filter;
}

/** FakeList that keeps each request's options and can hold the next requests until released. */
class RecordingList extends FakeList {
  readonly options: Array<{ signal?: AbortSignal; interactive?: boolean } | undefined> = [];
  /** Answers without a totalSize, as a server may. */
  omitTotal = false;
  override async list(params: ListQualifiedNumbersParams, options?: { signal?: AbortSignal; interactive?: boolean }): Promise<ListQualifiedNumbersResponse> {
    this.options.push(options);
    const page = await super.list(params, options);
    return this.omitTotal ? { qualifiedNumbers: page.qualifiedNumbers, nextPageToken: page.nextPageToken } : page;
  }
}

function held(source: FakeList): () => void {
  let open!: () => void;
  source.gate = new Promise((resolve) => (open = resolve));
  return () => {
    source.gate = undefined;
    open();
  };
}

function view(model: QualifiedNumbersModel, state: GlobalProcessState) {
  const found = model.groupViews().find((g) => g.state === state);
  assert.ok(found);
  return found;
}

describe('number tree edges', () => {
  it('is connected once it has a source, and a reload without one reports nothing failed', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    assert.deepEqual(await model.reload(), { superseded: false, failed: 0 });
    model.setSource(new FakeList([]));
    assert.equal(model.connected, true);
  });

  it('asks the API as the user waiting, cancelling the requests of a reload that a newer one replaced', async () => {
    const source = new RecordingList(many(15, VERIFIED));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    const release = held(source);
    const first = model.reload();
    const firstSignals = source.options.map((o) => o?.signal);
    const second = model.reload();
    assert.ok(firstSignals.every((s) => s?.aborted), 'the replaced requests are cancelled');
    release();
    await Promise.all([first, second]);
    await model.loadMore(VERIFIED);
    assert.ok(source.options.every((o) => o?.interactive === true));
    assert.equal(view(model, VERIFIED).numbers.length, 15);
  });

  it('drops a reload that was under way when the source changed', async () => {
    const old = new FakeList(many(3, VERIFIED));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(old);
    const release = held(old);
    const reload = model.reload();
    model.setSource(new FakeList([]));
    release();
    assert.equal((await reload).superseded, true);
    assert.deepEqual(model.listedNumbers(), []);
  });

  it('shows the last numbers while reloading, "loading…" for a group that had failed, and names the first error', async () => {
    const source = new FakeList(many(3, VERIFIED));
    source.failStates.add(PENDING);
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    const outcome = await model.reload();
    assert.match(String(outcome.firstError), /list GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING failed/);
    assert.equal(model.rootError(), undefined, 'one failed group is not a root error, even the first');
    const release = held(source);
    const again = model.reload();
    assert.equal(view(model, VERIFIED).description, '3');
    assert.equal(view(model, PENDING).description, 'loading…');
    release();
    await again;
  });

  it('still pages a group whose refresh failed', async () => {
    const source = new FakeList(many(25, VERIFIED));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    source.failStates.add(VERIFIED);
    await model.reload();
    assert.equal(view(model, VERIFIED).description, 'failed to load');
    assert.equal(view(model, VERIFIED).loadingMore, false);
    source.failStates.clear();
    const before = source.calls.length;
    await model.loadMore(VERIFIED);
    assert.equal(source.calls.length, before + 1);
    assert.equal(view(model, VERIFIED).numbers.length, 20);
  });

  it('sends one "Load more" request at a time, none after the last page, and keeps the newest total', async () => {
    const source = new FakeList(many(15, VERIFIED));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    const before = source.calls.length;
    source.numbers.push(...many(5, VERIFIED, 300));
    await Promise.all([model.loadMore(VERIFIED), model.loadMore(VERIFIED)]);
    assert.equal(source.calls.length, before + 1);
    assert.equal(view(model, VERIFIED).description, '20');
    await model.loadMore(VERIFIED);
    await model.loadMore(VERIFIED);
    assert.equal(source.calls.length, before + 1);
    assert.equal(view(model, VERIFIED).numbers.length, 20);
    assert.equal(model.hasUnlistedNumbers(), false);
  });

  it('says a "Load more" that repeats one of its own numbers changed that group alone', async () => {
    const source = new FakeList(many(20, VERIFIED));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    // A number added before the first page shifts the second page by one.
    source.numbers.unshift(qn('+12025550099', VERIFIED));
    const changes: Array<ModelChange | undefined> = [];
    model.onDidChange((change) => changes.push(change));
    await model.loadMore(VERIFIED);
    assert.deepEqual(changes.at(-1), { kind: 'pageLoaded', state: VERIFIED });
    assert.equal(view(model, VERIFIED).numbers.length, 19);
  });

  it('drops a "Load more" answer that arrives after a disconnect, telling no one', async () => {
    const source = new FakeList(many(15, VERIFIED));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    const release = held(source);
    const more = model.loadMore(VERIFIED);
    model.setSource(undefined);
    let changes = 0;
    model.onDidChange(() => changes++);
    release();
    await more;
    assert.equal(changes, 0);
    assert.deepEqual(model.listedNumbers(), []);
  });

  it('reads a page that carries no numbers as an empty one', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource({ list: async () => page({ nextPageToken: '' }) });
    await model.reload();
    assert.deepEqual(model.listedNumbers(), []);
    assert.equal(view(model, VERIFIED).description, '0');
  });

  it('reads a "Load more" page that carries no numbers as an empty one', async () => {
    let calls = 0;
    const model = new QualifiedNumbersModel({ pageSize: 1 });
    model.setSource({
      list: async (params) => {
        calls++;
        if (params.state !== VERIFIED) return page({ qualifiedNumbers: [] });
        return page(params.pageToken ? { totalSize: 1 } : { qualifiedNumbers: [qn('+12025550100', VERIFIED)], nextPageToken: 'p2', totalSize: 1 });
      },
    });
    await model.reload();
    await model.loadMore(VERIFIED);
    assert.equal(calls, STATE_ORDER.length + 1);
    assert.deepEqual(model.listedNumbers().map((n) => n.phoneNumber), ['+12025550100']);
  });

  it('says whether numbers are left unlisted: more pages, or none', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    assert.equal(model.hasUnlistedNumbers(), false, 'nothing loaded yet');
    assert.ok(model.groupViews().every((g) => !g.loadingMore && g.description === 'loading…'));
    const source = new FakeList(many(11, VERIFIED));
    model.setSource(source);
    await model.reload();
    assert.equal(model.hasUnlistedNumbers(), true);
    source.numbers = many(10, VERIFIED);
    await model.reload();
    assert.equal(model.hasUnlistedNumbers(), false);
  });

  it('knows numbers wait on Sinch from the count alone or from the numbers alone', async () => {
    const source = new RecordingList(many(2, PENDING));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    model.setFilter(filterOf('9999'));
    await model.reload();
    assert.equal(view(model, PENDING).count, 0);
    assert.equal(model.hasTransientNumbers(), true, 'none matches the filter, yet two wait');
    source.omitTotal = true;
    model.setFilter(undefined);
    await model.reload();
    assert.equal(model.hasTransientNumbers(), true, 'no count sent, two numbers listed');
  });

  it('never shows the old numbers after a disconnect followed by a filter or query change, or the reverse', async () => {
    for (const change of ['filter', 'query'] as const) {
      for (const order of ['disconnect first', 'change first'] as const) {
        const model = new QualifiedNumbersModel({ pageSize: 10 });
        model.setSource(new FakeList(many(3, VERIFIED)));
        await model.reload();
        assert.equal(view(model, VERIFIED).numbers.length, 3);
        const apply = (): void => (change === 'filter' ? model.setFilter(filterOf('555')) : model.setQuery({ pageSize: 5, sortOrder: 'newest' }));
        if (order === 'change first') apply();
        model.setSource(undefined);
        if (order === 'disconnect first') apply();
        assert.equal(view(model, VERIFIED).numbers.length, 0, `${change}, ${order}`);
      }
    }
  });

  it('takes a new query, and stops telling a listener that was disposed', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setQuery({ pageSize: 20, regionCode: 'US' });
    assert.deepEqual(model.currentQuery, { pageSize: 20, regionCode: 'US' });
    let changes = 0;
    model.onDidChange(() => changes++).dispose();
    model.setSource(new FakeList([]));
    await model.reload();
    assert.equal(changes, 0);
  });

  it('is idle once a reload ends, and busy while a newer one runs after an older one ended', async () => {
    const source = new FakeList(many(2, VERIFIED));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    await model.reload();
    await Promise.resolve();
    assert.equal(await model.whenIdle(), undefined);
    // Each reload's requests wait on their own gate, so the older one can end first.
    const releaseFirst = held(source);
    const first = model.reload();
    const releaseSecond = held(source);
    const second = model.reload();
    releaseFirst();
    await first;
    await Promise.resolve();
    assert.equal(model.whenIdle(), second);
    releaseSecond();
    await second;
  });

  it('is settled only once no reload runs, counting one that started while a caller waited', async () => {
    const source = new FakeList(many(2, VERIFIED));
    const model = new QualifiedNumbersModel({ pageSize: 10 });
    model.setSource(source);
    const releaseBackground = held(source);
    const background = model.reload();
    let settled = false;
    const waiting = model.whenSettled().then(() => (settled = true));
    // The user's Refresh starts while the wait is on: the older reload ends superseded, the wait goes on.
    const releaseUser = held(source);
    const user = model.reload();
    releaseBackground();
    assert.equal((await background).superseded, true);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    assert.equal(settled, false, 'settled while the user\'s reload still ran');
    releaseUser();
    assert.equal((await user).superseded, false);
    await waiting;
    assert.equal(await model.whenIdle(), undefined);
    await model.whenSettled();
  });
});
