// Detail statuses arrive as string names or as numbers (the reference and the OpenAPI file
// disagree); these turn either form into the words a tooltip shows.
import { DETAIL_STATUSES, type DetailStatus, type HostingStatus } from '../../api/types';

const DETAIL_WORDS: Record<DetailStatus, string> = {
  STATE_UNSPECIFIED: 'Not started',
  WAITING: 'Waiting',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  FAILED: 'Failed',
};

/** `hostedNumber.status` by its number (0, 1, 2). */
export const HOSTING_STATUS_NAMES = ['HOSTING_STATUS_UNSPECIFIED', 'HOSTING_STATUS_HOSTED', 'HOSTING_STATUS_FAILED'] as const;
const HOSTING_WORDS: Record<(typeof HOSTING_STATUS_NAMES)[number], string> = {
  HOSTING_STATUS_UNSPECIFIED: 'Not hosted yet',
  HOSTING_STATUS_HOSTED: 'Hosted',
  HOSTING_STATUS_FAILED: 'Failed',
};

/**
 * "DONE" or 3 -> "Done"; absent -> "Not started"; anything else is shown as it came. Own keys only:
 * with `in`, a status named "toString" came back as a function and broke the tooltip.
 */
export function detailStatusWords(status: DetailStatus | number | string | undefined): string {
  if (status === undefined || status === null) return DETAIL_WORDS.STATE_UNSPECIFIED;
  const name = typeof status === 'number' ? DETAIL_STATUSES[status] : status;
  return name !== undefined && Object.hasOwn(DETAIL_WORDS, name) ? DETAIL_WORDS[name as DetailStatus] : `Unknown (${String(status)})`;
}

/** 1 or "HOSTING_STATUS_HOSTED" -> "Hosted". */
export function hostingStatusWords(status: HostingStatus | number | string | undefined): string {
  if (status === undefined || status === null) return HOSTING_WORDS.HOSTING_STATUS_UNSPECIFIED;
  const name = typeof status === 'number' ? HOSTING_STATUS_NAMES[status] : status;
  return name !== undefined && Object.hasOwn(HOSTING_WORDS, name) ? HOSTING_WORDS[name as keyof typeof HOSTING_WORDS] : `Unknown (${String(status)})`;
}
