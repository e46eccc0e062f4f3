// The callback listener's HTTP side, without VS Code: a node:http server on loopback that takes
// a POST on any path, answers at once (200 for an event, 400 for a body that is not one, 413 past
// 1 MiB) and hands every delivery on. Slow or broken clients time out; nothing a request does can
// throw into the extension host. Only this machine is served: tunnels and forwarded ports connect
// from here, so a peer that is not loopback gets 403 and is never listed.
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { MAX_CALLBACK_BODY_BYTES, parseCallbackBody } from '../model/callbacks/event';
import type { DeliveryInput } from '../model/callbacks/inbox';
import { readBoundedBody } from './boundedBody';
import { isLoopbackAddress } from './loopback';

export interface ListenerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Called once per delivery, after the answer is on its way. */
  onDelivery(delivery: DeliveryInput): void;
  /** A listener bug or a socket error, for the log. */
  onProblem?(message: string): void;
  maxBodyBytes?: number;
  /** A client that has not sent its whole request by then is cut off. */
  requestTimeoutMs?: number;
  now?: () => number;
}

export interface RunningListener {
  readonly port: number;
  /** http://127.0.0.1:<port>/ */
  readonly url: string;
  close(): Promise<void>;
}

export const REQUEST_TIMEOUT_MS = 10_000;
/** Node's largest request head (16 KiB by default); a longer one is refused with 431 unread. */
const MAX_HEADER_BYTES = 16 * 1024;

export async function startListener(options: ListenerOptions): Promise<RunningListener> {
  const host = options.host ?? '127.0.0.1';
  const maxBytes = options.maxBodyBytes ?? MAX_CALLBACK_BODY_BYTES;
  const timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const sockets = new Set<Socket>();

  const deliver = (delivery: DeliveryInput): void => {
    try {
      options.onDelivery(delivery);
    } catch (err) {
      options.onProblem?.(`The callback inspector failed on a delivery: ${(err as Error).message}`);
    }
  };

  const server = http.createServer({
    requestTimeout: timeoutMs,
    headersTimeout: Math.min(timeoutMs, 5_000),
    maxHeaderSize: MAX_HEADER_BYTES,
    // How often Node looks for requests past those timeouts: its default of 30 s let slow-header
    // clients (slowloris) hold their sockets 30 s whatever the timeouts said.
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(timeoutMs / 2))),
  }, (req, res) => {
    const receivedAt = now();
    const method = req.method ?? 'GET';
    const peer = req.socket.remoteAddress;
    if (!isLoopbackAddress(peer)) {
      // Not read, not listed: an event from elsewhere could make the extension re-read orders.
      answer(res, 403, 'The callback listener takes callbacks from this machine only.', { Connection: 'close' });
      req.pause();
      res.on('finish', () => req.socket.destroySoon());
      options.onProblem?.(`Callback listener: refused a ${String(req.method).slice(0, 10)} from ${peer ?? 'an unknown peer'}: it takes callbacks from this machine only (a tunnel or forwarded port connects from here)`);
      return;
    }
    const path = (req.url ?? '/').slice(0, 2048);
    const headers = flatHeaders(req.headers);
    const base = { receivedAt, method, path, headers };
    if (method !== 'POST') {
      req.resume();
      answer(res, 405, `Callbacks arrive as POST, not ${method}.`, { Allow: 'POST' });
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      refuseTooLarge(req, res);
      deliver({ ...base, body: new Uint8Array(0), refused: tooLargeReason(declared, maxBytes), answeredStatus: 413 });
      return;
    }
    readBoundedBody(req, maxBytes).then((read) => {
      if (!read.ok) {
        refuseTooLarge(req, res);
        deliver({ ...base, body: new Uint8Array(0), refused: tooLargeReason(read.bytesSeen, maxBytes), answeredStatus: 413 });
        return;
      }
      const parsed = parseCallbackBody(read.body);
      const status = parsed.ok ? 200 : 400;
      answer(res, status, parsed.ok ? 'ok' : parsed.reason);
      deliver({ ...base, body: read.body, answeredStatus: status, parsed });
    }, () => res.destroy());
  });
  server.keepAliveTimeout = 5_000;
  server.timeout = timeoutMs;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    if (err.code === 'HPE_HEADER_OVERFLOW') {
      options.onProblem?.(`Callback listener: refused a request whose headers are over ${MAX_HEADER_BYTES / 1024} KiB (431), without reading the rest`);
    }
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  server.on('error', (err) => options.onProblem?.(`Callback listener error: ${err.message}`));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${host}:${port}/`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      for (const s of sockets) s.destroy();
    }),
  };
}

function tooLargeReason(bytes: number, max: number): string {
  return `The body is over the ${max}-byte limit (at least ${bytes} bytes): refused with 413, not kept.`;
}

function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse): void {
  // Stop reading: the rest of an oversized upload is never buffered.
  answer(res, 413, 'Callback bodies are at most 1 MiB.', { Connection: 'close' });
  req.pause();
  res.on('finish', () => req.socket.destroySoon());
}

function answer(res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify(status === 200 ? { received: true } : { error: message });
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** Header names lower-case; repeated headers joined as Node does for most. */
function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
