// "Add Numbers to Qualify" reads numbers from pasted text, a .txt file, a .csv file or the editor
// selection. CSV cells go through papaparse (quotes, separators); every cell is a candidate and
// header cells such as "phone" are dropped without complaint.
import { inertLinks } from './inertLinks';
import { parseNumberList, type ParsedNumberList } from './phone';

/** papaparse, required on first use: a bundle of its own beside the extension's (scripts/lazyPackages.mjs). */
function papa(): typeof import('papaparse') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return require('papaparse') as typeof import('papaparse');
}

/** Files larger than this are refused before reading: nobody qualifies a million numbers at once. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/**
 * Pasted text and editor selections are read as typed; files get their headers and comments skipped.
 * Text over MAX_INPUT_BYTES characters is refused as a whole, unread: a 10 MB paste would
 * otherwise hold the extension host for seconds, entry by entry.
 */
export function parseNumberSource(text: string, fileName?: string): ParsedNumberList {
  if (text.length > MAX_INPUT_BYTES) {
    const reason = `too long (${text.length.toLocaleString('en-US')} characters; at most ${MAX_INPUT_BYTES.toLocaleString('en-US')})`;
    return { valid: [], invalid: [{ ok: false, input: `${inertLinks(text.slice(0, 20).replace(/\s+/g, ' '))}…`, reason }], duplicates: [] };
  }
  if (fileName === undefined) return parseNumberList(text);
  if (/\.csv$/i.test(fileName)) {
    const parsed = papa().parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
    const cells = parsed.data.flat().map((c) => String(c).trim()).filter((c) => c !== '' && /\d/.test(c));
    return parseNumberList(cells.join('\n'));
  }
  // A text file: header words and comment lines (#) are not numbers anyone meant to submit.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => !/^\s*#/.test(l));
  return parseNumberList(lines.filter((l) => /\d/.test(l) || /[,;]/.test(l)).join('\n'));
}
