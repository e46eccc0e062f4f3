// Metadata for each globalProcessState: label, icon, colour, lifecycle order and the actions that
// apply. The tree, the quick picks and the webview read it from here so a rule lives in one place.
import { GLOBAL_PROCESS_STATES, type GlobalProcessState } from '../api/types';

export type NumberAction = 'sendChallenge' | 'verifyChallenge' | 'textEnable' | 'delete';

export interface StateInfo {
  state: GlobalProcessState;
  /** Short label for the group node. */
  label: string;
  /** One sentence for tooltips and "the number is now ..." messages. */
  description: string;
  /** Codicon id (without `$()`). */
  icon: string;
  /**
   * Theme colour id (`charts.*`, `testing.*`, ...). Verification failed uses `list.warningForeground`:
   * `charts.orange` (#d18616 in every theme) is under 3:1 on the light sidebar; the list colour is
   * made for tree rows (#855f00 light, #cca700 dark, the theme's foreground in high contrast).
   */
  color: string;
  /** Context value suffix for menus: `qualifiedNumber.<contextKey>`. */
  contextKey: string;
  actions: readonly NumberAction[];
  /** The number waits on Sinch: worth auto-refreshing. */
  transient: boolean;
}

const INFO: Record<GlobalProcessState, Omit<StateInfo, 'state'>> = {
  GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING: {
    label: 'Eligibility check pending', description: 'Sinch is checking whether the number can be hosted.',
    icon: 'loading~spin', color: 'charts.yellow', contextKey: 'eligibleCheckPending', actions: ['delete'], transient: true,
  },
  GLOBAL_PROCESS_STATE_ELIGIBLE: {
    label: 'Eligible', description: 'The number can be hosted; prove ownership with a voice challenge.',
    icon: 'pass', color: 'charts.blue', contextKey: 'eligible', actions: ['sendChallenge', 'delete'], transient: false,
  },
  GLOBAL_PROCESS_STATE_NOT_ELIGIBLE: {
    label: 'Not eligible', description: 'Sinch cannot host this number.',
    icon: 'circle-slash', color: 'charts.red', contextKey: 'notEligible', actions: ['delete'], transient: false,
  },
  GLOBAL_PROCESS_STATE_VERIFICATION_PENDING: {
    label: 'Verification pending', description: 'A voice challenge was sent; enter the code you heard.',
    icon: 'call-outgoing', color: 'charts.yellow', contextKey: 'verificationPending', actions: ['verifyChallenge', 'sendChallenge', 'delete'], transient: false,
  },
  GLOBAL_PROCESS_STATE_VERIFICATION_FAILED: {
    label: 'Verification failed', description: 'A wrong code was entered; the code of the same call still works. Too many wrong codes block the number.',
    icon: 'error', color: 'list.warningForeground', contextKey: 'verificationFailed', actions: ['sendChallenge', 'verifyChallenge', 'delete'], transient: false,
  },
  GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED: {
    label: 'Verification blocked', description: 'Too many wrong codes; contact Sinch support to unblock.',
    icon: 'lock', color: 'charts.red', contextKey: 'verificationBlocked', actions: ['delete'], transient: false,
  },
  GLOBAL_PROCESS_STATE_VERIFIED: {
    label: 'Verified', description: 'Ownership is proven; the number can be text-enabled.',
    icon: 'verified', color: 'charts.green', contextKey: 'verified', actions: ['textEnable', 'delete'], transient: false,
  },
  GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS: {
    label: 'Hosting in progress', description: 'A hosting order is moving the number to Sinch.',
    icon: 'sync~spin', color: 'charts.purple', contextKey: 'hostingInProgress', actions: [], transient: true,
  },
  GLOBAL_PROCESS_STATE_HOSTING_DONE: {
    label: 'Hosting done', description: 'The number is hosted on Sinch and can send SMS.',
    icon: 'check-all', color: 'testing.iconPassed', contextKey: 'hostingDone', actions: ['delete'], transient: false,
  },
  GLOBAL_PROCESS_STATE_HOSTING_FAILED: {
    label: 'Hosting failed', description: 'The hosting order failed; see the error, fix it and text-enable again.',
    icon: 'warning', color: 'testing.iconFailed', contextKey: 'hostingFailed', actions: ['textEnable', 'delete'], transient: false,
  },
};

/** Lifecycle order, for groups and pickers. */
export const STATE_ORDER: readonly GlobalProcessState[] = GLOBAL_PROCESS_STATES;

export function stateInfo(state: GlobalProcessState): StateInfo {
  return { state, ...INFO[state] };
}

export function isGlobalProcessState(value: unknown): value is GlobalProcessState {
  return typeof value === 'string' && (GLOBAL_PROCESS_STATES as readonly string[]).includes(value);
}

/** States whose numbers an action applies to. */
export function statesFor(action: NumberAction): GlobalProcessState[] {
  return STATE_ORDER.filter((s) => INFO[s].actions.includes(action));
}

export function canApply(action: NumberAction, state: string): boolean {
  return isGlobalProcessState(state) && INFO[state].actions.includes(action);
}

/** "GLOBAL_PROCESS_STATE_VERIFIED" -> "Verified"; unknown states keep their name readable. */
export function stateLabel(state: string): string {
  if (isGlobalProcessState(state)) return INFO[state].label;
  return state.replace(/^GLOBAL_PROCESS_STATE_/, '').toLowerCase().replace(/_/g, ' ') || 'unknown';
}
