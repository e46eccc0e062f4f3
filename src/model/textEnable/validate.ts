// The one set of rules for both forms. The webview runs it as the user types; the extension runs
// it again on whatever the webview sends before anything reaches Sinch.
import * as z from '../../api/zod';
import { REGION_CODES } from '../../api/types';
import { isUtcIso, parseLocalInput } from './dates';
import { FIELD_LABELS, LOA_KINDS, MAX_LENGTH, TEXT_FIELDS, fieldsFor, type FieldName, type FormKind, type TextEnableDraft, type TextFieldName } from './fields';
import { analyseNumbers, type NumbersAnalysis } from './numbers';
import { MAX_NUMBERS_PER_ORDER } from './split';

export type FieldMessages = Partial<Record<FieldName, string>>;

export interface ValidationResult {
  ok: boolean;
  /** Blocking problems, one sentence per field. */
  errors: FieldMessages;
  /** Worth knowing, not blocking (duplicates, more than 500 numbers...). */
  warnings: FieldMessages;
  numbers: NumbersAnalysis;
  /** How many orders the numbers make (more than one above 500 numbers). */
  orderCount: number;
}

export interface ValidationContext {
  /** Injected so tests do not depend on the wall clock. */
  now: Date;
}

const IDENTIFIER = /^[A-Za-z0-9_-]+$/;
const DIGITS = /^\d+$/;
const US_ZIP = /^\d{5}(-\d{4})?$/;
const CA_POSTAL = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d$/i;
const US_NAMES = new Set(['us', 'usa', 'u.s.', 'u.s.a.', 'united states', 'united states of america']);
const CA_NAMES = new Set(['ca', 'can', 'canada']);
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const emailSchema = z.email();

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function validateDraft(draft: TextEnableDraft, kind: FormKind, ctx: ValidationContext): ValidationResult {
  const errors: FieldMessages = {};
  const warnings: FieldMessages = {};
  const shown = new Set(fieldsFor(kind, draft.loaKind));
  // An over-long list is refused below without being read: parsing megabytes entry by entry would
  // freeze the form (and the extension host) for seconds on every keystroke.
  const numbers = analyseNumbers(draft.numbersText.length > MAX_LENGTH.numbersText ? '' : draft.numbersText, kind, draft.regionCode);

  // Shape first: lengths and control characters, on every text field the form shows.
  for (const name of TEXT_FIELDS) {
    if (!shown.has(name)) continue;
    const value = draft[name];
    if (value.length > MAX_LENGTH[name]) errors[name] = `${FIELD_LABELS[name]} is too long (at most ${MAX_LENGTH[name]} characters).`;
    else if ((name === 'numbersText' ? CONTROL_CHARS_MULTILINE : CONTROL_CHARS).test(value)) errors[name] = `${FIELD_LABELS[name]} contains a control character.`;
  }
  const set = (name: FieldName, message: string | undefined): void => {
    if (message !== undefined && errors[name] === undefined) errors[name] = message;
  };

  if (!(REGION_CODES as readonly string[]).includes(draft.regionCode)) set('regionCode', 'Pick US or CA.');
  set('numbersText', numbersError(numbers, kind, draft.regionCode));
  const numberWarnings = numbersWarning(numbers);
  if (numberWarnings) warnings.numbersText = numberWarnings;

  set('servicePlanId', identifier('servicePlanId', draft.servicePlanId, true));
  if (kind === 'standard') {
    set('campaignId', identifier('campaignId', draft.campaignId, true));
    const nnid = draft.nnid.trim();
    if (nnid !== '' && !DIGITS.test(nnid)) set('nnid', 'NNID is a number, e.g. 104029 (leave it empty to use Sinch\'s).');
  }
  if (!LOA_KINDS.includes(draft.loaKind)) set('loaKind', 'Pick direct, reseller or blanket.');
  else if (kind === 'tollFree' && draft.loaKind === 'blanket') set('loaKind', 'Toll-free orders take a direct or reseller LoA, not a blanket one.');

  for (const name of ['firstName', 'lastName', 'email', 'buildingNumber', 'street', 'city', 'state', 'postalCode', 'country', 'currentVoiceCarrier', 'businessName'] as const) {
    if (shown.has(name) && draft[name].trim() === '') set(name, `${FIELD_LABELS[name]} is required${name === 'businessName' ? ' for a reseller LoA' : ''}.`);
  }
  if (shown.has('email') && draft.email.trim() !== '' && !emailSchema.safeParse(draft.email.trim()).success) {
    set('email', 'Enter an e-mail address like name@example.com: Sinch sends the LoA there to be signed.');
  }
  if (shown.has('postalCode')) set('postalCode', postalCodeError(draft.postalCode.trim(), draft.country.trim()));

  set('scheduledLocal', scheduledError(draft, kind, ctx));
  set('callbackUrl', callbackUrlError(draft.callbackUrl.trim()));
  if (typeof draft.migrateToSinchTmo !== 'boolean') set('migrateToSinchTmo', 'Tick or untick the box.');

  const orderCount = Math.max(1, Math.ceil(numbers.accepted.length / MAX_NUMBERS_PER_ORDER));
  return { ok: Object.keys(errors).length === 0, errors, warnings, numbers, orderCount };
}

