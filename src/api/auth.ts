// The Authorization header: HTTP Basic with the access key, or an OAuth2 client-credentials token
// that is cached, refreshed ahead of expiry (by the injected clock) and fetched once for all
// concurrent callers. Secrets live only in the headers built here; no error or log quotes them.
import { DEFAULT_AUTH_BASE_URL, type ClientCredentials, type ResolvedConfig } from './config';
import { SinchApiError } from './errors';
import { bodySnippet, tryParseJson } from './errorParsing';
import type { HttpTransport } from './http';
import { TOKEN_PATH } from './paths';

export interface AuthProvider {
  /** The header value for the next request; waits for a token when needed. */
  authorization(operation: string, signal?: AbortSignal): Promise<string>;
  /**
   * The API answered 401 to a request sent with `used`. Returns true when one more try with a fresh
   * credential may help (a token can expire or be revoked; a key/secret pair cannot change by itself).
   */
  rejected(used: string): boolean;
}

export const TOKEN_OPERATION = 'Sign in to Sinch';
/** Refresh this long before a token expires, so a request never leaves with a dying token. */
export const REFRESH_MARGIN_MS = 60_000;

export function basicHeader(credentials: ClientCredentials): string {
  return `Basic ${Buffer.from(`${credentials.keyId}:${credentials.keySecret}`, 'utf8').toString('base64')}`;
}

export class BasicAuthProvider implements AuthProvider {
  private readonly header: string;

  constructor(credentials: ClientCredentials) {
    this.header = basicHeader(credentials);
  }

  authorization(): Promise<string> {
    return Promise.resolve(this.header);
  }

  rejected(): boolean {
    return false;
  }
}

interface CachedToken {
  header: string;
  /** Clock time from which the token counts as stale. */
  refreshAt: number;
}

export class OAuth2TokenProvider implements AuthProvider {
  private cached: CachedToken | undefined;
  private inFlight: Promise<CachedToken> | undefined;

  constructor(
    private readonly config: ResolvedConfig,
    private readonly transport: HttpTransport,
  ) {}

  async authorization(operation: string, signal?: AbortSignal): Promise<string> {
    if (this.cached && this.config.clock.now() < this.cached.refreshAt) return this.cached.header;
    // One token request for everyone who asks while it runs. It does not take any caller's signal:
    // one caller cancelling must not fail the others.
    this.inFlight ??= this.requestToken().finally(() => {
      this.inFlight = undefined;
    });
    const token = await untilAborted(this.inFlight, signal, operation);
    return token.header;
  }

  rejected(used: string): boolean {
    // Drop the token only if it is still the one that was refused: a concurrent caller may
    // already have fetched a new one.
    if (this.cached?.header === used) this.cached = undefined;
    return true;
  }

  private async requestToken(): Promise<CachedToken> {
    const { authBaseUrl, credentials, userAgent, clock } = this.config;
    const where = `the auth server ${authBaseUrl}`;
    let answer;
    try {
      answer = await this.transport.send({
        method: 'POST',
        url: `${authBaseUrl}${TOKEN_PATH}`,
        logPath: TOKEN_PATH,
        headers: () =>
          Promise.resolve({
            Authorization: basicHeader(credentials),
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json',
            'User-Agent': userAgent,
          }),
        body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
        // Asking for a token twice does no harm, so network errors and 5xx are retried.
        idempotent: true,
        operation: TOKEN_OPERATION,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      // The setting is worth naming only when it was changed: at Sinch's own URL it is not the cause.
      const custom = authBaseUrl.replace(/\/+$/, '') !== DEFAULT_AUTH_BASE_URL;
      throw authError(`Could not get a token from ${where}. ${detail}${custom ? ` (The auth URL is a setting; Sinch's is ${DEFAULT_AUTH_BASE_URL}.)` : ''}`, undefined, error);
    }
    if (answer.status === 400 || answer.status === 401 || answer.status === 403) {
      throw authError(`${capitalise(where)} refused the access key (HTTP ${answer.status}): check the access key ID and key secret.`, answer.status);
    }
    if (answer.status >= 300) {
      const snippet = bodySnippet(answer.text);
      throw authError(
        `${capitalise(where)} answered HTTP ${answer.status}${snippet ? ` ("${snippet}")` : ''}: check the auth URL, or try again later.`,
        answer.status,
      );
    }
    // Never quote a 2xx token answer: it may hold a token.
    const json = tryParseJson(answer.text) as { access_token?: unknown; expires_in?: unknown } | undefined;
    const accessToken = json?.access_token;
    const expiresIn = Number(json?.expires_in ?? 3600);
    if (typeof accessToken !== 'string' || accessToken === '' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
      throw authError(`${capitalise(where)} did not answer with an access token: check the auth URL.`, answer.status);
    }
    // Registered before first use: an error that echoes the token is redacted from then on.
    this.config.onSecret(accessToken);
    const lifetimeMs = expiresIn * 1000;
    const token = { header: `Bearer ${accessToken}`, refreshAt: clock.now() + lifetimeMs - Math.min(REFRESH_MARGIN_MS, lifetimeMs / 2) };
    this.cached = token;
    return token;
  }
}

function authError(message: string, status?: number, cause?: unknown): SinchApiError {
  if (cause instanceof SinchApiError && cause.kind === 'cancelled') return cause;
  return new SinchApiError({ kind: 'auth', operation: TOKEN_OPERATION, message, status, cause });
}

/** Waits for a shared promise, but lets this caller stop waiting when its signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, operation: string): Promise<T> {
  if (!signal) return promise;
  const cancelled = (): SinchApiError => new SinchApiError({ kind: 'cancelled', operation, message: 'Cancelled.' });
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
