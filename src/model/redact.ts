// The redactor lives with the client (src/api/redact.ts), which hides its own secrets in every
// error it throws; the host's log and notifications use the same one.
export { createRedactor, type Redactor } from '../api/redact';
