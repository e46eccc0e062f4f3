// The "Show Number Details" document: the number exactly as the API returned it (times in UTC, as
// sent), as JSON with comments. A detail status that arrives as a number (`"status": 0`) gets its
// enum name and meaning beside it, so nobody has to look up what 0 means.
import { DETAIL_STATUSES, type QualifiedNumber } from '../api/types';
import { detailStatusWords, HOSTING_STATUS_NAMES, hostingStatusWords } from './tree/statusWords';

const STATUS_MEANING: Record<string, (status: number) => string | undefined> = {
  osrEligibility: (s) => (DETAIL_STATUSES[s] ? `${DETAIL_STATUSES[s]}: ${detailStatusWords(s)}` : undefined),
  ownershipVerification: (s) => (DETAIL_STATUSES[s] ? `${DETAIL_STATUSES[s]}: ${detailStatusWords(s)}` : undefined),
  hostedNumber: (s) => (HOSTING_STATUS_NAMES[s] ? `${HOSTING_STATUS_NAMES[s]}: ${hostingStatusWords(s)}` : undefined),
};

/** JSONC text (two-space indent) for a `.jsonc` document. */
export function numberDetailsDocument(number: QualifiedNumber): string {
  let section: string | undefined;
  const lines = JSON.stringify(number, null, 2).split('\n').map((line) => {
    const opened = /^ {2}"(\w+)": \{$/.exec(line);
    if (opened) section = opened[1];
    else if (/^ {2}\S/.test(line)) section = undefined;
    const status = /^ {4}"status": (\d+),?$/.exec(line);
    const meaning = status && section ? STATUS_MEANING[section]?.(Number(status[1])) : undefined;
    return meaning ? `${line} // ${meaning}` : line;
  });
  return `${lines.join('\n')}\n`;
}
