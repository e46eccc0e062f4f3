// The only place API paths are built. Every value that enters a path is checked here first, so no
// caller can smuggle `/`, `?`, `#`, `..` or spaces into a URL.
import { assertE164 } from './e164';
import { SinchApiError } from './errors';

/** Project and hosting-order IDs: letters, digits, `_` and `-` only (Sinch uses UUIDs). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

export function validateProjectId(projectId: string, operation: string): string {
  return validateId(projectId, 'project ID', operation);
}

export function validateHostingOrderId(hostingOrderId: string, operation: string): string {
  return validateId(hostingOrderId, 'hosting order ID', operation);
}

/** `assertE164`, reported as the client's own error type. */
export function validatePhoneNumber(phoneNumber: string, operation: string): string {
  try {
    return assertE164(String(phoneNumber));
  } catch (error) {
    throw new SinchApiError({
      kind: 'invalid-input',
      operation,
      message: `${error instanceof Error ? error.message : String(error)}; use the form +12025550134.`,
    });
  }
}

function validateId(value: string, what: string, operation: string): string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : 'the value given';
    throw new SinchApiError({
      kind: 'invalid-input',
      operation,
      message: `${shown} is not a valid ${what}: use letters, digits, "-" and "_" only (at most 128).`,
    });
  }
  return value;
}

/** Path builders for one project. Phone numbers keep their `+` as is, as Sinch documents. */
export class ApiPaths {
  private readonly root: string;

  constructor(projectId: string) {
    this.root = `/v1/projects/${validateProjectId(projectId, 'Configure the Sinch client')}`;
  }

  qualifiedNumbers(): string {
    return `${this.root}/qualifiedNumbers`;
  }

  qualifiedNumber(phoneNumber: string, operation: string): string {
    return `${this.root}/qualifiedNumbers/${validatePhoneNumber(phoneNumber, operation)}`;
  }

  addNumbers(): string {
    return `${this.root}/qualifiedNumbers:addNumbers`;
  }

  textEnableNumbers(): string {
    return `${this.root}/qualifiedNumbers:textEnableNumbers`;
  }

  textEnableTollFreeNumbers(): string {
    return `${this.root}/qualifiedNumbers:textEnableTollFreeNumbers`;
  }

  sendVoiceChallenge(phoneNumber: string, operation: string): string {
    return `${this.qualifiedNumber(phoneNumber, operation)}:sendVoiceChallenge`;
  }

  verifyVoiceChallenge(phoneNumber: string, operation: string): string {
    return `${this.qualifiedNumber(phoneNumber, operation)}:verifyVoiceChallenge`;
  }

  hostingOrder(hostingOrderId: string, operation: string): string {
    return `${this.root}/hostingOrders/${validateHostingOrderId(hostingOrderId, operation)}`;
  }
}

/** The OAuth2 token endpoint, relative to the auth base URL. */
export const TOKEN_PATH = '/oauth2/token';
