// Reading a delivery's body: JSON of Sinch's callback shape. What is not JSON, or lacks the fields
// every event carries, is a malformed delivery with the reason in words; unknown extra fields are
// kept (Sinch may add some). A `timestamp` without a zone is read as UTC, as Sinch sends it.
import type { CallbackEvent } from '../../api/types';

export const MAX_CALLBACK_BODY_BYTES = 1024 * 1024;

export type ParsedBody = { ok: true; event: CallbackEvent } | { ok: false; reason: string };

const REQUIRED = ['resourceType', 'eventType', 'eventId', 'timestamp', 'projectId', 'resourceId', 'status'] as const;

export function parseCallbackBody(raw: Uint8Array): ParsedBody {
  if (raw.length === 0) return { ok: false, reason: 'The body is empty; a callback is a JSON object.' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { ok: false, reason: 'The body is not UTF-8 text, so it cannot be JSON.' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `The body is not JSON: ${(err as Error).message}.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'The body is JSON but not an object; a callback is a JSON object.' };
  const record = value as Record<string, unknown>;
  const missing = REQUIRED.filter((key) => typeof record[key] !== 'string' || record[key] === '');
  if (missing.length > 0) return { ok: false, reason: `The JSON lacks ${missing.join(', ')} (text every callback carries).` };
  if (record.failureCode !== undefined && record.failureCode !== null && typeof record.failureCode !== 'string') {
    return { ok: false, reason: 'failureCode is not text.' };
  }
  if (parseTimestamp(record.timestamp as string) === undefined) return { ok: false, reason: `timestamp ${JSON.stringify(record.timestamp)} is not an ISO-8601 date-time.` };
  const event: CallbackEvent = {
    resourceType: record.resourceType as string,
    eventType: record.eventType as string,
    eventId: record.eventId as string,
    timestamp: record.timestamp as string,
    projectId: record.projectId as string,
    resourceId: record.resourceId as string,
    status: record.status as string,
  };
  if (typeof record.failureCode === 'string' && record.failureCode !== '') event.failureCode = record.failureCode;
  return { ok: true, event };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Epoch milliseconds of an ISO-8601 date-time; one without a zone is UTC (not local time). */
export function parseTimestamp(text: string): number | undefined {
  const trimmed = text.trim();
  const match = ISO.exec(trimmed);
  if (!match) return undefined;
  // Date.parse reads a zoneless date-time as local time; Sinch means UTC. Fractions past
  // milliseconds are cut, which Date.parse does not accept everywhere.
  const withMillis = trimmed.replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(match[3] ? withMillis : `${withMillis}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}
