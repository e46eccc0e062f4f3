// Finds US/CA phone numbers written in a line of any document: E.164 (+12025550134) and the common
// NANP writings ((202) 555-0134, 202-555-0134, 202.555.0134, 1-202-555-0134). The hover and the
// editor's context menu use it; it looks at one line (or one selection) only, so a big file costs
// nothing. A hand-written pattern rather than libphonenumber-js's findPhoneNumbersInText: that
// matcher runs "(202) 555-0135, 202" together and skips the 555-01xx test numbers people write.
// What counts as a valid number is still parseNanpNumber's rule, shared with "Add Numbers to Qualify".
import { parseNanpNumber, type PhoneParseResult } from '../phone';

/** Longest line we look at: minified files have megabyte lines nobody hovers a number in. */
export const MAX_LINE_LENGTH = 10_000;

export interface FoundNumber {
  /** Offsets in the line: [start, end). */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** A valid NANP number (`e164`) or why it is not one (area code 123, ...). */
  parsed: PhoneParseResult;
}

// Optional +1 / 1, a 3-digit area code (bracketed or not), 3 + 4 digits, with one space, dot or
// dash between groups. Not inside a longer run of digits or letters (an ID, a hex string).
const CANDIDATE = /(?<![\w+.-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?![\w]|[.-]\d)/g;

/** Every number-like run in the line, valid or not, in order. */
export function findPhoneNumbers(line: string): FoundNumber[] {
  if (line.length > MAX_LINE_LENGTH) return [];
  const found: FoundNumber[] = [];
  for (const match of line.matchAll(CANDIDATE)) {
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, text: match[0], parsed: parseNanpNumber(match[0]) });
  }
  return found;
}

/** The number under the cursor at `character` (its end counts, as a word's does), if any. */
export function numberAt(line: string, character: number): FoundNumber | undefined {
  return findPhoneNumbers(line).find((n) => character >= n.start && character <= n.end);
}

/** The distinct valid numbers (E.164) written in a text such as a selection, in order. */
export function validNumbersIn(text: string): string[] {
  const numbers = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    for (const found of findPhoneNumbers(line)) if (found.parsed.ok) numbers.add(found.parsed.e164);
  }
  return [...numbers];
}
