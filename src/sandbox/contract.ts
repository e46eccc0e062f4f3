// The sandbox's contract: its options, events, faults and the running handle. server.ts implements
// it; every sandbox file and every caller takes these types from here (index.ts re-exports them).
import type { CallbackEvent } from '../api/types';

export type SandboxClockMode =
  /** Virtual time follows real time (times `speed`); what a person trying the sandbox wants. */
  | 'realtime'
  /** Virtual time moves only through `advanceClock` or POST /_sandbox/clock: deterministic tests. */
  | 'manual';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Seed for generated data and challenge codes (default 1). */
  seed?: number;
  /** How many numbers to seed per project (default 60; 0 for an empty store). */
  numbers?: number;
  /** Latency added to every API response. */
  latencyMs?: number;
  /** Keep state in this JSON file across restarts (atomic writes). */
  dataFile?: string;
  /** Default 'realtime'. */
  clock?: SandboxClockMode;
  /** Virtual seconds per real second in realtime mode (default 1). */
  speed?: number;
  /** Server cap on pageSize (default 100). */
  maxPageSize?: number;
  /** Token lifetime in seconds for POST /oauth2/token (default 3600). */
  tokenTtlSeconds?: number;
  /** HMAC secret for callback signatures (X-Sinch-Signature); none by default. */
  callbackSecret?: string;
  /**
   * Virtual time at start (ISO-8601). Default: now for 'realtime', 2025-01-06T09:00:00Z for
   * 'manual' (so manual runs give identical timestamps). Ignored when a data file is restored.
   */
  startTime?: string;
}

export type SandboxEvent =
  | { type: 'voiceCall'; projectId: string; phoneNumber: string; code: string }
  | { type: 'callback'; url: string; status: number | 'error'; body: string }
  | { type: 'hostingOrder'; projectId: string; hostingOrderId: string; state: string }
  /** Every project went back to its seeded numbers (POST /_sandbox/reset): what a client showed is stale. */
  | { type: 'reset'; seed: number };

export interface SandboxFault {
  kind: 'latency' | 'status' | 'hang' | 'reset' | 'malformed-json' | 'html';
  /** For 'latency': extra milliseconds. */
  ms?: number;
  /** For 'status': the HTTP status (429, 500, 503, ...). */
  status?: number;
  /** For 'status' 429/503: Retry-After header value (seconds or an HTTP date). */
  retryAfter?: string;
  /**
   * For 'status': the error body's message (default "Sandbox fault: scripted HTTP N."). As a server
   * that echoes what it got, `{authorization}` becomes the request's Authorization header and
   * `{credentials}` that header without its scheme (the bare Basic base64 or bearer token).
   */
  message?: string;
  /** Only requests whose method matches (default any). */
  method?: string;
  /** Only requests whose path starts with this (default any API path; never /_sandbox/). */
  pathPrefix?: string;
  /** How many matching requests get this fault (default 1). */
  times?: number;
}

export interface SandboxRequestLogEntry {
  method: string;
  path: string;
  status: number;
  /** Virtual-clock ISO time. */
  time: string;
  /** The scripted fault this request got, if any. */
  fault?: SandboxFault['kind'];
}

/** What "Send Test Callback" can send (POST /_sandbox/callbacks/test, RunningSandbox.sendTestCallback). */
export const TEST_CALLBACK_KINDS = ['succeeded', 'failed', 'duplicate', 'outOfOrder', 'badSignature'] as const;
export type TestCallbackKind = (typeof TEST_CALLBACK_KINDS)[number];

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:41234 (API base URL and OAuth base URL alike). */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
  onEvent(listener: (event: SandboxEvent) => void): { dispose(): void };
  advanceClock(seconds: number): void;
  /** The last code "said" on a voice call to this number, if any. */
  lastCode(projectId: string, phoneNumber: string): string | undefined;
  scriptFaults(faults: SandboxFault[]): void;
  reset(seed?: number): void;
  requestLog(): readonly SandboxRequestLogEntry[];
  /** Signs later callbacks with this secret (none: unsigned). The extension hands over the inspector's. */
  setCallbackSecret(secret: string | undefined): void;
  /** Sends test callbacks of one kind to `url`; resolves with the events once delivered (or failed). */
  sendTestCallback(url: string, kind: TestCallbackKind, projectId: string): Promise<CallbackEvent[]>;
}
