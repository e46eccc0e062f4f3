// The Qualified Numbers tree as data: one group per globalProcessState, each with the pages loaded
// so far, its server count, a filter and its errors. The view (src/views) only turns this into
// TreeItems. It talks to the API through `list` alone, so it runs the same against the sandbox
// over HTTP and in plain unit tests.
import type { GlobalProcessState, ListQualifiedNumbersParams, OrderBy, QualifiedNumber, QualifiedNumbersApi, RegionCode } from '../../api/types';
import { STATE_ORDER, stateInfo, type StateInfo } from '../states';
import type { NumberFilter } from './filter';
import { groupDescription, loadMoreLabel } from './presentation';

export type ListSource = Pick<QualifiedNumbersApi, 'list'>;

export interface TreeQuery {
  pageSize: number;
  regionCode?: RegionCode;
  orderBy?: OrderBy;
  /**
   * `newest`: newest first within a state. The API sorts oldest first only (orderBy takes no
   * direction), so a state's pages are read up to the scan limit and shown reversed, a page at a
   * time. Unset or `oldest`: the server's order, paged from the server.
   */
  sortOrder?: SortOrder;
}

export type SortOrder = 'newest' | 'oldest';

export type GroupStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * What changed, when that is less than the whole tree: only a group's "Load more" turned into
 * "Loading…". VS Code re-asks for every child of a group it refreshes, so the view refreshes
 * just that one item (a group of 5,000 numbers: 5,000 TreeItems fewer per click).
 */
export interface ModelChange {
  kind: 'loadingMore';
  state: GlobalProcessState;
}

/** What the view shows for one state. */
export interface GroupView {
  readonly state: GlobalProcessState;
  readonly info: StateInfo;
  readonly status: GroupStatus;
  readonly error?: unknown;
  /** The numbers to show as children (filtered, one page at a time, never twice in the tree). */
  readonly numbers: readonly QualifiedNumber[];
  /** Count for the description: "12", "3 of 12 match", "loading…". */
  readonly description: string;
  /** The server's count, or the filter's matches while a filter is active. */
  readonly count: number;
  readonly hasMore: boolean;
  readonly loadMoreLabel: string;
  readonly loadingMore: boolean;
}

export interface ReloadOutcome {
  /** Another reload or a source change started meanwhile; this one's results were dropped. */
  superseded: boolean;
  failed: number;
  firstError?: unknown;
}

interface GroupData {
  status: GroupStatus;
  /** Unfiltered: every number loaded so far. Filtered: every match found by the scan. */
  numbers: QualifiedNumber[];
  nextPageToken?: string;
  totalSize?: number;
  error?: unknown;
  loadingMore: boolean;
  /** Filtered: how many matches are shown (grows by a page with "Load more"). */
  visibleLimit: number;
  scanTruncated: boolean;
}

