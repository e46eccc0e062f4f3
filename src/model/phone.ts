// Phone-number parsing for US/CA (NANP) numbers. libphonenumber-js does the parsing of what people
// paste ("(202) 555-0134", "+1 202.555.0134") and tells US from CA by area code; the structural
// NANP rule (+1 NXX NXX XXXX, N = 2-9) is ours, because Sinch hosts only US/CA numbers and test
// numbers such as 555-01xx must pass. Nothing reaches a URL path without `assertE164` (src/api/e164.ts).
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { RegionCode } from '../api/types';
import { inertLinks } from './inertLinks';

// The E.164 gate itself lives with the paths it guards; re-exported so callers keep one phone module.
export { E164_PATTERN, assertE164, isE164 } from '../api/e164';

export const NANP_E164_PATTERN = /^\+1[2-9]\d{2}[2-9]\d{6}$/;
export const TOLL_FREE_AREA_CODES = ['800', '833', '844', '855', '866', '877', '888'] as const;

/** Longest raw entry we look at; anything longer is refused unread. */
const MAX_ENTRY_LENGTH = 40;
/** Control, format and separator characters (NUL, zero-width space, BOM...): invisible in a message. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;

export type PhoneParseResult =
  | { ok: true; e164: string; region: RegionCode; tollFree: boolean; formatted: string }
  | { ok: false; input: string; reason: string };

export function isNanpE164(value: string): boolean {
  return NANP_E164_PATTERN.test(value);
}

export function isTollFree(e164: string): boolean {
  return isNanpE164(e164) && (TOLL_FREE_AREA_CODES as readonly string[]).includes(e164.slice(2, 5));
}

/** "+12025550134" -> "+1 202-555-0134"; anything else is returned as it is. */
export function formatNanp(e164: string): string {
  if (!isNanpE164(e164)) return e164;
  return `+1 ${e164.slice(2, 5)}-${e164.slice(5, 8)}-${e164.slice(8)}`;
}

/** US or CA for a NANP number; toll-free and unknown area codes count as US. */
export function regionOf(e164: string): RegionCode {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed?.country === 'CA' ? 'CA' : 'US';
}

/** Parses one entry the way a user would type it, into a NANP E.164 number or a reason. */
export function parseNanpNumber(raw: string): PhoneParseResult {
  const input = raw.trim();
  const shown = visible(input);
  if (input === '') return { ok: false, input, reason: 'empty entry' };
  if (input.length > MAX_ENTRY_LENGTH) return { ok: false, input: `${shown.slice(0, 20)}…`, reason: `too long (${input.length} characters)` };
  // Only digits, +, spaces, dots, dashes and brackets may appear: this refuses letters, Unicode
  // digits, path and query characters before any library sees them.
  if (!/^[0-9+\s().-]+$/.test(input) || INVISIBLE.test(input)) {
    const bad = [...input].find((c) => !/[0-9+\s().-]/.test(c) || INVISIBLE.test(c)) ?? '';
    return { ok: false, input: shown, reason: `contains ${nameOf(bad)}; use digits only, e.g. +12025550134` };
  }
  if (input.indexOf('+') > 0 || input.split('+').length > 2) return { ok: false, input: shown, reason: '"+" may only lead the number' };
  const digits = input.replace(/\D/g, '');
  if (input.startsWith('+') && !digits.startsWith('1')) {
    return { ok: false, input: shown, reason: 'not a US/CA number: Sinch hosts only +1 numbers' };
  }
  // After "+" the 1 is the country code, whatever follows; without "+", a leading 1 of 11 digits is.
  const national = input.startsWith('+') || (digits.length === 11 && digits.startsWith('1')) ? digits.slice(1) : digits;
  if (national.length !== 10) {
    return { ok: false, input: shown, reason: `has ${national.length} digits after the country code; US/CA numbers have 10` };
  }
  if (!/^[2-9]/.test(national)) return { ok: false, input: shown, reason: `area code ${national.slice(0, 3)} cannot start with ${national[0]}` };
  if (!/^[2-9]/.test(national.slice(3))) {
    return { ok: false, input: shown, reason: `exchange ${national.slice(3, 6)} cannot start with ${national[3]}` };
  }
  const e164 = `+1${national}`;
  return { ok: true, e164, region: regionOf(e164), tollFree: isTollFree(e164), formatted: formatNanp(e164) };
}

export interface ParsedNumberList {
  valid: Array<Extract<PhoneParseResult, { ok: true }>>;
  invalid: Array<Extract<PhoneParseResult, { ok: false }>>;
  /** E.164 numbers given more than once (kept once in `valid`). */
  duplicates: string[];
}

/** Splits a pasted list on commas, semicolons, tabs and new lines (and on spaces when every token is a whole number). */
export function parseNumberList(text: string): ParsedNumberList {
  const result: ParsedNumberList = { valid: [], invalid: [], duplicates: [] };
  const seen = new Set<string>();
  for (const entry of splitEntries(text)) {
    const parsed = parseNanpNumber(entry);
    if (!parsed.ok) {
      result.invalid.push(parsed);
    } else if (seen.has(parsed.e164)) {
      result.duplicates.push(parsed.e164);
    } else {
      seen.add(parsed.e164);
      result.valid.push(parsed);
    }
  }
  return result;
}

function splitEntries(text: string): string[] {
  const entries: string[] = [];
  for (const chunk of text.split(/[,;\t\r\n]+/)) {
    // Within a chunk, spaces may sit inside a number ("+1 202 555 0134") or between numbers:
    // gather tokens until they hold a whole number's digits, and start anew at every "+".
    let current: string[] = [];
    const flush = (): void => {
      if (current.length > 0) entries.push(current.join(' '));
      current = [];
    };
    for (const token of chunk.trim().split(/\s+/).filter((t) => t !== '')) {
      if (token.startsWith('+')) flush();
      current.push(token);
      const joined = current.join('');
      const digits = joined.replace(/\D/g, '').length;
      const wantsCountryCode = joined.startsWith('+') || joined.replace(/\D/g, '').startsWith('1');
      if (/[^0-9+().-]/.test(token) || digits >= (wantsCountryCode ? 11 : 10)) flush();
    }
    flush();
  }
  return entries;
}

/** A character for a message: quoted when it can be seen, its code point (U+200B) when not. */
function nameOf(char: string): string {
  return INVISIBLE.test(char) || /\s/.test(char) ? `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : `"${char}"`;
}

/**
 * An entry echoed back in a one-line message: invisible characters shown as "\ufffd", line breaks
 * and tabs as a space, and no "[label](command:...)" that a notification would turn into a link.
 */
function visible(text: string): string {
  return inertLinks(text.replace(new RegExp(INVISIBLE.source, 'g'), '\ufffd').replace(/\s+/g, ' '));
}
