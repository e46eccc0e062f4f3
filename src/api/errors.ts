// The one error type the client throws. Views and commands turn it into words with `describe()`.
import type { FieldViolation } from './types';

/** What went wrong, as a user would need to know it. */
export type SinchErrorKind =
  | 'http' // the server answered with an error status
  | 'network' // no answer: connection refused, reset, DNS
  | 'timeout' // no answer within the request timeout
  | 'unknown-outcome' // a POST timed out or got a 5xx: it may or may not have been applied
  | 'invalid-response' // the body could not be read as the expected JSON
  | 'invalid-input' // refused before sending (a malformed phone number, say)
  | 'auth' // the token endpoint refused the credentials or could not be reached
  | 'cancelled';

export interface SinchApiErrorInit {
  kind: SinchErrorKind;
  operation: string;
  message: string;
  status?: number;
  /** Sinch's `code`, e.g. "404" or 400 (a string in one shape, a number in the other). */
  sinchCode?: string;
  /** Sinch's `status`, e.g. "NOT_FOUND", "INVALID_ARGUMENT". */
  sinchStatus?: string;
  fieldViolations?: FieldViolation[];
  /** Seconds the server asked us to wait (429/503). */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * On SinchApiError's prototype. The features loaded on first use are bundles of their own
 * (src/lazyBundle.ts), each with its own copy of this class: an error the extension bundle's client
 * throws must still be a SinchApiError to the chat tools' or the form's copy (it decides the words).
 */
const BRAND = Symbol.for('sinch-qualified-numbers.SinchApiError');

export class SinchApiError extends Error {
  /** `instanceof SinchApiError` holds for an error made by any bundle's copy of this class. */
  static override [Symbol.hasInstance](value: unknown): value is SinchApiError {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  readonly kind: SinchErrorKind;
  readonly operation: string;
  readonly status?: number;
  readonly sinchCode?: string;
  readonly sinchStatus?: string;
  readonly fieldViolations: FieldViolation[];
  readonly retryAfterSeconds?: number;

  constructor(init: SinchApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'SinchApiError';
    this.kind = init.kind;
    this.operation = init.operation;
    this.status = init.status;
    this.sinchCode = init.sinchCode;
    this.sinchStatus = init.sinchStatus;
    this.fieldViolations = init.fieldViolations ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** One paragraph for a notification: what failed, why, and the field violations. */
  describe(): string {
    const head = this.status !== undefined ? `${this.operation} failed (HTTP ${this.status}${this.sinchStatus ? ` ${this.sinchStatus}` : ''})` : `${this.operation} failed`;
    const fields = this.fieldViolations.map((v) => `${v.field}: ${v.description}`).join('; ');
    return `${head}: ${this.message}${fields ? ` [${fields}]` : ''}`;
  }
}

Object.defineProperty(SinchApiError.prototype, BRAND, { value: true });

export function isSinchApiError(value: unknown): value is SinchApiError {
  return value instanceof SinchApiError;
}
