// Loading one group (one globalProcessState) of the tree: its pages from the server, or, with a
// filter, a scan of its pages for matches. Functions over `list` alone, used by treeModel.ts.
import type { GlobalProcessState, ListQualifiedNumbersParams, OrderBy, QualifiedNumber, QualifiedNumbersApi, RegionCode } from '../../api/types';
import { recordAppend } from './appendedLists';
import type { NumberFilter } from './filter';

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

/** What the model holds for one state. */
export interface GroupData {
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

/** Pages fetched while scanning for a filter (the server may cap it lower). */
const SCAN_PAGE_SIZE = 100;

export function emptyGroup(pageSize: number): GroupData {
  return { status: 'idle', numbers: [], loadingMore: false, visibleLimit: pageSize, scanTruncated: false };
}

/** Pages of one state until `target` numbers are in (or the last page). */
export async function fetchPages(source: ListSource, state: GlobalProcessState, query: TreeQuery, target: number, signal: AbortSignal): Promise<GroupData> {
  let numbers: QualifiedNumber[] = [];
  let token: string | undefined;
  let totalSize: number | undefined;
  do {
    const page = await source.list(listParams(state, query, token, query.pageSize), { signal, interactive: true });
    numbers = mergeUnique(numbers, page.qualifiedNumbers ?? []);
    token = page.nextPageToken || undefined;
    totalSize = page.totalSize ?? totalSize;
  } while (token !== undefined && numbers.length < target);
  return { status: 'loaded', numbers, nextPageToken: token, totalSize, loadingMore: false, visibleLimit: query.pageSize, scanTruncated: false };
}

/** Every page of one state (up to `maxScan` numbers), keeping the numbers the filter matches (all without one), newest first when asked. */
export async function scanForMatches(source: ListSource, state: GlobalProcessState, query: TreeQuery, filter: NumberFilter | undefined, maxScan: number, signal: AbortSignal): Promise<GroupData> {
  const matches: QualifiedNumber[] = [];
  let scanned = 0;
  let token: string | undefined;
  let totalSize: number | undefined;
  do {
    const page = await source.list(listParams(state, query, token, SCAN_PAGE_SIZE), { signal, interactive: true });
    const numbers = page.qualifiedNumbers ?? [];
    scanned += numbers.length;
    matches.push(...(filter ? numbers.filter((n) => filter.matches(n.phoneNumber)) : numbers));
    token = page.nextPageToken || undefined;
    totalSize = page.totalSize ?? totalSize;
    // An empty page with a token would loop forever: treat it as the end.
    if (numbers.length === 0) token = undefined;
  } while (token !== undefined && scanned < maxScan);
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

export function listParams(state: GlobalProcessState, query: TreeQuery, pageToken: string | undefined, pageSize: number): ListQualifiedNumbersParams {
  const params: ListQualifiedNumbersParams = { state, pageSize };
  if (query.regionCode) params.regionCode = query.regionCode;
  if (query.orderBy) params.orderBy = query.orderBy;
  if (pageToken) params.pageToken = pageToken;
  return params;
}

/**
 * The phone numbers of the lists mergeUnique made: such a list is a group's latest, and the next
 * page is appended to it in place (see appendedLists.ts); a Set rebuilt from every number loaded
 * so far, or a copy of the list, made each "Load more" cost the whole group.
 */
const seenOf = new WeakMap<QualifiedNumber[], Set<string>>();

/**
 * Appends `more` to `numbers`, skipping numbers already there (pages can shift between requests).
 * A list mergeUnique made grows in place and is returned; any other list is copied first, so an
 * array the caller made is never changed.
 */
export function mergeUnique(numbers: QualifiedNumber[], more: QualifiedNumber[]): QualifiedNumber[] {
  const known = seenOf.get(numbers);
  const seen = known ?? new Set(numbers.map((n) => n.phoneNumber));
  const result = known ? numbers : numbers.slice();
  for (const n of more) {
    if (!seen.has(n.phoneNumber)) {
      seen.add(n.phoneNumber);
      result.push(n);
    }
  }
  seenOf.set(result, seen);
  return recordAppend(result, numbers);
}
