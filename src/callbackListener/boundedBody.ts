// Reads a request body up to a limit, without buffering past it: the callback listener and the
// sandbox's server both take bodies from clients they do not control.
import type { IncomingMessage } from 'node:http';

export type BoundedBody = { ok: true; body: Buffer } | { ok: false; tooLarge: true; bytesSeen: number };

/** Resolves once the body is read, or as soon as it passes `maxBytes` (the rest is not read). */
export function readBoundedBody(req: IncomingMessage, maxBytes: number): Promise<BoundedBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        chunks.length = 0;
        resolve({ ok: false, tooLarge: true, bytesSeen: size });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve({ ok: true, body: Buffer.concat(chunks, size) });
    });
    req.on('error', (err) => {
      if (!done) reject(err);
    });
  });
}
