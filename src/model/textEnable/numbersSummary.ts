// The counts the form shows beside the numbers and in the "Not sent" banner, computed from the
// same validation result as the field errors so the two can never disagree; and which qualified
// numbers the picker offers (those that fit the form's kind and region).
import type { RegionCode } from '../../api/types';
import { isTollFree, parseNanpNumber } from '../phone';
import type { PickableNumber } from '../webviewMessages';
import type { FormKind } from './fields';
import type { ValidationResult } from './validate';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function regionName(region: RegionCode): string {
  return region === 'US' ? 'US' : 'Canadian';
}

function otherRegion(region: RegionCode): RegionCode {
  return region === 'US' ? 'CA' : 'US';
}

/** "2 numbers ready · 1 Canadian (the region is US) · 1 unreadable." A number with an error is never "ready". */
export function numbersSummary(v: ValidationResult, region: RegionCode): string {
  const n = v.numbers;
  const mismatched = new Set(n.regionMismatch);
  const ready = n.accepted.filter((p) => !mismatched.has(p)).length;
  const parts = [`${plural(ready, 'number', 'numbers')} ready`];
  if (mismatched.size > 0) parts.push(`${mismatched.size} ${regionName(otherRegion(region))} (the region is ${region})`);
  if (n.invalid.length > 0) parts.push(`${n.invalid.length} unreadable`);
  if (n.otherForm.length > 0) parts.push(`${n.otherForm.length} for the other form`);
  if (v.orderCount > 1) parts.push(`${v.orderCount} orders of at most 500`);
  return `${parts.join(' · ')}.`;
}

/** The banner after a refused submit; shown again with the new count as the fields change. */
export function attentionMessage(v: ValidationResult): string {
  const count = Object.keys(v.errors).length;
  return `Not sent: ${count === 1 ? 'one field needs' : `${count} fields need`} attention (marked below).`;
}

export interface PickerChoice {
  /** Numbers that fit this form: its kind (toll-free or not) and, for geographic numbers, its region. */
  offered: PickableNumber[];
  /** Geographic numbers of the other region, left out. */
  otherRegion: number;
}

/** Toll-free numbers serve both regions; a geographic number fits only the region it belongs to. */
export function pickerChoice(numbers: readonly PickableNumber[], kind: FormKind, region: RegionCode): PickerChoice {
  const offered: PickableNumber[] = [];
  let other = 0;
  for (const n of numbers) {
    const tollFree = isTollFree(n.phoneNumber);
    if (tollFree !== (kind === 'tollFree')) continue;
    if (!tollFree && regionOfPickable(n) !== region) {
      other++;
      continue;
    }
    offered.push(n);
  }
  return { offered, otherRegion: other };
}

/** Sinch's region for the number, else the one its area code says. */
function regionOfPickable(n: PickableNumber): RegionCode | undefined {
  if (n.regionCode === 'US' || n.regionCode === 'CA') return n.regionCode;
  const parsed = parseNanpNumber(n.phoneNumber);
  return parsed.ok ? parsed.region : undefined;
}

/** "3 Canadian numbers are not shown: the region is US." */
export function hiddenByRegion(count: number, region: RegionCode): string {
  if (count === 0) return '';
  return `${plural(count, `${regionName(otherRegion(region))} number is`, `${regionName(otherRegion(region))} numbers are`)} not shown: the region is ${region}.`;
}
