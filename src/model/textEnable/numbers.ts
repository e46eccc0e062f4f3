// What the numbers box holds, seen by one form: the numbers it will send, the ones that belong to
// the other form (toll-free in the standard form and the reverse), what could not be read, and
// numbers whose area code says another region than the one picked.
import type { RegionCode } from '../../api/types';
import { parseNumberList, type PhoneParseResult } from '../phone';
import type { FormKind } from './fields';

export type ParsedNumber = Extract<PhoneParseResult, { ok: true }>;

export interface NumbersAnalysis {
  /** E.164 numbers this form sends, in the order given, without duplicates. */
  accepted: string[];
  /** Valid numbers that belong to the other form (one-click move). */
  otherForm: string[];
  invalid: Array<{ input: string; reason: string }>;
  duplicates: string[];
  /** Accepted numbers whose area code belongs to the other region (Sinch takes one region per order). */
  regionMismatch: string[];
}

/** The last analysis: the form revalidates on every keystroke in any field, the list rarely changes. */
let last: { text: string; kind: FormKind; region: RegionCode; result: NumbersAnalysis } | undefined;

export function analyseNumbers(text: string, kind: FormKind, region: RegionCode): NumbersAnalysis {
  if (last && last.text === text && last.kind === kind && last.region === region) return cloneAnalysis(last.result);
  const result = analyse(text, kind, region);
  last = { text, kind, region, result: cloneAnalysis(result) };
  return result;
}

function cloneAnalysis(a: NumbersAnalysis): NumbersAnalysis {
  return { accepted: [...a.accepted], otherForm: [...a.otherForm], invalid: a.invalid.map((i) => ({ ...i })), duplicates: [...a.duplicates], regionMismatch: [...a.regionMismatch] };
}

function analyse(text: string, kind: FormKind, region: RegionCode): NumbersAnalysis {
  const parsed = parseNumberList(text);
  const result: NumbersAnalysis = { accepted: [], otherForm: [], invalid: parsed.invalid.map(({ input, reason }) => ({ input, reason })), duplicates: parsed.duplicates, regionMismatch: [] };
  for (const n of parsed.valid) {
    if (n.tollFree !== (kind === 'tollFree')) {
      result.otherForm.push(n.e164);
      continue;
    }
    result.accepted.push(n.e164);
    // Toll-free numbers are shared by US and CA: only geographic numbers can mismatch.
    if (!n.tollFree && n.region !== region) result.regionMismatch.push(n.e164);
  }
  return result;
}

/** The text after taking `remove` out of it: one number per line, in the order they were. */
export function withoutNumbers(text: string, remove: readonly string[]): string {
  const drop = new Set(remove);
  const parsed = parseNumberList(text);
  const keep = parsed.valid.filter((n) => !drop.has(n.e164)).map((n) => n.e164);
  // Unreadable entries stay so the user can fix them.
  return [...keep, ...parsed.invalid.map((i) => i.input)].join('\n');
}

/** The text with `add` appended (skipping numbers already there), one number per line. */
export function withNumbers(text: string, add: readonly string[]): string {
  const parsed = parseNumberList(text);
  const have = new Set(parsed.valid.map((n) => n.e164));
  const lines = [...parsed.valid.map((n) => n.e164), ...parsed.invalid.map((i) => i.input)];
  for (const n of add) {
    if (!have.has(n)) {
      have.add(n);
      lines.push(n);
    }
  }
  return lines.join('\n');
}
