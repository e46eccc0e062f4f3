// Any failure -> what the form shows: a sentence in words, messages next to the fields Sinch
// named, and the rest listed under the sentence. Never includes request headers or credentials.
import { isSinchApiError, type SinchApiError } from '../../api/errors';
import type { FieldName } from './fields';
import { mapViolations } from './violations';

/** A failure as the form shows it (the message protocol carries it to the webview). */
export interface ErrorInfo {
  /** One paragraph in words: what failed and why. */
  message: string;
  /** Messages to show next to fields (validation, or Sinch's field violations). */
  fieldErrors: Partial<Record<FieldName, string>>;
  /** Anything else worth listing under the message (violations that match no field). */
  details: string[];
}

function advice(err: SinchApiError): string {
  switch (err.kind) {
    case 'unknown-outcome':
      return ' The order may or may not have been created: look for the numbers in the Qualified Numbers view (Hosting in progress) before sending them again.';
    case 'network':
    case 'timeout':
      return ' Check the connection (or that the sandbox is running) and submit again.';
    case 'auth':
      return ' Check the access key of the active profile.';
    default:
      if (err.status === 409) return ' One of the numbers is already imported or text-enabled.';
      if (err.status === 404) return ' Check the project, the service plan and the campaign.';
      return '';
  }
}

/**
 * SinchApiError by class, or by shape when it was thrown by another bundle's copy of the class
 * (the integration tests load the panels apart from the extension's own client).
 */
function asSinchError(error: unknown): SinchApiError | undefined {
  if (isSinchApiError(error)) return error;
  if (error instanceof Error && error.name === 'SinchApiError' && typeof (error as Partial<SinchApiError>).kind === 'string' && typeof (error as Partial<SinchApiError>).operation === 'string' && Array.isArray((error as Partial<SinchApiError>).fieldViolations)) {
    return error as SinchApiError;
  }
  return undefined;
}

export function toErrorInfo(raw: unknown, operation = 'The request'): ErrorInfo {
  const error = asSinchError(raw);
  if (error) {
    const mapped = mapViolations(error.fieldViolations);
    const head = error.status !== undefined ? `${error.operation} failed (HTTP ${error.status}${error.sinchStatus ? ` ${error.sinchStatus}` : ''})` : `${error.operation} failed`;
    return { message: `${head}: ${error.message}${advice(error)}`, fieldErrors: mapped.fields, details: mapped.unmatched };
  }
  const text = raw instanceof Error ? raw.message : String(raw);
  return { message: `${operation} failed: ${text}`, fieldErrors: {}, details: [] };
}

/** Errors after which the following orders would fail the same way: stop sending. */
export function stopsTheBatch(error: unknown): boolean {
  const sinch = asSinchError(error);
  return sinch !== undefined && ['network', 'timeout', 'auth', 'cancelled', 'unknown-outcome'].includes(sinch.kind);
}
