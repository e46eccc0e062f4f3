// The client's configuration and its defaults. Fetch, clock and randomness are injected so tests
// drive retries and token expiry deterministically; everything else has a production default.
import crossFetch from 'cross-fetch';
import { SinchApiError } from './errors';
import { validateProjectId } from './paths';
import { proxiedFetch, type ProxySettings } from './proxy';
import { BASE_DELAY_MS } from './retryPolicy';

export const DEFAULT_BASE_URL = 'https://imported.numbers.api.sinch.com';
export const DEFAULT_AUTH_BASE_URL = 'https://auth.sinch.com';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 4;
/** Reads the user waits on: 2 attempts of 4 s plus one backoff stay under ~10 s of "loading". */
export const DEFAULT_READ_TIMEOUT_MS = 4_000;
export const DEFAULT_READ_MAX_RETRIES = 1;

/** The part of a fetch Response the client reads; real fetch, cross-fetch and test fakes all fit. */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /** 'manual': a redirect is reported, never followed with our Authorization header. */
  redirect: 'manual';
}

export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponseLike>;

/** Time as the client sees it: token expiry and backoff waits go through here, never `Date`/`setTimeout`. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects (with the signal's reason) if `signal` aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface RequestLogEntry {
  method: string;
  /** Path and query only: never the host's credentials, never headers. */
  path: string;
  status: number | undefined;
  ms: number;
  /** 1 for the first try, 2 for the first retry, ... */
  attempt: number;
  /** The error in words when the attempt failed without an answer or with an error status. */
  error?: string;
}

export interface ClientCredentials {
  keyId: string;
  keySecret: string;
}

export type AuthMethod = 'oauth2' | 'basic';

export interface ClientConfig {
  projectId: string;
  credentials: ClientCredentials;
  auth: AuthMethod;
  baseUrl?: string;
  authBaseUrl?: string;
  fetch?: FetchLike;
  clock?: Clock;
  timeoutMs?: number;
  maxRetries?: number;
  /** Per attempt and retries of `interactive` reads (see CallOptions). */
  readTimeoutMs?: number;
  readMaxRetries?: number;
  /** What ends an attempt that takes too long (default: real time); tests pass a manual one. */
  timer?: Clock;
  /** First backoff ceiling; it doubles per retry (default 500 ms). Retry-After answers are honoured as sent. */
  retryBaseDelayMs?: number;
  /** Returns a number in [0, 1): the jitter source for backoff. */
  random?: () => number;
  userAgent?: string;
  onRequest?: (entry: RequestLogEntry) => void;
  /** VS Code's proxy (`http.proxy`, HTTPS_PROXY, NO_PROXY); loopback always goes direct. */
  proxy?: ProxySettings;
  /**
   * Told each secret the client obtains (an OAuth2 access token), so the caller's own log and
   * message redaction can hide it too. The key ID and secret the caller already knows.
   */
  onSecret?: (secret: string) => void;
}

/** ClientConfig with every default filled in and every URL checked. */
export interface ResolvedConfig {
  projectId: string;
  credentials: ClientCredentials;
  auth: AuthMethod;
  baseUrl: string;
  authBaseUrl: string;
  fetch: FetchLike;
  clock: Clock;
  timeoutMs: number;
  maxRetries: number;
  readTimeoutMs: number;
  readMaxRetries: number;
  timer: Clock;
  retryBaseDelayMs: number;
  random: () => number;
  userAgent: string;
  onRequest: (entry: RequestLogEntry) => void;
  proxy?: ProxySettings;
  onSecret: (secret: string) => void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export function defaultUserAgent(): string {
  // Unit tests run unbundled, where esbuild's define has not replaced the global.
  const version = typeof __EXTENSION_VERSION__ !== 'undefined' ? __EXTENSION_VERSION__ : '0.0.0-dev';
  return `sinch-qualified-numbers-vscode/${version}`;
}

export function resolveConfig(config: ClientConfig): ResolvedConfig {
  const invalid = (message: string): SinchApiError => new SinchApiError({ kind: 'invalid-input', operation: 'Configure the Sinch client', message });
  validateProjectId(config.projectId, 'Configure the Sinch client');
  if (!config.credentials?.keyId || !config.credentials?.keySecret) throw invalid('Both the access key ID and the key secret are required.');
  if (config.auth !== 'oauth2' && config.auth !== 'basic') throw invalid('Authentication must be "oauth2" or "basic".');
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw invalid('The request timeout must be a positive number of milliseconds.');
  const maxRetries = config.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) throw invalid('The retry limit must be a whole number, 0 or more.');
  const readTimeoutMs = config.readTimeoutMs ?? Math.min(DEFAULT_READ_TIMEOUT_MS, timeoutMs);
  if (!Number.isFinite(readTimeoutMs) || readTimeoutMs <= 0) throw invalid('The read timeout must be a positive number of milliseconds.');
  const readMaxRetries = config.readMaxRetries ?? Math.min(DEFAULT_READ_MAX_RETRIES, maxRetries);
  if (!Number.isInteger(readMaxRetries) || readMaxRetries < 0) throw invalid('The read retry limit must be a whole number, 0 or more.');
  const retryBaseDelayMs = config.retryBaseDelayMs ?? BASE_DELAY_MS;
  if (!Number.isFinite(retryBaseDelayMs) || retryBaseDelayMs < 0) throw invalid('The retry delay must be 0 ms or more.');
  return {
    projectId: config.projectId,
    credentials: { keyId: config.credentials.keyId, keySecret: config.credentials.keySecret },
    auth: config.auth,
    baseUrl: checkBaseUrl(config.baseUrl ?? DEFAULT_BASE_URL, 'API base URL', invalid),
    authBaseUrl: checkBaseUrl(config.authBaseUrl ?? DEFAULT_AUTH_BASE_URL, 'auth base URL', invalid),
    fetch: config.proxy?.url ? proxiedFetch<FetchInit, FetchResponseLike>(config.fetch ?? crossFetch, config.proxy) : config.fetch ?? crossFetch,
    clock: config.clock ?? realClock,
    timeoutMs,
    maxRetries,
    readTimeoutMs,
    readMaxRetries,
    timer: config.timer ?? realClock,
    retryBaseDelayMs,
    random: config.random ?? Math.random,
    userAgent: config.userAgent ?? defaultUserAgent(),
    onRequest: config.onRequest ?? (() => undefined),
    proxy: config.proxy,
    onSecret: config.onSecret ?? (() => undefined),
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Credentials travel to these URLs, so plain http is allowed only on loopback (the sandbox).
 * Returns the URL without a trailing slash, so paths can be appended.
 */
function checkBaseUrl(raw: string, what: string, invalid: (message: string) => SinchApiError): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid(`The ${what} "${raw.slice(0, 80)}" is not a URL.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw invalid(`The ${what} must use https (plain http only for localhost): ${url.origin}`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw invalid(`The ${what} must not carry a user name, password, query or fragment.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
