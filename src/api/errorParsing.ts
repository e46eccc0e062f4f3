// Turns an error answer into a SinchApiError with words a user can act on. Reads both documented
// body shapes ({code,message,status,details} and {error:{...}}) and never crashes on a body that is
// not JSON (a proxy's HTML page): it quotes the start of it instead.
import * as z from './zod';
import { SinchApiError, type SinchErrorKind } from './errors';
import type { FieldViolation } from './types';

export const SNIPPET_LENGTH = 120;

export interface ParsedErrorBody {
  code?: string;
  message?: string;
  status?: string;
  fieldViolations: FieldViolation[];
}

const fieldViolationSchema = z.object({ field: z.coerce.string(), description: z.coerce.string() });
const errorCoreSchema = z.object({
  code: z.optional(z.union([z.string(), z.number()])),
  message: z.optional(z.string()),
  status: z.optional(z.string()),
  details: z.optional(z.array(z.unknown())),
});
const wrappedErrorSchema = z.object({ error: errorCoreSchema });

/** Reads either error shape; undefined when the text is not JSON or carries neither. */
export function parseErrorBody(text: string): ParsedErrorBody | undefined {
  const json = tryParseJson(text);
  if (json === undefined) return undefined;
  const wrapped = wrappedErrorSchema.safeParse(json);
  const core = wrapped.success ? wrapped.data.error : errorCoreSchema.safeParse(json).data;
  if (!core || (core.code === undefined && core.message === undefined && core.status === undefined)) return undefined;
  return {
    code: core.code === undefined ? undefined : String(core.code),
    message: core.message,
    status: core.status,
    fieldViolations: collectFieldViolations(core.details),
  };
}

function collectFieldViolations(details: unknown[] | undefined): FieldViolation[] {
  const violations: FieldViolation[] = [];
  for (const detail of details ?? []) {
    const list = (detail as { fieldViolations?: unknown } | null)?.fieldViolations;
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const parsed = fieldViolationSchema.safeParse(item);
      if (parsed.success) violations.push(parsed.data);
    }
  }
  return violations;
}

export function tryParseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The start of a body as plain words: scripts, styles and tags dropped, whitespace collapsed. */
export function bodySnippet(text: string, max = SNIPPET_LENGTH): string {
  const plain = text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

export interface ErrorResponseInfo {
  operation: string;
  status: number;
  bodyText: string;
  projectId: string;
  /** A POST's 5xx: the server may have applied it. */
  outcomeUnknown?: boolean;
  retryAfterMs?: number;
}

/** A SinchApiError for an answer with an error status (4xx/5xx). */
export function errorFromResponse(info: ErrorResponseInfo): SinchApiError {
  const parsed = parseErrorBody(info.bodyText);
  const retryAfterSeconds = info.retryAfterMs === undefined ? undefined : Math.ceil(info.retryAfterMs / 1000);
  const sinchSays = parsed?.message ? parsed.message : undefined;
  const notJson = parsed === undefined && info.bodyText.trim() !== '' ? bodySnippet(info.bodyText) : undefined;
  const what = sinchSays ?? (notJson !== undefined ? `The server answered with a page that is not Sinch's JSON: "${notJson}"` : undefined);

  let message = advice(info.status, info.projectId, retryAfterSeconds, what);
  let kind: SinchErrorKind = 'http';
  if (info.outcomeUnknown) {
    kind = 'unknown-outcome';
    message = `${message} The request may or may not have been applied: refresh and check before trying again.`;
  }
  return new SinchApiError({
    kind,
    operation: info.operation,
    message,
    status: info.status,
    sinchCode: parsed?.code,
    sinchStatus: parsed?.status,
    fieldViolations: parsed?.fieldViolations,
    retryAfterSeconds,
  });
}

function advice(status: number, projectId: string, retryAfterSeconds: number | undefined, what: string | undefined): string {
  const tail = what ? ` ${endSentence(what)}` : '';
  switch (status) {
    case 401:
      return `Sinch did not accept the credentials: check the access key ID and key secret.${tail}`;
    case 403:
      return `The access key may not use project ${projectId}: check the project ID and that the key belongs to that project.${tail}`;
    case 404:
      return what ? endSentence(what) : 'Sinch found no such resource.';
    case 429:
      return `Sinch is limiting the request rate${retryAfterSeconds !== undefined ? `; try again in ${retryAfterSeconds} s` : '; wait a moment and try again'}.${tail}`;
    default:
      if (status >= 300 && status < 400) return `The server redirected (HTTP ${status}) instead of answering: check the base URL.`;
      if (status >= 500) return what ? `Sinch had a server error. ${endSentence(what)}` : 'Sinch had a server error.';
      return what ? endSentence(what) : `The server answered HTTP ${status} without an explanation.`;
  }
}

function endSentence(text: string): string {
  return /[.!?…"]$/.test(text) ? text : `${text}.`;
}

/** For a 2xx whose body is not the JSON we expect. */
export function invalidResponseError(operation: string, status: number, bodyText: string, detail: string, postApplied: boolean): SinchApiError {
  const snippet = bodySnippet(bodyText);
  const quoted = snippet === '' ? 'an empty body' : `"${snippet}"`;
  const applied = postApplied ? ' The request was probably applied: refresh to see its effect.' : '';
  return new SinchApiError({
    kind: 'invalid-response',
    operation,
    status,
    message: `The server answered HTTP ${status} but ${detail}: ${quoted}. Check the API base URL.${applied}`,
  });
}
