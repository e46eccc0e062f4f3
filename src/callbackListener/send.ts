// Replays and forwards: the body byte for byte, with the original Content-Type and
// X-Sinch-Signature, to a URL checked by checkSendTarget. Redirects are not followed (a signed
// body goes only where the user said), and an answer that does not come is cut off.
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
}

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
    const res = await fetch(request.url, {
      method: 'POST',
      headers,
      body: new Uint8Array(request.body) as Uint8Array<ArrayBuffer>,
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs ?? SEND_TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => undefined);
    return { ...base, status: res.status };
  } catch (err) {
    return { ...base, error: sendErrorWords(err) };
  }
}

function sendErrorWords(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'no answer in time';
  const code = e.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused: is your handler running?';
  if (code === 'ENOTFOUND') return 'host not found';
  return e.cause?.message ?? e.message ?? String(err);
}
