// startSandbox: wires the clock, engine, auth, faults, logs and persistence to a node:http server.
// API requests get the configured latency and any scripted fault first; /_sandbox/ requests never.
import * as http from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { handleApi } from './apiRoutes';
import { TokenIssuer } from './auth';
import { CallbackSender } from './callbacks';
import { createClock, MANUAL_CLOCK_START_MS } from './clock';
import type { SandboxContext } from './context';
import { handleControl } from './controlRoutes';
import { SandboxEngine } from './engine';
import { errorBody } from './errors';
import { EventHub } from './events';
import { FaultQueue, faultMessage } from './faults';
import { isLoopbackAddress, routeNotFound, sendError, sendJson, splitUrl } from './http';
import type { RunningSandbox, SandboxFault, SandboxOptions } from './contract';
import { loadSnapshot, SnapshotWriter } from './persistence';
import { RequestLog } from './requestLog';
import { TestCallbacks } from './testCallbacks';

const MALFORMED_JSON = '{"qualifiedNumbers":[{"phoneNumber":"+12025550134","globalProcessState":"GLOBAL_PROCESS_';
const PROXY_PAGE = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

function checkOptions(o: SandboxOptions): void {
  const whole = (name: string, v: number | undefined, min: number, max: number): void => {
    if (v !== undefined && (!Number.isInteger(v) || v < min || v > max)) throw new RangeError(`${name} must be a whole number from ${min} to ${max}, not ${v}`);
  };
  whole('port', o.port, 0, 65535);
  whole('numbers', o.numbers, 0, 200_000);
  whole('latencyMs', o.latencyMs, 0, 600_000);
  whole('maxPageSize', o.maxPageSize, 1, 10_000);
  whole('tokenTtlSeconds', o.tokenTtlSeconds, 1, 31 * 86400);
  if (o.seed !== undefined && !Number.isSafeInteger(o.seed)) throw new RangeError(`seed must be an integer, not ${o.seed}`);
  if (o.clock !== undefined && o.clock !== 'manual' && o.clock !== 'realtime') throw new RangeError(`clock must be "realtime" or "manual", not ${String(o.clock)}`);
  if (o.speed !== undefined && !(o.speed > 0 && Number.isFinite(o.speed))) throw new RangeError(`speed must be a positive number, not ${o.speed}`);
  if (o.startTime !== undefined && Number.isNaN(Date.parse(o.startTime))) throw new RangeError(`startTime must be an ISO date-time, not ${o.startTime}`);
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  checkOptions(options);
  const mode = options.clock ?? 'realtime';
  const host = options.host ?? '127.0.0.1';
  const latencyMs = options.latencyMs ?? 0;
  const snapshot = options.dataFile ? await loadSnapshot(options.dataFile) : undefined;

  // A restored manual clock resumes where it stopped; a realtime one never runs behind the wall clock.
  const freshStart = options.startTime !== undefined ? Date.parse(options.startTime) : mode === 'manual' ? MANUAL_CLOCK_START_MS : Date.now();
  const startMs = snapshot ? (mode === 'realtime' ? Math.max(snapshot.virtualNow, Date.now()) : snapshot.virtualNow) : freshStart;
  const clock = createClock({ mode, speed: options.speed, startMs });
  const events = new EventHub(() => clock.now());
  const callbacks = new CallbackSender((e) => events.emit(e), options.callbackSecret);
  let writer: SnapshotWriter | undefined;
  const engine = new SandboxEngine({
    seed: options.seed ?? 1,
    numbersPerProject: options.numbers ?? 60,
    clock,
    events,
    callbacks,
    onChange: () => writer?.request(),
  });
  if (snapshot) engine.restore(snapshot);
  if (options.dataFile) {
    const file = options.dataFile;
    // A failed save must not stop the sandbox; the next change tries again and close() reports it.
    writer = new SnapshotWriter(file, () => engine.snapshot(), (err) => process.emitWarning(`Sinch sandbox could not save ${file}: ${err.message}`));
  }

  const faults = new FaultQueue();
  const requests = new RequestLog();
  const ctx: SandboxContext = {
    engine,
    tokens: new TokenIssuer(() => clock.now(), options.tokenTtlSeconds ?? 3600),
    faults,
    requests,
    events,
    testCallbacks: new TestCallbacks(callbacks, () => clock.now()),
    maxPageSize: options.maxPageSize ?? 100,
    reset(seed?: number): void {
      engine.reset(seed);
      faults.clear();
      requests.clear();
      events.clear();
      events.emit({ type: 'reset', seed: engine.seed });
    },
    durable: () => writer?.durable() ?? Promise.resolve(),
  };

  let closed = false;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const delay = (ms: number): Promise<void> => new Promise((resolve) => {
    const t = setTimeout(() => {
      timers.delete(t);
      resolve();
    }, ms);
    timers.add(t);
  });

  const server = http.createServer((req, res) => {
    void serve(req, res).catch((err: unknown) => sendError(res, err));
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const { path, search } = splitUrl(req.url ?? '/');
    if (path === '/_sandbox' || path.startsWith('/_sandbox/')) {
      // The controls take no credentials: they exist only for this machine, even when --host
      // exposes the API to others.
      if (!isLoopbackAddress(req.socket.remoteAddress)) throw routeNotFound(path);
      await handleControl(ctx, req, res, path, search);
      return;
    }
    const fault = faults.take(method, path);
    const log = (status: number): void => {
      requests.add({ method, path, status, time: new Date(clock.now()).toISOString(), ...(fault ? { fault: fault.kind } : {}) });
    };
    const wait = latencyMs + (fault?.kind === 'latency' ? fault.ms ?? 0 : 0);
    if (wait > 0) await delay(wait);
    if (closed || res.destroyed) return;
    if (fault && fault.kind !== 'latency') {
      log(applyFault(fault, req, res));
      return;
    }
    try {
      await handleApi(ctx, req, res, path, search);
    } catch (err) {
      sendError(res, err);
    }
    log(res.statusCode);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  // Realtime: apply due steps about once a virtual second (at most every 50 ms real) so callbacks
  // fire even when nobody is asking; unref'd so it never keeps a process alive.
  const tickMs = Math.max(50, Math.min(1000, Math.round(1000 / clock.speed)));
  const ticker = mode === 'realtime' ? setInterval(() => engine.settleAll(), tickMs) : undefined;
  ticker?.unref();

  return {
    url,
    port,
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      if (ticker) clearInterval(ticker);
      for (const t of timers) clearTimeout(t);
      timers.clear();
      callbacks.abortAll();
      events.close();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const s of sockets) s.destroy();
      await done;
      await writer?.flush();
    },
    onEvent: (listener) => events.on(listener),
    advanceClock: (seconds) => engine.advance(seconds),
    lastCode: (projectId, phoneNumber) => engine.existingProject(projectId)?.lastCode(phoneNumber),
    scriptFaults: (list: SandboxFault[]) => faults.add(list),
    reset: (seed?: number) => ctx.reset(seed),
    requestLog: () => requests.list(),
    setCallbackSecret: (secret) => callbacks.setSecret(secret),
    sendTestCallback: (url, kind, projectId) => ctx.testCallbacks.send(url, kind, projectId),
  };
}

/** Answers (or refuses to answer) as the fault says; returns the status for the request log (0: none sent). */
function applyFault(fault: SandboxFault, req: http.IncomingMessage, res: http.ServerResponse): number {
  switch (fault.kind) {
    case 'hang':
      // Never answer; close() destroys the socket.
      req.resume();
      return 0;
    case 'reset':
      req.socket.resetAndDestroy();
      return 0;
    case 'malformed-json':
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(MALFORMED_JSON) });
      res.end(MALFORMED_JSON);
      return 200;
    case 'html':
      res.writeHead(502, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(PROXY_PAGE) });
      res.end(PROXY_PAGE);
      return 502;
    case 'status': {
      const status = fault.status ?? 500;
      const headers: Record<string, string> = fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {};
      sendJson(res, status, errorBody(status, faultMessage(fault, req.headers.authorization)), headers);
      return status;
    }
    default:
      return 0;
  }
}
