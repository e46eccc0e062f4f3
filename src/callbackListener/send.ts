// Replays and forwards: the body byte for byte, with the original Content-Type and
// X-Sinch-Signature, to a URL checked by checkSendTarget. Redirects are not followed (a signed
// body goes only where the user said), and an answer that does not come is cut off.
// Through VS Code's proxy like every other request: the caller passes the fetch that sends there
// (sendRoute.ts), so this bundle carries no proxy code of its own.
import type { SendOutcome } from '../model/callbacks/record';
import { SIGNATURE_HEADER } from '../model/callbacks/signature';

export const SEND_TIMEOUT_MS = 10_000;

export interface SendRequest {
  kind: SendOutcome['kind'];
  url: string;
  body: Uint8Array;
  /** The headers as received: Content-Type and X-Sinch-Signature go along. */
  headers: Record<string, string>;
  timeoutMs?: number;
  now?: () => number;
  /** The fetch to send with (one that goes through a proxy); default: the global fetch. */
  fetch?: SendFetch;
  /** The proxy the request goes through, as shown to the user (no credentials): errors name it. */
  proxy?: string;
}

/** What sendCallback needs of a fetch: the global one and node-fetch (the proxied one) both fit. */
export type SendFetch = (url: string, init: {
  method: 'POST';
  headers: Record<string, string>;
  body: Uint8Array;
  redirect: 'manual';
  signal: AbortSignal;
}) => Promise<{ status: number; arrayBuffer(): Promise<unknown> }>;

const globalFetch: SendFetch = (url, init) => fetch(url, { ...init, body: new Uint8Array(init.body) as Uint8Array<ArrayBuffer> });

export async function sendCallback(request: SendRequest): Promise<SendOutcome> {
  const now = request.now ?? Date.now;
  const headers: Record<string, string> = {
    'Content-Type': request.headers['content-type'] ?? 'application/json',
    'User-Agent': 'sinch-vscode-callback-inspector',
  };
  const signature = request.headers[SIGNATURE_HEADER];
  if (signature !== undefined) headers['X-Sinch-Signature'] = signature;
  const base = { kind: request.kind, url: request.url, at: now() };
  try {
    const res = await (request.fetch ?? globalFetch)(request.url, {
      method: 'POST',
      headers,
      body: Buffer.from(request.body),
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs ?? SEND_TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => undefined);
    return { ...base, status: res.status };
  } catch (err) {
    return { ...base, error: sendErrorWords(err, request.proxy) };
  }
}

function sendErrorWords(err: unknown, proxy: string | undefined): string {
  const e = err as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer in time${proxy ? ` (through the proxy ${proxy})` : ''}`;
  // undici (global fetch) puts the system code on the cause; node-fetch on the error.
  const code = e.cause?.code ?? e.code;
  if (proxy) {
    // Through a proxy, a refused or unknown host is most often the proxy itself.
    if (code === 'ECONNREFUSED') return `the proxy ${proxy} refused the connection: check http.proxy or HTTPS_PROXY`;
    if (code === 'ENOTFOUND') return `the proxy ${proxy} or the host was not found`;
    return `through the proxy ${proxy}: ${e.cause?.message ?? e.message ?? String(err)}`;
  }
  if (code === 'ECONNREFUSED') return 'connection refused: is your handler running?';
  if (code === 'ENOTFOUND') return 'host not found';
  return e.cause?.message ?? e.message ?? String(err);
}