function numbersError(n: NumbersAnalysis, kind: FormKind, region: string): string | undefined {
  if (n.invalid.length > 0) {
    const shown = n.invalid.slice(0, 3).map((i) => `"${i.input}" ${i.reason}`).join('; ');
    const more = n.invalid.length > 3 ? ` (and ${n.invalid.length - 3} more)` : '';
    return `${n.invalid.length === 1 ? 'One entry is' : `${n.invalid.length} entries are`} not a US/CA number: ${shown}${more}.`;
  }
  if (n.otherForm.length > 0) {
    const what = kind === 'standard' ? 'toll-free' : 'not toll-free';
    const where = kind === 'standard' ? 'the toll-free form' : 'the standard form';
    return `${n.otherForm.length === 1 ? `${n.otherForm[0]} is` : `${n.otherForm.length} numbers are`} ${what}: move ${n.otherForm.length === 1 ? 'it' : 'them'} to ${where}.`;
  }
  if (n.accepted.length === 0) return 'Add at least one number.';
  if (n.regionMismatch.length > 0) {
    const other = region === 'US' ? 'Canadian' : 'US';
    const list = n.regionMismatch.length === 1 ? `${n.regionMismatch[0]} is` : `${n.regionMismatch.length} numbers are`;
    return `${list} ${other} but the region is ${region}: Sinch takes one region per order, so send ${n.regionMismatch.length === 1 ? 'it' : 'them'} in a separate order.`;
  }
  return undefined;
}

function numbersWarning(n: NumbersAnalysis): string | undefined {
  const parts: string[] = [];
  if (n.duplicates.length > 0) parts.push(`${n.duplicates.length === 1 ? `${n.duplicates[0]} is` : `${n.duplicates.length} numbers are`} listed twice (sent once)`);
  if (n.accepted.length > MAX_NUMBERS_PER_ORDER) {
    parts.push(`${n.accepted.length} numbers: Sinch takes at most ${MAX_NUMBERS_PER_ORDER} per order, so they will be sent as ${Math.ceil(n.accepted.length / MAX_NUMBERS_PER_ORDER)} orders after you confirm`);
  }
  return parts.length > 0 ? `${parts.join('; ')}.` : undefined;
}

function identifier(name: TextFieldName, raw: string, required: boolean): string | undefined {
  const value = raw.trim();
  if (value === '') return required ? `${FIELD_LABELS[name]} is required.` : undefined;
  if (!IDENTIFIER.test(value)) return `${FIELD_LABELS[name]} takes letters, digits, "-" and "_" only (copy it from the Sinch dashboard).`;
  return undefined;
}

function postalCodeError(code: string, country: string): string | undefined {
  if (code === '') return undefined;
  const c = country.toLowerCase();
  if (US_NAMES.has(c) && !US_ZIP.test(code)) return 'A US ZIP code has 5 digits (or 5+4, e.g. 20500-0001).';
  if (CA_NAMES.has(c) && !CA_POSTAL.test(code)) return 'A Canadian postal code looks like K1A 0B1.';
  return undefined;
}

function scheduledError(draft: TextEnableDraft, kind: FormKind, ctx: ValidationContext): string | undefined {
  if (draft.scheduledLocal.trim() === '') return undefined;
  const label = kind === 'standard' ? 'The OSR update time' : 'The Zipwhip provisioning time';
  if (!parseLocalInput(draft.scheduledLocal) || !isUtcIso(draft.scheduledUtc)) return `${label} is not a valid date and time.`;
  if (new Date(draft.scheduledUtc).getTime() <= ctx.now.getTime()) return `${label} is in the past; pick a later time or leave it empty.`;
  return undefined;
}

function callbackUrlError(value: string): string | undefined {
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full URL, e.g. https://example.com/sinch/callbacks.';
  }
  if (url.username !== '' || url.password !== '') return 'The callback URL must not carry a user name or password.';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  return 'The callback URL must use https:// (http:// only for localhost, e.g. with the sandbox).';
}
