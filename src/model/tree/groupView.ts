// The projection of one group for the view: the numbers it shows as children, its description,
// count and "Load more" label. treeModel.ts computes these once per change.
import type { GlobalProcessState, QualifiedNumber } from '../../api/types';
import { stateInfo, type StateInfo } from '../states';
import type { GroupData, GroupStatus } from './groupPages';
import { groupDescription, loadMoreLabel } from './presentation';

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

/** `unique`: the group's numbers that no other group shows (see ownership.ts). */
export function projectGroup(state: GlobalProcessState, group: GroupData, unique: QualifiedNumber[], filtered: boolean): GroupView {
  const numbers = filtered ? unique.slice(0, group.visibleLimit) : unique;
  const hasMore = filtered ? unique.length > group.visibleLimit : group.nextPageToken !== undefined;
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
}
