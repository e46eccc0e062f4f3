// Request validation, answered the way Sinch does: 400 INVALID_ARGUMENT with one field violation
// per problem (`directLoaInfo.authorisedPerson.email`, `numbers[2]`, ...), all found in one pass.
// Shapes are checked with zod; phone-number rules reuse src/model/phone.ts.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import * as z from 'zod';
import {
  GLOBAL_PROCESS_STATES, type Address, type AuthorisedPerson, type FieldViolation, type GlobalProcessState, type OrderBy, type RegionCode,
} from '../api/types';
import { isE164, isNanpE164, isTollFree, parseNanpNumber, regionOf } from '../model/phone';
import { invalidArgument } from './errors';
import type { OrderKind } from './model';
import type { ListQuery } from './paging';
import { isRegion } from './store';

export const MAX_NUMBERS_PER_REQUEST = 500;
export const DEFAULT_PAGE_SIZE = 20;

// ---- small zod builders with Sinch-like descriptions ----

const requiredOr = (what: string) => (issue: { input?: unknown }): string => (issue.input === undefined || issue.input === null ? 'is required' : `must be ${what}`);

const reqString = () => z.string({ error: requiredOr('a string') }).trim().min(1, 'must not be empty');
const optString = (max = 255) => z.string({ error: 'must be a string' }).max(max, `must be at most ${max} characters`).optional();
const optBoolean = () => z.boolean({ error: 'must be true or false' }).optional();
const optUtcTime = () => z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date-time such as 2025-01-13T14:34:40Z' }).optional();
const reqObject = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: requiredOr('an object') });

const authorisedPersonSchema = reqObject({
  firstName: reqString(),
  lastName: reqString(),
  email: reqString().pipe(z.email({ error: 'is not an email address' })),
});

const addressSchema = reqObject({
  buildingNumber: reqString(),
  street: reqString(),
  city: reqString(),
  state: reqString(),
  postalCode: reqString(),
  country: reqString(),
});

const directLoaShape = {
  authorisedPerson: authorisedPersonSchema,
  address: addressSchema,
  currentVoiceCarrier: reqString(),
};
const tollFreeExtras = { scheduledZipwhipProvisioningTime: optUtcTime(), migrateToSinchTmo: optBoolean() };

const directLoaSchema = z.object(directLoaShape, { error: 'must be an object' });
const resellerLoaSchema = z.object({ ...directLoaShape, businessName: reqString() }, { error: 'must be an object' });
const tollFreeDirectLoaSchema = z.object({ ...directLoaShape, ...tollFreeExtras }, { error: 'must be an object' });
const tollFreeResellerLoaSchema = z.object({ ...directLoaShape, businessName: reqString(), ...tollFreeExtras }, { error: 'must be an object' });

const commonFields = {
  regionCode: z.string({ error: requiredOr('a string') }).refine(isRegion, { error: (issue) => `${JSON.stringify(issue.input)} is not supported; Sinch hosts numbers in US and CA only` }),
  servicePlanId: reqString(),
  displayName: optString(),
  callbackUrl: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  migrateToSinchTmo: optBoolean(),
};

const textEnableSchema = z.object({
  ...commonFields,
  projectId: optString(),
  nnid: optString(),
  campaignId: optString(),
  scheduledOsrUpdateTime: optUtcTime(),
  directLoaInfo: directLoaSchema.optional(),
  resellerLoaInfo: resellerLoaSchema.optional(),
  blanketLoaInfo: z.object({}, { error: 'must be an empty object {}' }).optional(),
});

const textEnableTollFreeSchema = z.object({
  ...commonFields,
  scheduledZipwhipProvisioningTime: optUtcTime(),
  directLoaInfo: tollFreeDirectLoaSchema.optional(),
  resellerLoaInfo: tollFreeResellerLoaSchema.optional(),
});

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

