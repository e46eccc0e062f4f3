// The tree's number filter. The list API filters only by state and region, so matching numbers
// happens here: plain digits match anywhere in the number ("555", "0134"); a pattern with `*`
// (any digits) or `?` (one digit) matches the whole number ("+1202*", "*01??").
export interface NumberFilter {
  /** What the user typed, trimmed; shown in the view description. */
  readonly text: string;
  matches(e164: string): boolean;
}

export type FilterParseResult = { ok: true; filter: NumberFilter } | { ok: false; reason: string };

const MAX_FILTER_LENGTH = 32;

export function parseNumberFilter(raw: string): FilterParseResult {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'Type some digits (e.g. 555) or a pattern (e.g. +1202*).' };
  if (text.length > MAX_FILTER_LENGTH) return { ok: false, reason: `Keep the filter under ${MAX_FILTER_LENGTH} characters.` };
  const bad = [...text].find((c) => !/[0-9+*?\s().-]/.test(c));
  if (bad !== undefined) return { ok: false, reason: `"${bad}" cannot appear in a phone number; use digits, * and ?.` };
  // Formatting characters are ignored on both sides, so "(202) 555" matches "+12025550134".
  const compact = text.replace(/[\s().+-]/g, '');
  if (!/[0-9]/.test(compact)) return { ok: false, reason: 'The filter needs at least one digit.' };
  if (/[*?]/.test(compact)) {
    const pattern = new RegExp(`^${compact.replace(/\*+/g, '\\d*').replace(/\?/g, '\\d')}$`);
    // A pattern written with the country code (+1...) or without it (202...) both work.
    return { ok: true, filter: { text, matches: (e164) => pattern.test(digitsOf(e164)) || pattern.test(digitsOf(e164).replace(/^1/, '')) } };
  }
  return { ok: true, filter: { text, matches: (e164) => digitsOf(e164).includes(compact) } };
}

function digitsOf(e164: string): string {
  return e164.replace(/\D/g, '');
}
