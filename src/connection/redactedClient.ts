// A client whose key can never reach the log: its key ID and secret are registered with the log
// redactor as the client is made, before it can send anything, so an error that echoes them (a
// token endpoint quoting the request, a server message) is redacted like every request log line.
// No vscode import: unit-tested (test/unit/connection/redactedClient.test.ts).
import { createClient, type ClientConfig, type RequestLogEntry } from '../api/index';
import type { QualifiedNumbersApi } from '../api/types';
import type { Redactor } from '../model/redact';
import { isFailedRequest, requestLogLine } from './requestLog';

/** Where request lines go: the "Sinch" log channel in the extension, an array in tests. */
export interface RequestLogSink {
  info(line: string): void;
  warn(line: string): void;
}

/** One redacted line per request: a warning when it failed. */
export function logRequest(entry: RequestLogEntry, redactor: Redactor, log: RequestLogSink): void {
  const line = redactor.redact(requestLogLine(entry));
  if (isFailedRequest(entry)) log.warn(line);
  else log.info(line);
}

/**
 * createClient with its credentials (and each OAuth2 access token it gets) registered with the
 * redactor, and its requests logged through it.
 */
export function createRedactedClient(config: Omit<ClientConfig, 'onRequest' | 'onSecret'>, redactor: Redactor, log: RequestLogSink): QualifiedNumbersApi {
  const client = createClient({
    ...config,
    onRequest: (entry) => logRequest(entry, redactor, log),
    // Each OAuth2 access token, so a log line or message that quotes it is redacted too.
    onSecret: (token) => redactor.add(token),
  });
  redactor.addCredentials(config.credentials.keyId, config.credentials.keySecret);
  return client;
}
