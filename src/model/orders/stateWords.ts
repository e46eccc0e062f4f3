// Hosting order states in words, with the codicon and theme colour the view shows, and which
// states are final (no more automatic refreshes, one notification when an order gets there).
import type { HostingOrderState } from '../../api/types';

export interface OrderStateInfo {
  label: string;
  /** Codicon id, without `$()`. */
  icon: string;
  /** Theme colour id. */
  color: string;
  /** Nothing more will happen to the order: not worth refreshing on a timer. */
  finished: boolean;
  /** Suffix of the node's context value: `hostingOrder.<contextKey>`. */
  contextKey: string;
}

const INFO: Record<HostingOrderState, OrderStateInfo> = {
  HOSTING_ORDER_STATE_UNSPECIFIED: { label: 'State not given', icon: 'question', color: 'descriptionForeground', finished: false, contextKey: 'unspecified' },
  DRAFT: { label: 'Draft', icon: 'edit', color: 'descriptionForeground', finished: false, contextKey: 'draft' },
  SUBMITTED: { label: 'Submitted', icon: 'send', color: 'charts.blue', finished: false, contextKey: 'submitted' },
  WAITING_FOR_LOA_SIGNATURE: { label: 'Waiting for the LoA signature', icon: 'mail', color: 'charts.yellow', finished: false, contextKey: 'waitingForLoa' },
  IN_PROGRESS: { label: 'In progress', icon: 'sync', color: 'charts.purple', finished: false, contextKey: 'inProgress' },
  COMPLETED: { label: 'Completed', icon: 'pass-filled', color: 'testing.iconPassed', finished: true, contextKey: 'completed' },
  REJECTED: { label: 'Rejected', icon: 'error', color: 'testing.iconFailed', finished: true, contextKey: 'rejected' },
};

/** An order the API answers 404 for: shown as such, never refreshed on a timer, never dropped silently. */
export const NOT_FOUND_INFO: OrderStateInfo = { label: 'Not found (404)', icon: 'circle-slash', color: 'errorForeground', finished: true, contextKey: 'notFound' };
/** Not fetched yet, or the last fetch failed before any answer. */
export const UNKNOWN_INFO: OrderStateInfo = { label: 'Loading…', icon: 'loading~spin', color: 'descriptionForeground', finished: false, contextKey: 'loading' };

export function isHostingOrderState(value: unknown): value is HostingOrderState {
  // Own keys only: with `in`, a state named "toString" was taken for a known one.
  return typeof value === 'string' && Object.hasOwn(INFO, value);
}

/** An unknown state keeps its name readable and counts as unfinished (it may still move). */
export function orderStateInfo(state: string | undefined): OrderStateInfo {
  if (state === undefined || state === '') return INFO.HOSTING_ORDER_STATE_UNSPECIFIED;
  if (isHostingOrderState(state)) return INFO[state];
  return { label: state.toLowerCase().replace(/_/g, ' '), icon: 'question', color: 'descriptionForeground', finished: false, contextKey: 'unknown' };
}

export function orderStateLabel(state: string): string {
  return orderStateInfo(state).label;
}

export function isFinishedOrderState(state: string | undefined): boolean {
  return orderStateInfo(state).finished;
}

/** "text enable", "text enable (toll-free)", "import"; an order this extension filed is a text enable even when the answer does not say. */
export function orderTypeWords(type: string | undefined, kind: 'standard' | 'tollFree' | 'unknown' = 'unknown'): string {
  if (type === 'IMPORT') return 'import';
  const textEnable = kind === 'tollFree' ? 'text enable (toll-free)' : 'text enable';
  if (type === 'TYPE_TEXT_ENABLE') return textEnable;
  if (type === undefined || type === '' || type === 'HOSTING_ORDER_TYPE_UNSPECIFIED') return kind === 'unknown' ? 'type not given' : textEnable;
  return type.toLowerCase().replace(/_/g, ' ');
}
