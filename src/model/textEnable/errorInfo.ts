// Any failure -> what the form shows: a sentence in words, messages next to the fields Sinch
// named, and the rest listed under the sentence. Never includes request headers or credentials.
import { isSinchApiError, type SinchApiError } from '../../api/errors';
import type { ErrorInfo } from '../webviewMessages';
import { mapViolations } from './violations';

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

export function toErrorInfo(error: unknown, operation = 'The request'): ErrorInfo {
  if (isSinchApiError(error)) {
    const mapped = mapViolations(error.fieldViolations);
    const head = error.status !== undefined ? `${error.operation} failed (HTTP ${error.status}${error.sinchStatus ? ` ${error.sinchStatus}` : ''})` : `${error.operation} failed`;
    return { message: `${head}: ${error.message}${advice(error)}`, fieldErrors: mapped.fields, details: mapped.unmatched };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { message: `${operation} failed: ${text}`, fieldErrors: {}, details: [] };
}

/** Errors after which the following orders would fail the same way: stop sending. */
export function stopsTheBatch(error: unknown): boolean {
  return isSinchApiError(error) && ['network', 'timeout', 'auth', 'cancelled', 'unknown-outcome'].includes(error.kind);
}
