// The Qualified Numbers tree as data: one group per globalProcessState, each with the pages loaded
// so far, its server count, a filter and its errors; reloads, paging and change events live here.
// Loading a group is groupPages.ts, which group shows a number is ownership.ts, and what the view
// shows of a group is groupView.ts. The view (src/views) only turns this into TreeItems. It talks
// to the API through `list` alone, so it runs the same against the sandbox over HTTP and in plain
// unit tests.
import type { GlobalProcessState, QualifiedNumber } from '../../api/types';
import { STATE_ORDER, stateInfo } from '../states';
import type { NumberFilter } from './filter';
import { emptyGroup, fetchPages, listParams, mergeUnique, scanForMatches, type GroupData, type ListSource, type TreeQuery } from './groupPages';
import { projectGroup, type GroupView } from './groupView';
import { NumberOwnership } from './ownership';

export type { GroupStatus, ListSource, SortOrder, TreeQuery } from './groupPages';
export type { GroupView } from './groupView';

/**
 * What changed, when that is less than the whole tree. `loadingMore`: only a group's "Load more"
 * turned into "Loading…"; VS Code re-asks for every child of a group it refreshes, so the view
 * refreshes just that one item (a group of 5,000 numbers: 5,000 TreeItems fewer per click).
 * `pageLoaded`: one group has its next page and no other group lost a number to it, so the view
 * refreshes that group alone.
 */
export interface ModelChange {
  kind: 'loadingMore' | 'pageLoaded';
  state: GlobalProcessState;
}

export interface ReloadOutcome {
  /** Another reload or a source change started meanwhile; this one's results were dropped. */
  superseded: boolean;
  failed: number;
  firstError?: unknown;
}

/** The filter walks every page of a state to find matches; it stops after this many numbers per state. */
export const DEFAULT_MAX_FILTER_SCAN = 2000;

export class QualifiedNumbersModel {
  private source: ListSource | undefined;
  private query: TreeQuery;
  private filter: NumberFilter | undefined;
  private groups = new Map<GlobalProcessState, GroupData>();
  private generation = 0;
  private abort: AbortController | undefined;
  private inFlight: Promise<ReloadOutcome> | undefined;
  private readonly listeners = new Set<(change?: ModelChange) => void>();
  /**
   * Bumped on every change. The view asks for groupViews() once per TreeItem (each group, each
   * "Load more") on every render, and with thousands of numbers loaded that work adds up (a walk
   * to 5,000 numbers spent ~1.6 s here; BENCHMARKS.md): it is computed once per version instead.
   */
  private version = 0;
  private views: { version: number; groups: GroupView[] } | undefined;
  /** Which group shows a number; cached while the groups' lists are the same (a "Loading…" flag does not redo it). */
  private readonly ownership = new NumberOwnership();

  constructor(query: TreeQuery, private readonly maxFilterScan = DEFAULT_MAX_FILTER_SCAN) {
    this.query = { ...query };
    this.resetGroups();
  }

