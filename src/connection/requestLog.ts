// One log line per HTTP request the client makes: method, path, status, time. The client gives
// path and query only; every line still goes through the redactor before it is written.
import type { RequestLogEntry } from '../api/config';

export function requestLogLine(entry: RequestLogEntry): string {
  const status = entry.status === undefined ? 'no answer' : String(entry.status);
  const attempt = entry.attempt > 1 ? ` (attempt ${entry.attempt})` : '';
  const error = entry.error ? `: ${entry.error}` : '';
  return `${entry.method} ${entry.path} ${status} ${Math.round(entry.ms)} ms${attempt}${error}`;
}

export function isFailedRequest(entry: RequestLogEntry): boolean {
  return entry.status === undefined || entry.status >= 400 || entry.error !== undefined;
}
