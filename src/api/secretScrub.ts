// Every error the client throws passes through here: a server or proxy that echoes what it was
// sent (the key, its Basic base64, the bearer token) in a message, a status or a field violation
// must not get it into a notification, a tooltip, a webview or the log.
import { SinchApiError } from './errors';

export function scrubError(error: unknown, redact: (text: string) => string): unknown {
  if (!(error instanceof SinchApiError)) return error;
  const clean = (text: string | undefined): string | undefined => (text === undefined ? undefined : redact(text));
  return new SinchApiError({
    kind: error.kind,
    operation: redact(error.operation),
    message: redact(error.message),
    status: error.status,
    sinchCode: clean(error.sinchCode),
    sinchStatus: clean(error.sinchStatus),
    fieldViolations: error.fieldViolations.map((v) => ({ field: redact(v.field), description: redact(v.description) })),
    retryAfterSeconds: error.retryAfterSeconds,
    cause: error.cause,
  });
}
