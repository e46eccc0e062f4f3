// One row of the Callbacks view: a delivery as received (headers, raw body), what it says, the
// signature verdict, and what happened since (duplicates, replays, forwards).
import type { CallbackEvent } from '../../api/types';
import type { SignatureVerdict } from './signature';

export interface SendOutcome {
  kind: 'replay' | 'forward';
  url: string;
  /** Epoch ms. */
  at: number;
  /** The receiver's HTTP status, or why nothing came back. */
  status?: number;
  error?: string;
}

export interface CallbackRecord {
  id: string;
  /** Epoch ms of the first and latest delivery of this event. */
  receivedAt: number;
  lastReceivedAt: number;
  /** How many times this eventId arrived. */
  deliveries: number;
  method: string;
  path: string;
  /** Lower-case names, as received. */
  headers: Record<string, string>;
  /** The raw body, base64 (byte for byte, whatever it holds). */
  bodyBase64: string;
  /** Size as received; more than the kept body when it was cut for storage. */
  bodyBytes: number;
  /** The body kept is shorter than what arrived (only past the storage cap). */
  bodyTruncated?: boolean;
  /** The status the listener answered. */
  answeredStatus: number;
  event?: CallbackEvent;
  /** Why this is not a callback event (not JSON, missing fields, too large). */
  malformed?: string;
  verdict: SignatureVerdict;
  /** Set when an event with a later timestamp for the same resource had already arrived. */
  outOfOrder?: { laterTimestamp: string };
  /** Replays and forwards, newest last (a few kept). */
  sends: SendOutcome[];
}

export function rawBody(record: CallbackRecord): Buffer {
  return Buffer.from(record.bodyBase64, 'base64');
}

export function latestSend(record: CallbackRecord): SendOutcome | undefined {
  return record.sends[record.sends.length - 1];
}

export function sendOutcomeWords(send: SendOutcome): string {
  const what = send.kind === 'replay' ? 'replayed' : 'forwarded';
  return send.status !== undefined ? `${what}: ${send.status}` : `${what}: failed (${send.error ?? 'no answer'})`;
}
