// The public face of src/api: the client, its configuration, its error type and the wire types.
import { QualifiedNumbersClient } from './client';
import type { ClientConfig } from './config';

export { QualifiedNumbersClient } from './client';
export { DEFAULT_AUTH_BASE_URL, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, defaultUserAgent, realClock } from './config';
export type { AuthMethod, ClientConfig, ClientCredentials, Clock, FetchInit, FetchLike, FetchResponseLike, RequestLogEntry } from './config';
export { SinchApiError, isSinchApiError } from './errors';
export type { ProxySettings } from './proxy';
export type { SinchApiErrorInit, SinchErrorKind } from './errors';
export * from './types';

/** A client for one project; throws SinchApiError kind 'invalid-input' for an unusable configuration. */
export function createClient(config: ClientConfig): QualifiedNumbersClient {
  return new QualifiedNumbersClient(config);
}