function zodViolations(error: z.ZodError): FieldViolation[] {
  return error.issues.map((issue) => ({ field: fieldPath(issue.path), description: issue.message }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireObjectBody(body: unknown): Record<string, unknown> {
  if (!isObject(body)) throw invalidArgument('The request body must be a JSON object.', []);
  return body;
}

// ---- phone numbers ----

export type NumberRule = 'any' | 'standard' | 'tollFree';

/** Checks a list field (`phoneNumbers`, `numbers`): presence, size, each entry, duplicates, kind and region. */
export function numberListViolations(field: string, value: unknown, rule: NumberRule, regionCode?: RegionCode): FieldViolation[] {
  if (value === undefined || value === null) return [{ field, description: 'is required: a list of E.164 phone numbers' }];
  if (!Array.isArray(value)) return [{ field, description: 'must be a list of E.164 phone numbers' }];
  if (value.length === 0) return [{ field, description: 'must list at least one number' }];
  if (value.length > MAX_NUMBERS_PER_REQUEST) return [{ field, description: `lists ${value.length} numbers; at most ${MAX_NUMBERS_PER_REQUEST} are accepted per request` }];
  const violations: FieldViolation[] = [];
  const firstSeen = new Map<string, number>();
  value.forEach((entry, i) => {
    const at = `${field}[${i}]`;
    const problem = numberProblem(entry, rule, regionCode);
    if (problem) {
      violations.push({ field: at, description: problem });
      return;
    }
    const phone = entry as string;
    const earlier = firstSeen.get(phone);
    if (earlier !== undefined) violations.push({ field: at, description: `${phone} is listed twice (also ${field}[${earlier}])` });
    else firstSeen.set(phone, i);
  });
  return violations;
}

function numberProblem(entry: unknown, rule: NumberRule, regionCode?: RegionCode): string | undefined {
  if (typeof entry !== 'string') return 'must be a string in E.164 format, e.g. +12025550134';
  if (!isNanpE164(entry)) {
    if (isE164(entry) && !entry.startsWith('+1')) return `${entry} is not a US/CA number; Sinch hosts +1 numbers only`;
    const parsed = parseNanpNumber(entry);
    if (parsed.ok) return `"${entry}" is not in E.164 format; send it as ${parsed.e164}`;
    return `"${entry.slice(0, 40)}" is not a valid US/CA number in E.164 format: ${parsed.reason}`;
  }
  const country = parsePhoneNumberFromString(entry)?.country;
  if (country && country !== 'US' && country !== 'CA') return `${entry} is a number of ${country}; Sinch hosts US and CA numbers only`;
  const tollFree = isTollFree(entry);
  if (rule === 'standard' && tollFree) return `${entry} is toll-free; text-enable it with textEnableTollFreeNumbers`;
  if (rule === 'tollFree' && !tollFree) return `${entry} is not toll-free; text-enable it with textEnableNumbers`;
  if (rule === 'standard' && regionCode && regionOf(entry) !== regionCode) {
    return `${entry} is a ${regionOf(entry)} number but regionCode is ${regionCode}; file one request per region`;
  }
  return undefined;
}

/** A phone number from a URL path (already percent-decoded). */
export function pathPhoneNumber(segment: string): string {
  if (!isE164(segment)) {
    throw invalidArgument(`"${segment.slice(0, 40)}" is not an E.164 phone number.`, [{ field: 'phoneNumber', description: 'must be E.164: + and 2 to 15 digits, e.g. +12025550134' }]);
  }
  return segment;
}

// ---- list ----

export interface ValidListRequest {
  query: ListQuery;
  pageSize: number;
  pageToken?: string;
}

export function validateListQuery(params: URLSearchParams, maxPageSize: number): ValidListRequest {
  const violations: FieldViolation[] = [];
  const states = params.getAll('states');
  let state: GlobalProcessState | undefined;
  if (states.length === 0 || states[0] === '') {
    violations.push({ field: 'states', description: `is required: one of ${GLOBAL_PROCESS_STATES.join(', ')}` });
  } else if (states.length > 1 || states[0].includes(',')) {
    violations.push({ field: 'states', description: 'takes exactly one state per request' });
  } else if (!(GLOBAL_PROCESS_STATES as readonly string[]).includes(states[0])) {
    violations.push({ field: 'states', description: `"${states[0].slice(0, 60)}" is not a state; use one of ${GLOBAL_PROCESS_STATES.join(', ')}` });
  } else {
    state = states[0] as GlobalProcessState;
  }
  const region = params.get('regionCode') || undefined;
  if (region !== undefined && !isRegion(region)) violations.push({ field: 'regionCode', description: `"${region.slice(0, 20)}" is not supported; use US or CA` });
  const orderBy = params.get('orderBy') || undefined;
  if (orderBy !== undefined && orderBy !== 'createdTime' && orderBy !== 'updatedTime') {
    violations.push({ field: 'orderBy', description: `"${orderBy.slice(0, 40)}" is not supported; use createdTime or updatedTime` });
  }
  const rawSize = params.get('pageSize') || undefined;
  let pageSize = DEFAULT_PAGE_SIZE;
  if (rawSize !== undefined) {
    if (!/^\d{1,9}$/.test(rawSize)) violations.push({ field: 'pageSize', description: `"${rawSize.slice(0, 20)}" is not a whole number >= 0` });
    else if (Number(rawSize) > 0) pageSize = Math.min(Number(rawSize), maxPageSize);
  }
  if (violations.length > 0 || !state) throw invalidArgument('The list request has invalid parameters.', violations);
  const query: ListQuery = { state };
  if (region) query.regionCode = region as RegionCode;
  if (orderBy) query.orderBy = orderBy as OrderBy;
  const pageToken = params.get('pageToken') || undefined;
  return pageToken ? { query, pageSize, pageToken } : { query, pageSize };
}

// ---- add numbers / verify ----

export function validateAddNumbers(body: unknown): string[] {
  const obj = requireObjectBody(body);
  const violations = numberListViolations('phoneNumbers', obj.phoneNumbers, 'any');
  if (violations.length > 0) throw invalidArgument('The phone numbers are not valid.', violations);
  return obj.phoneNumbers as string[];
}

export function validateVerifyCode(body: unknown): string {
  const obj = requireObjectBody(body);
  const code = obj.code;
  if (typeof code !== 'string' || code.trim() === '') {
    throw invalidArgument('The verification code is missing.', [{ field: 'code', description: code === undefined ? 'is required' : 'must be a non-empty string' }]);
  }
  return code.trim();
}

// ---- text enable ----

export interface LoaInput {
  type: 'DIRECT' | 'RESELLER' | 'BLANKET';
  businessName?: string;
  authorisedPerson?: AuthorisedPerson;
  address?: Address;
  currentVoiceCarrier?: string;
}

export interface TextEnableInput {
  kind: OrderKind;
  regionCode: RegionCode;
  numbers: string[];
  servicePlanId: string;
  displayName?: string;
  nnid?: string;
  campaignId?: string;
  loa: LoaInput;
  scheduledOsrUpdateTime?: string;
  scheduledZipwhipProvisioningTime?: string;
  migrateToSinchTmo?: boolean;
  callbackUrl?: string;
}

type ParsedLoa = { authorisedPerson: AuthorisedPerson; address: Address; currentVoiceCarrier: string; businessName?: string; scheduledZipwhipProvisioningTime?: string; migrateToSinchTmo?: boolean };

export function validateTextEnable(body: unknown, kind: OrderKind, pathProjectId: string): TextEnableInput {
  const obj = requireObjectBody(body);
  const parsed = (kind === 'standard' ? textEnableSchema : textEnableTollFreeSchema).safeParse(obj);
  const violations = parsed.success ? [] : zodViolations(parsed.error);
  explainSpelling(obj, violations);

  const given = (['directLoaInfo', 'resellerLoaInfo', 'blanketLoaInfo'] as const).filter((k) => obj[k] !== undefined && obj[k] !== null);
  const allowed = kind === 'standard' ? 'directLoaInfo, resellerLoaInfo or blanketLoaInfo' : 'directLoaInfo or resellerLoaInfo';
  if (given.length === 0) violations.push({ field: 'directLoaInfo', description: `a Letter of Authorization is required: give exactly one of ${allowed}` });
  if (given.length > 1) violations.push({ field: given[1], description: `give exactly one of ${allowed}; ${given.join(' and ')} were both given` });
  if (kind === 'tollFree') {
    if (obj.blanketLoaInfo !== undefined) violations.push({ field: 'blanketLoaInfo', description: 'is not accepted for toll-free numbers; use directLoaInfo or resellerLoaInfo' });
    if (obj.campaignId !== undefined) violations.push({ field: 'campaignId', description: 'is not accepted for toll-free numbers (10DLC campaigns apply to standard numbers only)' });
  }
  if (kind === 'standard' && typeof obj.projectId === 'string' && obj.projectId !== '' && obj.projectId !== pathProjectId) {
    violations.push({ field: 'projectId', description: `"${obj.projectId.slice(0, 60)}" does not match the project in the path (${pathProjectId})` });
  }
  const region = typeof obj.regionCode === 'string' && isRegion(obj.regionCode) ? obj.regionCode : undefined;
  violations.push(...numberListViolations('numbers', obj.numbers, kind, region));

  if (violations.length > 0 || !parsed.success) {
    throw invalidArgument(`The ${kind === 'tollFree' ? 'toll-free ' : ''}text-enable request is not valid.`, violations);
  }
  const data = parsed.data as z.infer<typeof textEnableSchema> & z.infer<typeof textEnableTollFreeSchema>;
  const loaRaw: ParsedLoa | undefined = data.directLoaInfo ?? data.resellerLoaInfo;
  const loa: LoaInput = loaRaw
    ? { type: data.resellerLoaInfo ? 'RESELLER' : 'DIRECT', authorisedPerson: loaRaw.authorisedPerson, address: loaRaw.address, currentVoiceCarrier: loaRaw.currentVoiceCarrier, ...(loaRaw.businessName ? { businessName: loaRaw.businessName } : {}) }
    : { type: 'BLANKET' };
  const input: TextEnableInput = {
    kind,
    regionCode: data.regionCode as RegionCode,
    numbers: obj.numbers as string[],
    servicePlanId: data.servicePlanId,
    loa,
  };
  const optional: Partial<TextEnableInput> = {
    displayName: data.displayName,
    nnid: data.nnid,
    campaignId: data.campaignId,
    scheduledOsrUpdateTime: data.scheduledOsrUpdateTime,
    scheduledZipwhipProvisioningTime: data.scheduledZipwhipProvisioningTime ?? loaRaw?.scheduledZipwhipProvisioningTime,
    migrateToSinchTmo: data.migrateToSinchTmo ?? loaRaw?.migrateToSinchTmo,
    callbackUrl: data.callbackUrl,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (input as unknown as Record<string, unknown>)[key] = value;
  }
  return input;
}

/** The wire says "authorisedPerson"; point it out when the American spelling was sent instead. */
function explainSpelling(obj: Record<string, unknown>, violations: FieldViolation[]): void {
  for (const v of violations) {
    const m = /^(directLoaInfo|resellerLoaInfo)\.authorisedPerson$/.exec(v.field);
    const loa = m ? obj[m[1]] : undefined;
    if (m && isObject(loa) && loa.authorizedPerson !== undefined && loa.authorisedPerson === undefined) {
      v.description = 'is required (the wire name uses the British spelling "authorisedPerson"; "authorizedPerson" was sent)';
    }
  }
}
