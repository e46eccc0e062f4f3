// When to try a request again and how long to wait first. Pure: the caller passes the clock's
// time and the jitter source, so every decision can be tested without sleeping.

/** Statuses that mean "not processed, try later" for idempotent requests. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
export const BASE_DELAY_MS = 500;
export const MAX_DELAY_MS = 30_000;

/** What one attempt ended with. */
export type AttemptOutcome =
  | { type: 'response'; status: number; retryAfter?: string | null }
  | { type: 'network' }
  | { type: 'timeout' };

export interface RetryContext {
  /**
   * GET and DELETE (and the token request): sending them twice does no harm. A POST is resent only
   * on 429, which promises the request was not processed.
   */
  idempotent: boolean;
  /** Retries already made (0 after the first attempt). */
  retriesDone: number;
  maxRetries: number;
  /** The clock's time, for Retry-After given as an HTTP date. */
  now: number;
  /** [0, 1) */
  random: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export type RetryDecision =
  | { retry: true; delayMs: number }
  /** `retryAfterMs` is set when the server asked for a wait (possibly longer than we are willing to). */
  | { retry: false; retryAfterMs?: number };

export function isRetryableOutcome(outcome: AttemptOutcome, idempotent: boolean): boolean {
  if (outcome.type !== 'response') return idempotent;
  if (outcome.status === 429) return true;
  return idempotent && RETRYABLE_STATUSES.has(outcome.status);
}

export function decideRetry(outcome: AttemptOutcome, context: RetryContext): RetryDecision {
  const maxDelayMs = context.maxDelayMs ?? MAX_DELAY_MS;
  const retryAfterMs = outcome.type === 'response' ? parseRetryAfter(outcome.retryAfter, context.now) : undefined;
  if (!isRetryableOutcome(outcome, context.idempotent) || context.retriesDone >= context.maxRetries) {
    return { retry: false, retryAfterMs };
  }
  if (retryAfterMs !== undefined) {
    // A wait longer than our cap would only earn another 429: report it instead of sleeping.
    return retryAfterMs > maxDelayMs ? { retry: false, retryAfterMs } : { retry: true, delayMs: retryAfterMs };
  }
  return { retry: true, delayMs: backoffDelay(context.retriesDone, context.random, context.baseDelayMs ?? BASE_DELAY_MS, maxDelayMs) };
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^retry)). */
export function backoffDelay(retriesDone: number, random: () => number, baseDelayMs = BASE_DELAY_MS, maxDelayMs = MAX_DELAY_MS): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retriesDone);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

/**
 * `Retry-After` as milliseconds to wait from `now`: delta-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2015 07:28:00 GMT"; a date in the past means 0). Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only letters, digits, spaces, commas, colons and dashes appear in an HTTP date; refuse numbers
  // with signs or fractions, which Date.parse would otherwise read as a year.
  if (!/^[A-Za-z]{3,9},? [0-9A-Za-z :,-]+$/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
