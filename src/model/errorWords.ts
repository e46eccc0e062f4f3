// Errors in words for notifications: what failed and why (Sinch's message and field violations,
// from SinchApiError.describe), plus what the user can do next.
import { isSinchApiError, type SinchApiError } from '../api/errors';
import { inertLinks } from './inertLinks';

/** Server text inside stays text: no "[label](command:...)" link survives into a notification. */
export function errorWords(error: unknown): string {
  return inertLinks(rawWords(error));
}

function rawWords(error: unknown): string {
  if (isSinchApiError(error)) {
    const hint = nextStep(error);
    return hint ? `${error.describe()} ${hint}` : error.describe();
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The reason and the next step without the "<operation> failed:" head, for a message that already
 * says what failed ("Sign-in failed. …" would otherwise go on "Sign in to Sinch failed: …").
 */
export function errorReason(error: unknown): string {
  if (!isSinchApiError(error)) return errorWords(error);
  const hint = nextStep(error);
  const status = error.status !== undefined ? `(HTTP ${error.status}${error.sinchStatus ? ` ${error.sinchStatus}` : ''}) ` : '';
  const fields = error.fieldViolations.map((v) => `${v.field}: ${v.description}`).join('; ');
  return inertLinks(`${status}${error.message}${fields ? ` [${fields}]` : ''}${hint ? ` ${hint}` : ''}`);
}

function nextStep(error: SinchApiError): string | undefined {
  switch (error.kind) {
    case 'auth':
      // Unreachable or broken auth servers are worded by the transport; only a refusal is about the key.
      return isCredentialError(error) ? 'Check the key ID and key secret (Sinch: Sign In), and the auth base URL setting.' : undefined;
    case 'network':
      return 'Sinch could not be reached: check the network and the "sinch.apiBaseUrl" setting.';
    case 'timeout':
      return 'Sinch did not answer in time; try again.';
    case 'unknown-outcome':
      return 'It may have been applied anyway: refresh the list before trying again.';
    case 'invalid-response':
      return 'The answer was not what the API returns; check the "sinch.apiBaseUrl" setting.';
    case 'cancelled':
    case 'invalid-input':
      return undefined;
    case 'http':
      break;
  }
  switch (error.status) {
    case 401:
      return 'Sinch refused the credentials: sign in again with a valid key ID and secret.';
    case 403:
      return 'The access key has no permission for this project: check the project ID and the key.';
    case 404:
      return 'It is not (or no longer) in this project; refresh the list.';
    case 409:
      return 'It already exists.';
    case 429:
      return error.retryAfterSeconds !== undefined ? `Sinch asks to wait ${error.retryAfterSeconds} s before trying again.` : 'Too many requests: wait a moment and try again.';
    default:
      return error.status !== undefined && error.status >= 500 ? 'Sinch had a problem; try again later.' : undefined;
  }
}

/**
 * True for errors that mean the credentials are wrong: a refusal (400/401/403) by the token
 * endpoint or the API. An auth server that is down, unreachable or answering nonsense is not.
 */
export function isCredentialError(error: unknown): boolean {
  if (!isSinchApiError(error)) return false;
  if (error.kind === 'auth') return error.status === 400 || error.status === 401 || error.status === 403;
  return error.status === 401 || error.status === 403;
}
