// The fetch wrapper: one timeout per attempt (AbortController), retries by the retry policy with
// waits on the injected clock, cancellation by the caller's signal, and a log entry per attempt.
// It answers with the final status and body text; turning error statuses into words is the
// caller's job, because the API and the token endpoint word them differently.
import type { FetchResponseLike, ResolvedConfig } from './config';
import { SinchApiError } from './errors';
import { proxyFor, shownProxy } from './proxy';
import { decideRetry, type AttemptOutcome } from './retryPolicy';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Absolute URL. */
  url: string;
  /** What the log shows: path and query, never the host's credentials. */
  logPath: string;
  /** Built per attempt, so a retry carries the current token. Errors thrown here end the request. */
  headers: () => Promise<Record<string, string>>;
  body?: string;
  /** GET, DELETE and the token request; a POST is resent only on 429. */
  idempotent: boolean;
  operation: string;
  signal?: AbortSignal;
  /** Per-request budget (interactive reads); the client's defaults otherwise. */
  timeoutMs?: number;
  maxRetries?: number;
}

export interface HttpAnswer {
  status: number;
  headers: FetchResponseLike['headers'];
  text: string;
  /** Set when the server asked for a wait (Retry-After) that was not honoured by another try. */
  retryAfterMs?: number;
}

type AttemptResult =
  | { type: 'answer'; answer: HttpAnswer }
  | { type: 'failure'; outcome: AttemptOutcome; reason: string; cause: unknown; notSent: boolean };

/** Error codes that mean the request never left this machine, so even a POST was not applied. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNABORTED']);

export class HttpTransport {
  constructor(
    private readonly config: ResolvedConfig,
    /**
     * Applied to error bodies before anyone reads them: a server that echoes the credentials is
     * quoted only redacted, and never cut in the middle of a secret that then escapes.
     */
    private readonly redact: (text: string) => string = (text) => text,
  ) {}

  async send(request: HttpRequest): Promise<HttpAnswer> {
    const { clock, random, retryBaseDelayMs } = this.config;
    const maxRetries = request.maxRetries ?? this.config.maxRetries;
    for (let retriesDone = 0; ; retriesDone++) {
      throwIfCancelled(request);
      const result = await this.attempt(request, retriesDone + 1);
      const outcome: AttemptOutcome =
        result.type === 'answer' ? { type: 'response', status: result.answer.status, retryAfter: result.answer.headers.get('retry-after') } : result.outcome;
      if (result.type === 'answer' && result.answer.status < 400) return this.quotable(result.answer);
      const decision = decideRetry(outcome, { idempotent: request.idempotent, retriesDone, maxRetries, now: clock.now(), random, baseDelayMs: retryBaseDelayMs });
      if (!decision.retry) {
        if (result.type === 'answer') return { ...this.quotable(result.answer), retryAfterMs: decision.retryAfterMs };
        throw this.failureError(request, result, retriesDone + 1);
      }
      try {
        await clock.sleep(decision.delayMs, request.signal);
      } catch (error) {
        throwIfCancelled(request);
        throw error;
      }
    }
  }

  /** A 2xx body is data (a token answer holds the token); any other body may be quoted in an error. */
  private quotable(answer: HttpAnswer): HttpAnswer {
    return answer.status >= 200 && answer.status < 300 ? answer : { ...answer, text: this.redact(answer.text) };
  }

  private async attempt(request: HttpRequest, attempt: number): Promise<AttemptResult> {
    const { clock, fetch, timer } = this.config;
    const timeoutMs = request.timeoutMs ?? this.config.timeoutMs;
    // Headers first (this may wait for a token, which has its own timeout), then start the clock.
    const headers = await request.headers();
    throwIfCancelled(request);
    const controller = new AbortController();
    let timedOut = false;
    const stopTimer = new AbortController();
    timer.sleep(timeoutMs, stopTimer.signal).then(
      () => {
        timedOut = true;
        controller.abort();
      },
      () => undefined,
    );
    const onCallerAbort = (): void => controller.abort();
    request.signal?.addEventListener('abort', onCallerAbort, { once: true });
    const started = clock.now();
    let status: number | undefined;
    try {
      const response = await fetch(request.url, { method: request.method, headers, body: request.body, signal: controller.signal, redirect: 'manual' });
      status = response.status;
      // The timeout covers the body too: a server may send headers and then stall.
      const text = await response.text();
      this.log(request, attempt, started, status, status >= 400 ? `HTTP ${status}` : undefined);
      return { type: 'answer', answer: { status, headers: response.headers, text } };
    } catch (error) {
      if (request.signal?.aborted) {
        this.log(request, attempt, started, status, 'cancelled');
        throw cancelledError(request);
      }
      const code = errorCode(error);
      const reason = timedOut ? `no answer within ${formatSeconds(timeoutMs)}` : describeNetworkError(error, code);
      this.log(request, attempt, started, status, reason);
      return {
        type: 'failure',
        outcome: timedOut ? { type: 'timeout' } : { type: 'network' },
        reason,
        cause: error,
        notSent: !timedOut && status === undefined && code !== undefined && NOT_SENT_CODES.has(code),
      };
    } finally {
      stopTimer.abort();
      request.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  private failureError(request: HttpRequest, failure: Extract<AttemptResult, { type: 'failure' }>, attempts: number): SinchApiError {
    const proxy = proxyFor(request.url, this.config.proxy);
    // Through a proxy, the proxy may be what failed: name it, so the user knows where to look.
    const host = proxy ? `${new URL(request.url).host} through the proxy ${shownProxy(proxy)}` : new URL(request.url).host;
    const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
    const timeout = failure.outcome.type === 'timeout';
    if (!request.idempotent && !failure.notSent) {
      return new SinchApiError({
        kind: 'unknown-outcome',
        operation: request.operation,
        cause: failure.cause,
        message: `${capitalise(failure.reason)} from ${host}, so the request may or may not have been applied: refresh and check before trying again.`,
      });
    }
    return new SinchApiError({
      kind: timeout ? 'timeout' : 'network',
      operation: request.operation,
      cause: failure.cause,
      message: timeout
        ? `${capitalise(failure.reason)} from ${host}${tries}. Check your network or proxy, or try again later.`
        : `Could not reach ${host}${tries}: ${failure.reason}. Check your network and proxy, and that this host is right.`,
    });
  }

  private log(request: HttpRequest, attempt: number, started: number, status: number | undefined, error: string | undefined): void {
    try {
      this.config.onRequest({
        method: request.method,
        path: request.logPath,
        status,
        ms: Math.max(0, this.config.clock.now() - started),
        attempt,
        ...(error === undefined ? {} : { error }),
      });
    } catch {
      // A logging hook must not break a request.
    }
  }
}

function throwIfCancelled(request: HttpRequest): void {
  if (request.signal?.aborted) throw cancelledError(request);
}

export function cancelledError(request: Pick<HttpRequest, 'operation' | 'idempotent'>): SinchApiError {
  return new SinchApiError({
    kind: 'cancelled',
    operation: request.operation,
    message: request.idempotent ? 'Cancelled.' : 'Cancelled; if the request had already been sent it may have been applied: refresh to check.',
  });
}

function errorCode(error: unknown): string | undefined {
  // node-fetch puts the system code on the error; undici (global fetch) on its cause.
  for (let current: unknown = error, depth = 0; current && depth < 3; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function describeNetworkError(error: unknown, code: string | undefined): string {
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code) return `network error ${code}`;
  return error instanceof Error && error.message ? `network error: ${error.message.slice(0, 120)}` : 'network error';
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