/** The filter walks every page of a state to find matches; it stops after this many numbers per state. */
export const DEFAULT_MAX_FILTER_SCAN = 2000;
/** Pages fetched while scanning for a filter (the server may cap it lower). */
const SCAN_PAGE_SIZE = 100;

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
  /**
   * The owner map and each group's own numbers depend only on the groups' number lists, which are
   * replaced, never changed in place: kept while the lists are the same (a "Loading…" flag or a
   * status change does not redo them).
   */
  private owners: { lists: QualifiedNumber[][]; owner: Map<string, GlobalProcessState> } | undefined;
  private readonly ownNumbers = new WeakMap<QualifiedNumber[], { owner: Map<string, GlobalProcessState>; numbers: QualifiedNumber[] }>();

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
          local ? this.scan(source, state, query, filter, abort.signal) : this.fetchPages(source, state, query, targets.get(state) ?? query.pageSize, abort.signal),
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
      this.emit();
      return;
    }
    if (!group.nextPageToken) return;
    const generation = this.generation;
    group.loadingMore = true;
    this.emit({ kind: 'loadingMore', state });
    try {
      const page = await source.list(this.params(state, this.query, group.nextPageToken, this.query.pageSize));
      if (generation !== this.generation) return;
      const current = this.group(state);
      current.numbers = mergeUnique(current.numbers, page.qualifiedNumbers ?? []);
      current.nextPageToken = page.nextPageToken || undefined;
      current.totalSize = page.totalSize ?? current.totalSize;
    } finally {
      if (generation === this.generation) {
        this.group(state).loadingMore = false;
        this.emit();
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
      const unique = this.ownNumbersOf(state, group.numbers, owner);
      const filtered = this.filter !== undefined;
      const local = this.pagesLocally();
      const numbers = local ? unique.slice(0, group.visibleLimit) : unique;
      const hasMore = local ? unique.length > group.visibleLimit : group.nextPageToken !== undefined;
      const count = filtered ? unique.length : group.totalSize ?? unique.length;
      let description: string;
      if (group.status === 'loading' || group.status === 'idle') description = 'loading…';
      else if (group.status === 'error') description = 'failed to load';
      else {
        description = groupDescription({
          totalSize: group.totalSize,
          loaded: unique.length,
          hasMore: group.nextPageToken !== undefined,
          matches: filtered ? unique.length : undefined,
          scanTruncated: group.scanTruncated,
        });
      }
      return {
        state,
        info: stateInfo(state),
        status: group.status,
        error: group.error,
        numbers,
        description,
        count,
        hasMore,
        loadMoreLabel: loadMoreLabel(numbers.length, filtered ? unique.length : group.totalSize),
        loadingMore: group.loadingMore,
      };
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

  find(phoneNumber: string): QualifiedNumber | undefined {
    return this.listedNumbers().find((n) => n.phoneNumber === phoneNumber);
  }

  /** Numbers wait on Sinch (a transient state is not empty): worth refreshing on a timer. */
  hasTransientNumbers(): boolean {
    return STATE_ORDER.some((s) => stateInfo(s).transient && ((this.group(s).totalSize ?? 0) > 0 || this.group(s).numbers.length > 0));
  }

  private async fetchPages(source: ListSource, state: GlobalProcessState, query: TreeQuery, target: number, signal: AbortSignal): Promise<GroupData> {
    let numbers: QualifiedNumber[] = [];
    let token: string | undefined;
    let totalSize: number | undefined;
    do {
      const page = await source.list(this.params(state, query, token, query.pageSize), { signal });
      numbers = mergeUnique(numbers, page.qualifiedNumbers ?? []);
      token = page.nextPageToken || undefined;
      totalSize = page.totalSize ?? totalSize;
    } while (token !== undefined && numbers.length < target);
    return { status: 'loaded', numbers, nextPageToken: token, totalSize, loadingMore: false, visibleLimit: query.pageSize, scanTruncated: false };
  }

  /** Filtered or newest first: every number of a state is read at once and shown a page at a time. */
  private pagesLocally(): boolean {
    return this.filter !== undefined || this.query.sortOrder === 'newest';
  }

  private async scan(source: ListSource, state: GlobalProcessState, query: TreeQuery, filter: NumberFilter | undefined, signal: AbortSignal): Promise<GroupData> {
    const matches: QualifiedNumber[] = [];
    let scanned = 0;
    let token: string | undefined;
    let totalSize: number | undefined;
    do {
      const page = await source.list(this.params(state, query, token, SCAN_PAGE_SIZE), { signal });
      const numbers = page.qualifiedNumbers ?? [];
      scanned += numbers.length;
      matches.push(...(filter ? numbers.filter((n) => filter.matches(n.phoneNumber)) : numbers));
      token = page.nextPageToken || undefined;
      totalSize = page.totalSize ?? totalSize;
      // An empty page with a token would loop forever: treat it as the end.
      if (numbers.length === 0) token = undefined;
    } while (token !== undefined && scanned < this.maxFilterScan);
    return {
      status: 'loaded',
      numbers: mergeUnique([], query.sortOrder === 'newest' ? matches.reverse() : matches),
      nextPageToken: undefined,
      totalSize,
      loadingMore: false,
      visibleLimit: query.pageSize,
      scanTruncated: token !== undefined,
    };
  }

  private params(state: GlobalProcessState, query: TreeQuery, pageToken: string | undefined, pageSize: number): ListQualifiedNumbersParams {
    const params: ListQualifiedNumbersParams = { state, pageSize };
    if (query.regionCode) params.regionCode = query.regionCode;
    if (query.orderBy) params.orderBy = query.orderBy;
    if (pageToken) params.pageToken = pageToken;
    return params;
  }

  /**
   * Groups load in parallel, so a number that changed state between two requests can come back in
   * two groups; it is shown once, in the group of its latest update (the later state on a tie).
   */
  private ownerOfEachNumber(): Map<string, GlobalProcessState> {
    const lists = STATE_ORDER.map((state) => this.group(state).numbers);
    const known = this.owners;
    if (known && lists.every((list, i) => list === known.lists[i])) return known.owner;
    const owner = this.computeOwners();
    this.owners = { lists, owner };
    return owner;
  }

  /** The numbers of a group's list that the owner map gives to that group. */
  private ownNumbersOf(state: GlobalProcessState, list: QualifiedNumber[], owner: Map<string, GlobalProcessState>): QualifiedNumber[] {
    const known = this.ownNumbers.get(list);
    if (known?.owner === owner) return known.numbers;
    const numbers = list.filter((n) => owner.get(n.phoneNumber) === state);
    this.ownNumbers.set(list, { owner, numbers });
    return numbers;
  }

  private computeOwners(): Map<string, GlobalProcessState> {
    const owner = new Map<string, GlobalProcessState>();
    const seenNumber = new Map<string, QualifiedNumber>();
    const time = (n: QualifiedNumber): number => Date.parse(n.updatedTime ?? '') || 0;
    for (const state of STATE_ORDER) {
      for (const n of this.group(state).numbers) {
        const seen = seenNumber.get(n.phoneNumber);
        // Times are compared only for a number met twice (rare), not parsed for every number.
        if (!seen || time(n) >= time(seen)) {
          owner.set(n.phoneNumber, state);
          seenNumber.set(n.phoneNumber, n);
        }
      }
    }
    return owner;
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

function emptyGroup(pageSize: number): GroupData {
  return { status: 'idle', numbers: [], loadingMore: false, visibleLimit: pageSize, scanTruncated: false };
}

/** Appends `more` to `numbers`, skipping numbers already there (pages can shift between requests). */
function mergeUnique(numbers: QualifiedNumber[], more: QualifiedNumber[]): QualifiedNumber[] {
  const seen = new Set(numbers.map((n) => n.phoneNumber));
  const result = [...numbers];
  for (const n of more) {
    if (!seen.has(n.phoneNumber)) {
      seen.add(n.phoneNumber);
      result.push(n);
    }
  }
  return result;
}
