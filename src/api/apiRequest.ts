// One API call: headers (auth, User-Agent), the transport, one token refresh on 401, error
// statuses turned into SinchApiError (with this client's secrets redacted), and the 2xx body
// checked by the operation's parser.
import type { AuthProvider } from './auth';
import type { ResolvedConfig } from './config';
import { errorFromResponse, invalidResponseError, tryParseJson } from './errorParsing';
import type { HttpMethod, HttpTransport } from './http';
import type { ParseResult } from './responses';
import { scrubError } from './secretScrub';
import type { CallOptions } from './types';

export interface ApiCall<T> {
  operation: string;
  method: HttpMethod;
  /** From ApiPaths: already validated. */
  path: string;
  query?: URLSearchParams;
  /** Serialised as JSON. */
  body?: unknown;
  /** Checks the 2xx body; absent when the answer carries none worth reading (delete). */
  parse?: (json: unknown) => ParseResult<T>;
}

export class ApiRequester {
  constructor(
    private readonly config: ResolvedConfig,
    private readonly transport: HttpTransport,
    private readonly auth: AuthProvider,
    /** Hides the credentials and tokens of this client in the errors it throws. */
    private readonly redact: (text: string) => string,
  ) {}

  async call<T>(call: ApiCall<T>, options: CallOptions = {}): Promise<T> {
    try {
      return await this.send(call, options);
    } catch (error) {
      throw scrubError(error, this.redact);
    }
  }

  private async send<T>(call: ApiCall<T>, options: CallOptions): Promise<T> {
    const search = call.query && [...call.query.keys()].length > 0 ? `?${call.query.toString()}` : '';
    const pathAndQuery = `${call.path}${search}`;
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    const idempotent = call.method !== 'POST';
    const budget = options.interactive && call.method === 'GET' ? { timeoutMs: this.config.readTimeoutMs, maxRetries: this.config.readMaxRetries } : {};
    for (let authRetried = false; ; authRetried = true) {
      let usedAuthorization = '';
      const answer = await this.transport.send({
        method: call.method,
        url: `${this.config.baseUrl}${pathAndQuery}`,
        logPath: pathAndQuery,
        headers: async () => {
          usedAuthorization = await this.auth.authorization(call.operation, options.signal);
          return {
            Authorization: usedAuthorization,
            Accept: 'application/json',
            'User-Agent': this.config.userAgent,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          };
        },
        body,
        idempotent,
        operation: call.operation,
        signal: options.signal,
        ...budget,
      });
      // A 401 means the request was not processed, so even a POST may go again, once, with a new token.
      if (answer.status === 401 && !authRetried && this.auth.rejected(usedAuthorization)) continue;
      if (answer.status >= 300) {
        throw errorFromResponse({
          operation: call.operation,
          status: answer.status,
          bodyText: answer.text,
          projectId: this.config.projectId,
          outcomeUnknown: !idempotent && answer.status >= 500,
          retryAfterMs: answer.retryAfterMs,
        });
      }
      if (!call.parse) return undefined as T;
      const json = tryParseJson(answer.text);
      // Quoted (cut to a snippet) only after redaction, like error bodies.
      if (json === undefined) throw invalidResponseError(call.operation, answer.status, this.redact(answer.text), 'not with JSON', !idempotent);
      const parsed = call.parse(json);
      if (!parsed.ok) throw invalidResponseError(call.operation, answer.status, this.redact(answer.text), `not in the expected shape (${parsed.problem})`, !idempotent);
      return parsed.value;
    }
  }
}
