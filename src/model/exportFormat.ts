// "Export Qualified Numbers": the listed numbers as CSV (one row per number, detail statuses
// flattened into columns, via papaparse so quoting is right) or as JSON (the API's own shape).
import type { QualifiedNumber } from '../api/types';
import { stateLabel } from './states';
import { detailStatusWords, hostingStatusWords } from './tree/statusWords';

/** papaparse, required on first use: a bundle of its own beside the extension's (scripts/lazyPackages.mjs). */
function papa(): typeof import('papaparse') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return require('papaparse') as typeof import('papaparse');
}

export type ExportFormat = 'csv' | 'json';

export const CSV_COLUMNS = [
  'phoneNumber',
  'regionCode',
  'globalProcessState',
  'state',
  'osrEligibility',
  'osrEligibilityError',
  'ownershipVerification',
  'ownershipVerificationError',
  'hosting',
  'hostingError',
  'createdTime',
  'updatedTime',
] as const;

/**
 * A cell starting with = + - @ runs as a formula in a spreadsheet, and error texts come from the
 * server; such cells get a leading quote. A plain number ("+12025550134") is left alone.
 */
const FORMULA_START = /^(?:[=@\t\r]|[+-](?!\d+$))/;

export function exportNumbers(numbers: readonly QualifiedNumber[], format: ExportFormat): string {
  return format === 'csv' ? toCsv(numbers) : `${JSON.stringify({ qualifiedNumbers: numbers }, null, 2)}\n`;
}

function toCsv(numbers: readonly QualifiedNumber[]): string {
  const rows = numbers.map((n) => [
    n.phoneNumber,
    n.regionCode ?? '',
    n.globalProcessState,
    stateLabel(String(n.globalProcessState)),
    detailStatusWords(n.osrEligibility?.status),
    n.osrEligibility?.error ?? '',
    detailStatusWords(n.ownershipVerification?.status),
    n.ownershipVerification?.error ?? '',
    hostingStatusWords(n.hostedNumber?.status),
    n.hostedNumber?.error ?? '',
    n.createdTime ?? '',
    n.updatedTime ?? '',
  ]);
  return `${papa().unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START, newline: '\n' })}\n`;
}

/** "qualified-numbers-2024-05-01.csv" */
export function exportFileName(format: ExportFormat, now: Date): string {
  return `qualified-numbers-${now.toISOString().slice(0, 10)}.${format}`;
}
