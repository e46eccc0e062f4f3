// Checks and normalises 2xx bodies. Lenient where Sinch's documents disagree (numbers or strings,
// missing lists), strict on what the extension relies on (a phone number, a hosting order ID).
// Unknown fields are kept, so nothing Sinch adds is lost on the way to the views.
import * as z from './zod';
import type { AddNumbersResponse, HostingOrder, ListQualifiedNumbersResponse, QualifiedNumber, TextEnableNumbersResponse } from './types';

const optionalString = z.pipe(
  z.nullish(z.string()),
  z.transform((v) => v ?? undefined),
);

const qualifiedNumberSchema = z.looseObject({
  phoneNumber: z.string().check(z.minLength(1)),
  projectId: optionalString,
  regionCode: optionalString,
  globalProcessState: z.pipe(
    z.nullish(z.string()),
    z.transform((v) => v || 'GLOBAL_PROCESS_STATE_UNSPECIFIED'),
  ),
  createdTime: optionalString,
  updatedTime: optionalString,
});

/** A missing or null list is an empty list (Sinch omits empty arrays). */
const qualifiedNumberList = z.pipe(
  z.nullish(z.array(qualifiedNumberSchema)),
  z.transform((v) => v ?? []),
);

const listSchema = z.looseObject({
  qualifiedNumbers: qualifiedNumberList,
  nextPageToken: optionalString,
  // int32 in the spec; protobuf JSON may send 64-bit integers as strings.
  totalSize: z.pipe(
    z.nullish(z.union([z.number(), z.string().check(z.regex(/^\d+$/))])),
    z.transform((v) => (v === null || v === undefined ? undefined : Number(v))),
  ),
});

const addNumbersSchema = z.looseObject({ qualifiedNumbers: qualifiedNumberList });

const hostingOrderSchema = z.looseObject({
  hostingOrderId: z.string().check(z.minLength(1)),
  state: optionalString,
  type: optionalString,
});

const textEnableSchema = z.looseObject({ hostingOrderId: z.string().check(z.minLength(1)) });

/** Why a body did not fit, in a few words ("qualifiedNumbers.0.phoneNumber: expected string"). */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: string };

function parseWith<T>(schema: z.ZodMiniType, json: unknown): ParseResult<T> {
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data as T };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, problem: `${where}${issue?.message ?? 'unexpected shape'}` };
}

export const parseQualifiedNumber = (json: unknown): ParseResult<QualifiedNumber> => parseWith(qualifiedNumberSchema, json);
export const parseListResponse = (json: unknown): ParseResult<ListQualifiedNumbersResponse> => parseWith(listSchema, json);
export const parseAddNumbersResponse = (json: unknown): ParseResult<AddNumbersResponse> => parseWith(addNumbersSchema, json);
export const parseHostingOrder = (json: unknown): ParseResult<HostingOrder> => parseWith(hostingOrderSchema, json);
export const parseTextEnableResponse = (json: unknown): ParseResult<TextEnableNumbersResponse> => parseWith(textEnableSchema, json);
