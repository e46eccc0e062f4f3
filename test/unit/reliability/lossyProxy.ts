// A loopback HTTP proxy in front of the sandbox that can lose an answer: the request reaches the
// sandbox and is applied, then the client's connection is reset instead of answered. This is the
// fault that makes resending a POST dangerous, and one the sandbox's own faults (which refuse
// before applying) cannot produce.
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LossyProxy {
  readonly url: string;
  /** Loses the answer to the next request that matches (applied upstream, then a reset). */
  loseNextAnswer(match: (method: string, path: string) => boolean): void;
  /** How many answers were lost so far. */
  readonly lost: number;
  close(): Promise<void>;
}

export async function startLossyProxy(upstream: string): Promise<LossyProxy> {
  const target = new URL(upstream);
  let pending: ((method: string, path: string) => boolean) | undefined;
  let lost = 0;
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const lose = pending?.(method, path) ?? false;
    if (lose) pending = undefined;
    const forward = http.request(
      { host: target.hostname, port: target.port, method, path, headers: { ...req.headers, host: target.host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          if (lose) {
            // The sandbox has answered, so it has applied the request: the client never hears of it.
            lost++;
            req.socket.resetAndDestroy();
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(Buffer.concat(chunks));
        });
      },
    );
    forward.on('error', () => req.socket.destroy());
    req.pipe(forward);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    loseNextAnswer(match) {
      pending = match;
    },
    get lost() {
      return lost;
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
