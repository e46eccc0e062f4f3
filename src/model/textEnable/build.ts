// Draft -> wire request, with the reference's names and the order of Sinch's samples. The builder
// does not validate (the live preview shows whatever is typed); orders.ts validates and splits first.
import type { Address, AuthorisedPerson, DirectLoaInfo, TextEnableNumbersRequest, TextEnableTollFreeNumbersRequest, TollFreeLoaExtras } from '../../api/types';
import type { FormKind, TextEnableDraft } from './fields';

export type TextEnableRequest = TextEnableNumbersRequest | TextEnableTollFreeNumbersRequest;

function person(d: TextEnableDraft): AuthorisedPerson {
  return { firstName: d.firstName.trim(), lastName: d.lastName.trim(), email: d.email.trim() };
}

function address(d: TextEnableDraft): Address {
  return {
    buildingNumber: d.buildingNumber.trim(), street: d.street.trim(), city: d.city.trim(),
    state: d.state.trim(), postalCode: d.postalCode.trim(), country: d.country.trim(),
  };
}

function directLoa(d: TextEnableDraft): DirectLoaInfo {
  return { authorisedPerson: person(d), address: address(d), currentVoiceCarrier: d.currentVoiceCarrier.trim() };
}

function scheduled(d: TextEnableDraft): string | undefined {
  return d.scheduledLocal.trim() !== '' && d.scheduledUtc !== '' ? d.scheduledUtc : undefined;
}

function optional(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

export function buildStandardRequest(d: TextEnableDraft, numbers: string[]): TextEnableNumbersRequest {
  const req: TextEnableNumbersRequest = { regionCode: d.regionCode, numbers, servicePlanId: d.servicePlanId.trim() };
  const campaignId = optional(d.campaignId);
  if (campaignId) req.campaignId = campaignId;
  const displayName = optional(d.displayName);
  if (displayName) req.displayName = displayName;
  const nnid = optional(d.nnid);
  if (nnid) req.nnid = nnid;
  if (d.loaKind === 'direct') req.directLoaInfo = directLoa(d);
  else if (d.loaKind === 'reseller') req.resellerLoaInfo = { businessName: d.businessName.trim(), ...directLoa(d) };
  else req.blanketLoaInfo = {};
  const when = scheduled(d);
  if (when) req.scheduledOsrUpdateTime = when;
  const callbackUrl = optional(d.callbackUrl);
  if (callbackUrl) req.callbackUrl = callbackUrl;
  if (d.migrateToSinchTmo) req.migrateToSinchTmo = true;
  return req;
}

/** Toll-free: the Zipwhip time and the TMO flag travel inside the LoA object, as Sinch's samples show. */
export function buildTollFreeRequest(d: TextEnableDraft, numbers: string[]): TextEnableTollFreeNumbersRequest {
  const req: TextEnableTollFreeNumbersRequest = { regionCode: d.regionCode, numbers, servicePlanId: d.servicePlanId.trim() };
  const extras: TollFreeLoaExtras = {};
  const when = scheduled(d);
  if (when) extras.scheduledZipwhipProvisioningTime = when;
  if (d.migrateToSinchTmo) extras.migrateToSinchTmo = true;
  if (d.loaKind === 'reseller') req.resellerLoaInfo = { businessName: d.businessName.trim(), ...directLoa(d), ...extras };
  else req.directLoaInfo = { ...directLoa(d), ...extras };
  const displayName = optional(d.displayName);
  if (displayName) req.displayName = displayName;
  const callbackUrl = optional(d.callbackUrl);
  if (callbackUrl) req.callbackUrl = callbackUrl;
  return req;
}

export function buildRequest(kind: FormKind, d: TextEnableDraft, numbers: string[]): TextEnableRequest {
  return kind === 'standard' ? buildStandardRequest(d, numbers) : buildTollFreeRequest(d, numbers);
}

/** The body as the preview shows it and cURL / .http files carry it. */
export function requestJson(request: TextEnableRequest): string {
  return JSON.stringify(request, null, 2);
}
