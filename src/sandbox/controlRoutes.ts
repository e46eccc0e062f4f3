// /_sandbox/ endpoints: drive the sandbox from tests, scripts and curl. They exist only here
// (never on Sinch), need no credentials, are never faulted or delayed and are not request-logged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxContext } from './context';
import { invalidArgument, notFound } from './errors';
import { checkFault } from './faults';
import { methodNotAllowed, parseJson, readBody, routeNotFound, sendJson } from './http';
import { TEST_CALLBACK_KINDS, type SandboxFault, type TestCallbackKind } from './contract';

type Handler = (ctx: SandboxContext, body: unknown, query: URLSearchParams) => unknown;

function testCallback(ctx: SandboxContext, body: unknown): Promise<unknown> {
  const { url, kind, projectId } = bodyObject(body);
  const violations = [
    ...(typeof url === 'string' && /^https?:\/\//.test(url) ? [] : [{ field: 'url', description: 'is required: the http(s) URL to deliver to' }]),
    ...(typeof kind === 'string' && (TEST_CALLBACK_KINDS as readonly string[]).includes(kind) ? [] : [{ field: 'kind', description: `must be one of ${TEST_CALLBACK_KINDS.join(', ')}` }]),
    ...(typeof projectId === 'string' && projectId !== '' ? [] : [{ field: 'projectId', description: 'is required' }]),
  ];
  if (violations.length > 0) throw invalidArgument('Cannot send a test callback.', violations);
  return ctx.testCallbacks.send(url as string, kind as TestCallbackKind, projectId as string).then((events) => ({ events }));
}

function clockState(ctx: SandboxContext): unknown {
  const { clock } = ctx.engine;
  return { now: new Date(clock.now()).toISOString(), nowMs: clock.now(), mode: clock.mode, speed: clock.speed };
}

function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidArgument('The request body must be a JSON object.', []);
  return body as Record<string, unknown>;
}

/** "+" in a query string means a space; give numbers typed unencoded in curl their "+" back. */
function queryPhone(query: URLSearchParams): string {
  return (query.get('phoneNumber') ?? '').replace(/^ (?=\d)/, '+');
}

const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  '/_sandbox': {
    GET: () => ({
      endpoints: [
        'GET  /_sandbox/clock', 'POST /_sandbox/clock {advanceSeconds}', 'GET  /_sandbox/calls/last?projectId=&phoneNumber=',
        'POST /_sandbox/reset {seed?}', 'GET|POST|DELETE /_sandbox/faults {faults: [...]}', 'GET|DELETE /_sandbox/requests', 'GET  /_sandbox/events',
        'POST /_sandbox/callbacks/test {url, kind, projectId}',
      ],
    }),
  },
  '/_sandbox/clock': {
    GET: (ctx) => clockState(ctx),
    POST: (ctx, body) => {
      const seconds = bodyObject(body).advanceSeconds;
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > 10 * 365 * 86400) {
        throw invalidArgument('Cannot advance the clock.', [{ field: 'advanceSeconds', description: 'is required: a number of seconds >= 0 (up to ten years)' }]);
      }
      ctx.engine.advance(seconds);
      return clockState(ctx);
    },
  },
  '/_sandbox/calls/last': {
    GET: (ctx, _body, query) => {
      const projectId = query.get('projectId') ?? '';
      const phoneNumber = queryPhone(query);
      const missing = [
        ...(projectId ? [] : [{ field: 'projectId', description: 'is required' }]),
        ...(phoneNumber ? [] : [{ field: 'phoneNumber', description: 'is required (E.164, "+" encoded as %2B)' }]),
      ];
      if (missing.length > 0) throw invalidArgument('projectId and phoneNumber are required.', missing);
      const code = ctx.engine.existingProject(projectId)?.lastCode(phoneNumber);
      if (code === undefined) throw notFound(`No voice call has been made to ${phoneNumber} in project ${projectId}.`);
      return { projectId, phoneNumber, code };
    },
  },
  '/_sandbox/reset': {
    POST: (ctx, body) => {
      const seed = bodyObject(body).seed;
      if (seed !== undefined && (typeof seed !== 'number' || !Number.isSafeInteger(seed))) {
        throw invalidArgument('Cannot reset.', [{ field: 'seed', description: 'must be an integer' }]);
      }
      ctx.reset(seed as number | undefined);
      return { seed: ctx.engine.seed };
    },
  },
  '/_sandbox/faults': {
    GET: (ctx) => ({ faults: ctx.faults.pending() }),
    POST: (ctx, body) => {
      const list = bodyObject(body).faults;
      if (!Array.isArray(list)) throw invalidArgument('Cannot script faults.', [{ field: 'faults', description: 'is required: a list of faults' }]);
      let faults: SandboxFault[];
      try {
        faults = list.map((f, i) => checkFault(f, i));
      } catch (err) {
        const [field, ...rest] = (err as Error).message.split(' ');
        throw invalidArgument('Cannot script faults.', [{ field, description: rest.join(' ') }]);
      }
      ctx.faults.add(faults);
      return { faults: ctx.faults.pending() };
    },
    DELETE: (ctx) => {
      ctx.faults.clear();
      return { faults: [] };
    },
  },
  '/_sandbox/requests': {
    GET: (ctx) => ({ requests: ctx.requests.list() }),
    DELETE: (ctx) => {
      ctx.requests.clear();
      return { requests: [] };
    },
  },
  '/_sandbox/events': {
    GET: (ctx) => ({ events: ctx.events.recent() }),
  },
  '/_sandbox/callbacks/test': {
    POST: (ctx, body) => testCallback(ctx, body),
  },
};

export async function handleControl(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, path: string, search: string): Promise<void> {
  const method = req.method ?? 'GET';
  const route = ROUTES[path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path];
  if (!route) throw routeNotFound(path);
  const handler = route[method];
  if (!handler) throw methodNotAllowed(method, Object.keys(route));
  const body = method === 'GET' ? undefined : parseJson(await readBody(req));
  const result = await handler(ctx, body, new URLSearchParams(search));
  if (method !== 'GET') await ctx.durable();
  sendJson(res, 200, result, { 'Cache-Control': 'no-store' });
}
