// Words and Markdown for tree nodes: labels, descriptions, tooltips and menu context values.
// The view wraps these strings in TreeItems; everything here is plain text and testable.
import type { QualifiedNumber } from '../../api/types';
import { formatNanp, isE164 } from '../phone';
import { isGlobalProcessState, stateInfo, stateLabel } from '../states';
import { localTime, type TimeFormat } from './localTime';
import { escapeMarkdown } from './markdown';
import { relativeTime } from './relativeTime';
import { detailStatusWords, hostingStatusWords } from './statusWords';

/** Context value prefix for number nodes; package.json menus match `viewItem =~ /^qualifiedNumber\.(...)$/`. */
export const NUMBER_CONTEXT_PREFIX = 'qualifiedNumber.';
/** Context value of a number an action is running on: no menus until it finishes. */
export const BUSY_CONTEXT_VALUE = 'qualifiedNumber.busy';

export function numberLabel(number: QualifiedNumber): string {
  return formatNanp(number.phoneNumber);
}

export function numberContextValue(number: QualifiedNumber): string {
  const state = number.globalProcessState;
  return NUMBER_CONTEXT_PREFIX + (isGlobalProcessState(state) ? stateInfo(state).contextKey : 'unknown');
}

/** "US · 3 min. ago" */
export function numberDescription(number: QualifiedNumber, now: number): string {
  const parts = [number.regionCode, relativeTime(number.updatedTime ?? number.createdTime, now)].filter((p): p is string => !!p);
  return parts.join(' · ');
}

export interface GroupCounts {
  /** Server's totalSize, when it sent one. */
  totalSize?: number;
  loaded: number;
  hasMore: boolean;
  /** Set while a filter is active. */
  matches?: number;
  /** The filter scan stopped before the last page. */
  scanTruncated?: boolean;
}

/** The description beside a group label: its count, or what the filter found. */
export function groupDescription(counts: GroupCounts): string {
  const total = counts.totalSize ?? (counts.hasMore ? `${counts.loaded}+` : `${counts.loaded}`);
  if (counts.matches !== undefined) {
    return `${counts.matches}${counts.scanTruncated ? '+' : ''} of ${total} match`;
  }
  return String(total);
}

/** "Load more (50 of 230 shown)" */
export function loadMoreLabel(shown: number, total: number | undefined): string {
  return total !== undefined ? `Load more (${shown} of ${total} shown)` : `Load more (${shown} shown)`;
}

/** The Markdown tooltip of a number: its state in words, every detail status and error, and its times in local time. */
export function numberTooltipMarkdown(number: QualifiedNumber, time: TimeFormat = {}): string {
  const phone = isE164(number.phoneNumber) ? formatNanp(number.phoneNumber) : number.phoneNumber;
  const state = number.globalProcessState;
  const lines: string[] = [`**${escapeMarkdown(phone)}**${number.regionCode ? ` (${escapeMarkdown(number.regionCode)})` : ''}`, ''];
  if (isGlobalProcessState(state)) {
    const info = stateInfo(state);
    lines.push(`$(${info.icon.replace(/~spin$/, '')}) **${escapeMarkdown(info.label)}**: ${escapeMarkdown(info.description)}`, '');
  } else {
    lines.push(`**${escapeMarkdown(stateLabel(String(state)))}**`, '');
  }
  const steps: Array<[string, string, string | undefined]> = [
    ['OSR eligibility', detailStatusWords(number.osrEligibility?.status), number.osrEligibility?.error],
    ['Ownership verification', detailStatusWords(number.ownershipVerification?.status), number.ownershipVerification?.error],
    ['Hosting', hostingStatusWords(number.hostedNumber?.status), number.hostedNumber?.error],
  ];
  // An "Error" column only when there is an error to show: an empty one reads as a missing value.
  const withErrors = steps.some(([, , error]) => !!error);
  lines.push(withErrors ? '| Step | Status | Error |' : '| Step | Status |', withErrors ? '|---|---|---|' : '|---|---|');
  for (const [step, status, error] of steps) lines.push(`| ${step} | ${escapeMarkdown(status)} |${withErrors ? ` ${error ? escapeMarkdown(error) : ''} |` : ''}`);
  lines.push('');
  const times = [
    number.createdTime ? `Created ${escapeMarkdown(localTime(number.createdTime, time))}` : undefined,
    number.updatedTime ? `Updated ${escapeMarkdown(localTime(number.updatedTime, time))}` : undefined,
  ].filter((t): t is string => t !== undefined);
  if (times.length > 0) lines.push(`${times.join(' · ')} (local time)`);
  return lines.join('\n');
}

/** The view's description while filters are on: "Filter: 555 · Region: US"; empty otherwise. */
export function viewDescription(filterText: string | undefined, region: string | undefined): string {
  return [filterText ? `Filter: ${filterText}` : undefined, region ? `Region: ${region}` : undefined].filter((p) => p !== undefined).join(' · ');
}

/**
 * The line above the tree while filters narrow it. VS Code hides the view description when the
 * view is alone in its container, so this message is where a filter stays visible. Undefined: none.
 */
export function filterMessage(filterText: string | undefined, region: string | undefined): string | undefined {
  if (!filterText && !region) return undefined;
  const what = [filterText ? `numbers matching ${filterText}` : 'numbers', region ? `in ${region} only` : undefined].filter((p) => p !== undefined).join(' ');
  return `Filtered: ${what}. Clear Filter shows every number.`;
}