  /** `change` says what changed when it is less than the whole tree; undefined: anything may have. */
  onDidChange(listener: (change?: ModelChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get connected(): boolean {
    return this.source !== undefined;
  }

  get activeFilter(): NumberFilter | undefined {
    return this.filter;
  }

  get currentQuery(): Readonly<TreeQuery> {
    return this.query;
  }

  /** Connects (or disconnects, with undefined) and forgets every loaded page. Call `reload` next. */
  setSource(source: ListSource | undefined): void {
    this.cancel();
    this.source = source;
    this.resetGroups();
    this.emit();
  }

  setQuery(query: TreeQuery): void {
    this.query = { ...query };
    this.version++;
  }

  setFilter(filter: NumberFilter | undefined): void {
    this.filter = filter;
    this.version++;
  }

  /** The reload under way, if any (tests and progress indicators wait on it). */
  whenIdle(): Promise<ReloadOutcome | undefined> {
    return this.inFlight ?? Promise.resolve(undefined);
  }

  /**
   * Resolves once no reload is under way, counting those that start meanwhile: a background reload
   * that waits here never supersedes one the user started while it waited (it would swallow that
   * reload's outcome, and the user's Refresh would end before the tree shows what it fetched).
   */
  async whenSettled(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** A reload is under way (checked right before a background reload starts: see whenSettled). */
  get reloading(): boolean {
    return this.inFlight !== undefined;
  }

  /**
   * Fetches every group's first page in parallel (or, with a filter, scans for matches). With
   * `keepLoaded`, groups fetch as many pages as they had, so an auto-refresh does not fold up
   * what the user paged through. Old data stays on screen until the new data is in.
   */
  reload(options: { keepLoaded?: boolean } = {}): Promise<ReloadOutcome> {
    const source = this.source;
    if (!source) return Promise.resolve({ superseded: false, failed: 0 });
    this.cancel();
    const generation = ++this.generation;
    const abort = new AbortController();
    this.abort = abort;
    const filter = this.filter;
    const query = { ...this.query };
    const local = filter !== undefined || query.sortOrder === 'newest';
    const targets = new Map<GlobalProcessState, number>();
    for (const state of STATE_ORDER) {
      const group = this.group(state);
      targets.set(state, options.keepLoaded && !local ? Math.max(group.numbers.length, query.pageSize) : query.pageSize);
      if (group.status === 'idle' || group.status === 'error') group.status = 'loading';
    }
    this.emit();
    const run = async (): Promise<ReloadOutcome> => {
      const results = await Promise.allSettled(
        STATE_ORDER.map((state) =>
          local ? scanForMatches(source, state, query, filter, this.maxFilterScan, abort.signal) : fetchPages(source, state, query, targets.get(state) ?? query.pageSize, abort.signal),
        ),
      );
      if (generation !== this.generation) return { superseded: true, failed: 0 };
      let failed = 0;
      let firstError: unknown;
      results.forEach((result, index) => {
        const state = STATE_ORDER[index];
        const previous = this.group(state);
        if (result.status === 'fulfilled') {
          // An auto-refresh keeps as many numbers shown as the user paged to.
          const visibleLimit = options.keepLoaded ? Math.max(previous.visibleLimit, query.pageSize) : query.pageSize;
          this.groups.set(state, { ...result.value, loadingMore: false, visibleLimit });
        } else {
          failed += 1;
          firstError ??= result.reason;
          this.groups.set(state, { ...previous, status: 'error', error: result.reason, loadingMore: false });
        }
      });
      if (this.abort === abort) this.abort = undefined;
      this.emit();
      return { superseded: false, failed, firstError };
    };
    const promise = run();
    this.inFlight = promise;
    void promise.finally(() => {
      if (this.inFlight === promise) this.inFlight = undefined;
    });
    return promise;
  }

  /** Shows the next page of one group: fetched from the server, or the next slice of filter matches. */
  async loadMore(state: GlobalProcessState): Promise<void> {
    const source = this.source;
    const group = this.group(state);
    if (!source || group.loadingMore) return;
    if (this.pagesLocally()) {
      group.visibleLimit += this.query.pageSize;
      this.emit({ kind: 'pageLoaded', state });
      return;
    }
    if (!group.nextPageToken) return;
    const generation = this.generation;
    group.loadingMore = true;
    this.emit({ kind: 'loadingMore', state });
    let change: ModelChange | undefined;
    try {
      const page = await source.list(listParams(state, this.query, group.nextPageToken, this.query.pageSize), { interactive: true });
      if (generation !== this.generation) return;
      const current = this.group(state);
      const numbers = page.qualifiedNumbers ?? [];
      // A number another group shows may move here (it changed state between requests): then
      // that group changes too, and the whole tree is refreshed.
      const owner = this.ownerOfEachNumber();
      const movesHere = numbers.some((n) => {
        const shownIn = owner.get(n.phoneNumber);
        return shownIn !== undefined && shownIn !== state;
      });
      current.numbers = mergeUnique(current.numbers, numbers);
      current.nextPageToken = page.nextPageToken || undefined;
      current.totalSize = page.totalSize ?? current.totalSize;
      if (!movesHere) change = { kind: 'pageLoaded', state };
    } finally {
      if (generation === this.generation) {
        this.group(state).loadingMore = false;
        this.emit(change);
      }
    }
  }

  /** Groups in lifecycle order, as the view shows them. A number never appears in two groups. */
  groupViews(): GroupView[] {
    if (this.views?.version !== this.version) this.views = { version: this.version, groups: this.computeGroupViews() };
    return this.views.groups;
  }

  private computeGroupViews(): GroupView[] {
    const owner = this.ownerOfEachNumber();
    return STATE_ORDER.map((state) => {
      const group = this.group(state);
      return projectGroup(state, group, this.ownership.ownNumbersOf(state, group.numbers, owner), this.filter !== undefined, this.pagesLocally());
    });
  }

  /** Set when every group failed: the view shows one error node instead of ten. */
  rootError(): unknown {
    const groups = STATE_ORDER.map((s) => this.group(s));
    return groups.every((g) => g.status === 'error') ? groups[0].error : undefined;
  }

  /** Every number the tree lists now (after the filter), in group order. */
  listedNumbers(): QualifiedNumber[] {
    const owner = this.ownerOfEachNumber();
    return STATE_ORDER.flatMap((state) => this.group(state).numbers.filter((n) => owner.get(n.phoneNumber) === state));
  }

  /** Some group has pages (or filter matches) that are not loaded or not shown. */
  hasUnlistedNumbers(): boolean {
    return STATE_ORDER.some((s) => this.group(s).nextPageToken !== undefined || this.group(s).scanTruncated);
  }

  /** One map lookup, not a walk of every listed number: the hover asks on every mouse rest. */
  find(phoneNumber: string): QualifiedNumber | undefined {
    this.ownerOfEachNumber();
    return this.ownership.shownNumber(phoneNumber);
  }

  /** Numbers wait on Sinch (a transient state is not empty): worth refreshing on a timer. */
  hasTransientNumbers(): boolean {
    return STATE_ORDER.some((s) => stateInfo(s).transient && ((this.group(s).totalSize ?? 0) > 0 || this.group(s).numbers.length > 0));
  }

  private ownerOfEachNumber(): Map<string, GlobalProcessState> {
    return this.ownership.ownerOfEachNumber((state) => this.group(state).numbers);
  }

  /** Filtered or newest first: every number of a state is read at once and shown a page at a time. */
  private pagesLocally(): boolean {
    return this.filter !== undefined || this.query.sortOrder === 'newest';
  }

  private group(state: GlobalProcessState): GroupData {
    let group = this.groups.get(state);
    if (!group) {
      group = emptyGroup(this.query.pageSize);
      this.groups.set(state, group);
    }
    return group;
  }

  private resetGroups(): void {
    this.groups = new Map(STATE_ORDER.map((s) => [s, emptyGroup(this.query.pageSize)]));
  }

  private cancel(): void {
    this.generation += 1;
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Every change to what groupViews() shows ends here (setQuery and setFilter bump the version too). */
  private emit(change?: ModelChange): void {
    this.version++;
    for (const listener of [...this.listeners]) listener(change);
  }
}
