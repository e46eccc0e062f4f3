// Small HTTP helpers over node:http: bounded body reading, JSON answers, Sinch-shaped errors.
import { readBoundedBody } from '../callbackListener/boundedBody';
export { isLoopbackAddress } from '../callbackListener/loopback';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody, SandboxHttpError } from './errors';

export const MAX_BODY_BYTES = 1_000_000;

export function splitUrl(rawUrl: string): { path: string; search: string } {
  const q = rawUrl.indexOf('?');
  return q < 0 ? { path: rawUrl, search: '' } : { path: rawUrl.slice(0, q), search: rawUrl.slice(q + 1) };
}

/** The raw body as text; a 413 once it passes MAX_BODY_BYTES. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const read = await readBoundedBody(req, MAX_BODY_BYTES);
  if (!read.ok) throw new SandboxHttpError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  return read.body.toString('utf8');
}

/** Parses a JSON body; an empty body is `undefined`. Invalid JSON is a 400 like Sinch's. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new SandboxHttpError(400, `Invalid JSON payload received. ${(err as Error).message}`);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendError(res: ServerResponse, err: unknown): void {
  if (err instanceof SandboxHttpError) {
    sendJson(res, err.httpStatus, err.body(), err.headers);
    return;
  }
  // A sandbox bug: say so in Sinch's shape rather than dropping the connection.
  const message = err instanceof Error ? err.message : String(err);
  sendJson(res, 500, errorBody(500, `Internal sandbox error: ${message}`));
}

/** 405 with the methods the path does take. */
export function methodNotAllowed(method: string, allowed: readonly string[]): SandboxHttpError {
  return new SandboxHttpError(405, `Method ${method} is not allowed here; use ${allowed.join(' or ')}.`, { headers: { Allow: allowed.join(', ') } });
}

export function routeNotFound(path: string): SandboxHttpError {
  return new SandboxHttpError(404, `No such resource: ${path.slice(0, 200)}`);
}

