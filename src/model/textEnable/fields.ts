// The form's draft: every field as the user typed it (strings, one boolean), for both forms.
// Kept flat and string-typed so the webview can bind inputs to it, store it with `setState` and
// send it to the host as is; `build.ts` turns a draft into the wire request.
import type { RegionCode } from '../../api/types';

export type FormKind = 'standard' | 'tollFree';
export type LoaKind = 'direct' | 'reseller' | 'blanket';

export const FORM_KINDS: readonly FormKind[] = ['standard', 'tollFree'];
export const LOA_KINDS: readonly LoaKind[] = ['direct', 'reseller', 'blanket'];

export interface TextEnableDraft {
  regionCode: RegionCode;
  /** The numbers as pasted or picked, one per line (any separator parseNumberList accepts). */
  numbersText: string;
  servicePlanId: string;
  /** Standard form only. */
  campaignId: string;
  displayName: string;
  /** Standard form only. */
  nnid: string;
  /** Blanket is for the standard form only. */
  loaKind: LoaKind;
  firstName: string;
  lastName: string;
  email: string;
  buildingNumber: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  currentVoiceCarrier: string;
  /** Reseller LoA only. */
  businessName: string;
  /** What the date picker shows, local time ("2025-03-01T09:30"); standard: OSR update, toll-free: Zipwhip provisioning. */
  scheduledLocal: string;
  /** The same instant in UTC ISO-8601, computed where the picker runs (the webview knows the user's zone). */
  scheduledUtc: string;
  callbackUrl: string;
  migrateToSinchTmo: boolean;
}

/** The text fields of a draft (everything except the enums and the boolean). */
export type TextFieldName = Exclude<keyof TextEnableDraft, 'regionCode' | 'loaKind' | 'migrateToSinchTmo'>;
export type FieldName = keyof TextEnableDraft;

export const TEXT_FIELDS: readonly TextFieldName[] = [
  'numbersText', 'servicePlanId', 'campaignId', 'displayName', 'nnid', 'firstName', 'lastName', 'email',
  'buildingNumber', 'street', 'city', 'state', 'postalCode', 'country', 'currentVoiceCarrier', 'businessName',
  'scheduledLocal', 'scheduledUtc', 'callbackUrl',
];

/** Longest value accepted per text field (the numbers list is long on purpose: it may be split into orders). */
export const MAX_LENGTH: Readonly<Record<TextFieldName, number>> = {
  numbersText: 200_000,
  servicePlanId: 64,
  campaignId: 64,
  displayName: 100,
  nnid: 16,
  firstName: 100,
  lastName: 100,
  email: 254,
  buildingNumber: 20,
  street: 200,
  city: 100,
  state: 100,
  postalCode: 20,
  country: 100,
  currentVoiceCarrier: 100,
  businessName: 200,
  scheduledLocal: 32,
  scheduledUtc: 32,
  callbackUrl: 2048,
};

/** Human labels, used by the webview and in messages ("E-mail is required"). */
export const FIELD_LABELS: Readonly<Record<FieldName, string>> = {
  regionCode: 'Region',
  numbersText: 'Numbers',
  servicePlanId: 'Service plan ID',
  campaignId: 'Campaign ID',
  displayName: 'Display name',
  nnid: 'NNID',
  loaKind: 'Letter of Authorization',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'E-mail',
  buildingNumber: 'Building number',
  street: 'Street',
  city: 'City',
  state: 'State or province',
  postalCode: 'Postal code',
  country: 'Country',
  currentVoiceCarrier: 'Current voice carrier',
  businessName: 'Business name',
  scheduledLocal: 'Scheduled time',
  scheduledUtc: 'Scheduled time',
  callbackUrl: 'Callback URL',
  migrateToSinchTmo: 'Migrate to Sinch on T-Mobile (TMO)',
};

/** Which fields a form shows; the others are ignored when building its request. */
export function fieldsFor(kind: FormKind, loaKind: LoaKind): FieldName[] {
  const fields: FieldName[] = ['regionCode', 'numbersText', 'servicePlanId'];
  if (kind === 'standard') fields.push('campaignId');
  fields.push('displayName');
  if (kind === 'standard') fields.push('nnid');
  fields.push('loaKind');
  if (loaKind !== 'blanket' || kind === 'tollFree') {
    fields.push('firstName', 'lastName', 'email', 'buildingNumber', 'street', 'city', 'state', 'postalCode', 'country', 'currentVoiceCarrier');
    if (loaKind === 'reseller') fields.push('businessName');
  }
  fields.push('scheduledLocal', 'callbackUrl', 'migrateToSinchTmo');
  return fields;
}

/** "Scheduled OSR update time" or "Scheduled Zipwhip provisioning time": the one date field differs per form. */
export function scheduledLabel(kind: FormKind): string {
  return kind === 'standard' ? 'Scheduled OSR update time' : 'Scheduled Zipwhip provisioning time';
}

export function formTitle(kind: FormKind): string {
  return kind === 'standard' ? 'Text Enable Numbers' : 'Text Enable Toll-Free Numbers';
}

export function emptyDraft(): TextEnableDraft {
  return {
    regionCode: 'US', numbersText: '', servicePlanId: '', campaignId: '', displayName: '', nnid: '', loaKind: 'direct',
    firstName: '', lastName: '', email: '', buildingNumber: '', street: '', city: '', state: '', postalCode: '', country: '',
    currentVoiceCarrier: '', businessName: '', scheduledLocal: '', scheduledUtc: '', callbackUrl: '', migrateToSinchTmo: false,
  };
}
