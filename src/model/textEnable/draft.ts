// Drafts cross a trust boundary (webview state, workspace state, messages): this schema is the
// gate, and `salvageDraft` keeps what is still good in a stored draft from an older version.
import * as z from '../../api/zod';
import { REGION_CODES } from '../../api/types';
import { LOA_KINDS, MAX_LENGTH, TEXT_FIELDS, emptyDraft, type LoaKind, type TextEnableDraft, type TextFieldName } from './fields';
import { withNumbers } from './numbers';

const text = (name: TextFieldName) => z.string().check(z.maxLength(MAX_LENGTH[name]));

export const draftSchema = z.strictObject({
  regionCode: z.enum(REGION_CODES),
  numbersText: text('numbersText'),
  servicePlanId: text('servicePlanId'),
  campaignId: text('campaignId'),
  displayName: text('displayName'),
  nnid: text('nnid'),
  loaKind: z.enum(LOA_KINDS as [LoaKind, ...LoaKind[]]),
  firstName: text('firstName'),
  lastName: text('lastName'),
  email: text('email'),
  buildingNumber: text('buildingNumber'),
  street: text('street'),
  city: text('city'),
  state: text('state'),
  postalCode: text('postalCode'),
  country: text('country'),
  currentVoiceCarrier: text('currentVoiceCarrier'),
  businessName: text('businessName'),
  scheduledLocal: text('scheduledLocal'),
  scheduledUtc: text('scheduledUtc'),
  callbackUrl: text('callbackUrl'),
  migrateToSinchTmo: z.boolean(),
}) satisfies z.ZodMiniType<TextEnableDraft>;

/** Whatever was stored -> a well-formed draft: known fields of the right type and length survive, the rest is reset. */
export function salvageDraft(stored: unknown): TextEnableDraft {
  const parsed = draftSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const draft = emptyDraft();
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return draft;
  const record = stored as Record<string, unknown>;
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  for (const name of TEXT_FIELDS) {
    const value = own(name);
    if (typeof value === 'string' && value.length <= MAX_LENGTH[name]) draft[name] = value;
  }
  const region = own('regionCode');
  if (region === 'US' || region === 'CA') draft.regionCode = region;
  const loa = own('loaKind');
  if (typeof loa === 'string' && (LOA_KINDS as readonly string[]).includes(loa)) draft.loaKind = loa as LoaKind;
  if (typeof own('migrateToSinchTmo') === 'boolean') draft.migrateToSinchTmo = own('migrateToSinchTmo') as boolean;
  return draft;
}

/** A draft with numbers added (pre-filled from the tree or moved from the other form). */
export function withPrefill(draft: TextEnableDraft, numbers: readonly string[]): TextEnableDraft {
  if (numbers.length === 0) return draft;
  return { ...draft, numbersText: withNumbers(draft.numbersText, numbers) };
}

/** True when nothing was typed: a reset form, or one never touched. */
export function isEmptyDraft(draft: TextEnableDraft): boolean {
  const empty = emptyDraft();
  return (Object.keys(empty) as Array<keyof TextEnableDraft>).every((k) => draft[k] === empty[k]);
}
