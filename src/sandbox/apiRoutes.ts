// The Qualified Numbers API and the OAuth2 token endpoint: path -> operation, method check,
// authentication, body parsing, then the operation. Order of checks as Sinch: 404/405, 401, 400.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate, parseBasic } from './auth';
import type { SandboxContext } from './context';
import { SandboxHttpError, invalidArgument } from './errors';
import { methodNotAllowed, parseJson, readBody, routeNotFound, sendJson } from './http';
import * as ops from './operations';
import { pathPhoneNumber } from './validation';

export type ApiRoute =
  | { op: 'token' }
  | { op: 'list' | 'addNumbers' | 'textEnable' | 'textEnableTollFree'; projectId: string }
  | { op: 'number' | 'sendVoiceChallenge' | 'verifyVoiceChallenge'; projectId: string; phoneNumber: string }
  | { op: 'hostingOrder'; projectId: string; hostingOrderId: string };

const METHODS: Record<ApiRoute['op'], readonly string[]> = {
  token: ['POST'],
  list: ['GET'],
  addNumbers: ['POST'],
  textEnable: ['POST'],
  textEnableTollFree: ['POST'],
  number: ['GET', 'DELETE'],
  sendVoiceChallenge: ['POST'],
  verifyVoiceChallenge: ['POST'],
  hostingOrder: ['GET'],
};

const COLLECTION_VERBS: Record<string, 'addNumbers' | 'textEnable' | 'textEnableTollFree'> = {
  addNumbers: 'addNumbers',
  textEnableNumbers: 'textEnable',
  textEnableTollFreeNumbers: 'textEnableTollFree',
};

const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new SandboxHttpError(400, `The path segment "${segment.slice(0, 60)}" is not valid percent-encoding.`);
  }
}

/** The API operation a path names, or undefined for an unknown path. Path values are percent-decoded. */
export function matchApiRoute(path: string): ApiRoute | undefined {
  if (path === '/oauth2/token') return { op: 'token' };
  const parts = path.split('/');
  if (parts.length < 5 || parts[0] !== '' || parts[1] !== 'v1' || parts[2] !== 'projects') return undefined;
  const projectId = decodeSegment(parts[3]);
  if (projectId === '') return undefined;
  // The custom verb follows the last ":" (`qualifiedNumbers:addNumbers`, `{phone}:sendVoiceChallenge`).
  const rest = parts.slice(4).map(decodeSegment);
  const [collection, verb] = splitVerb(rest[0]);
  const route = ((): ApiRoute | undefined => {
    if (rest.length === 1 && collection === 'qualifiedNumbers') {
      if (verb === undefined) return { op: 'list', projectId };
      const op = COLLECTION_VERBS[verb];
      return op ? { op, projectId } : undefined;
    }
    if (rest.length === 2 && collection === 'qualifiedNumbers' && verb === undefined) {
      const [phoneNumber, numberVerb] = splitVerb(rest[1]);
      if (phoneNumber === '') return undefined;
      if (numberVerb === undefined) return { op: 'number', projectId, phoneNumber };
      if (numberVerb === 'sendVoiceChallenge' || numberVerb === 'verifyVoiceChallenge') return { op: numberVerb, projectId, phoneNumber };
      return undefined;
    }
    if (rest.length === 2 && collection === 'hostingOrders' && verb === undefined && rest[1] !== '') {
      return { op: 'hostingOrder', projectId, hostingOrderId: rest[1] };
    }
    return undefined;
  })();
  if (route && 'projectId' in route && !PROJECT_ID.test(projectId)) {
    throw invalidArgument('The project ID is not valid.', [{ field: 'projectId', description: 'must be 1-100 letters, digits, ".", "_" or "-"' }]);
  }
  return route;
}

function splitVerb(segment: string): [string, string | undefined] {
  const colon = segment.lastIndexOf(':');
  return colon < 0 ? [segment, undefined] : [segment.slice(0, colon), segment.slice(colon + 1)];
}

export async function handleApi(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, path: string, search: string): Promise<void> {
  const method = req.method ?? 'GET';
  const route = matchApiRoute(path);
  if (!route) throw routeNotFound(path);
  if (!METHODS[route.op].includes(method)) throw methodNotAllowed(method, METHODS[route.op]);
  if (route.op === 'token') {
    await issueToken(ctx, req, res);
    return;
  }
  authenticate(req.headers.authorization, ctx.tokens);
  const body = method === 'POST' ? parseJson(await readBody(req)) : undefined;
  const { engine } = ctx;
  const store = engine.project(route.projectId);
  let result: unknown;
  switch (route.op) {
    case 'list':
      result = ops.listNumbers(store, new URLSearchParams(search), ctx.maxPageSize);
      break;
    case 'addNumbers':
      result = ops.addNumbers(engine, store, body);
      break;
    case 'textEnable':
      result = ops.textEnable(engine, store, body, 'standard');
      break;
    case 'textEnableTollFree':
      result = ops.textEnable(engine, store, body, 'tollFree');
      break;
    case 'number': {
      const phone = pathPhoneNumber(route.phoneNumber);
      result = method === 'DELETE' ? ops.deleteNumber(engine, store, phone) : ops.getNumber(store, phone);
      break;
    }
    case 'sendVoiceChallenge':
      result = ops.sendVoiceChallenge(engine, store, pathPhoneNumber(route.phoneNumber));
      break;
    case 'verifyVoiceChallenge':
      result = ops.verifyVoiceChallenge(engine, store, pathPhoneNumber(route.phoneNumber), body);
      break;
    case 'hostingOrder':
      result = ops.getHostingOrder(store, route.hostingOrderId);
      break;
  }
  // With --data, a write is acknowledged only once it is on disk: a kill after the answer loses nothing.
  if (method !== 'GET') await ctx.durable();
  sendJson(res, 200, result);
}

/** POST /oauth2/token: client credentials via HTTP Basic (or client_id/client_secret in the form). */
async function issueToken(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const text = await readBody(req);
  const form = parseTokenForm(text, req.headers['content-type']);
  const basic = parseBasic(req.headers.authorization);
  const keyId = basic?.keyId ?? form.get('client_id') ?? '';
  const keySecret = basic?.keySecret ?? form.get('client_secret') ?? '';
  const oauthError = (status: number, error: string, description: string, headers: Record<string, string> = {}): void =>
    sendJson(res, status, { error, error_description: description }, { 'Cache-Control': 'no-store', ...headers });
  if (keyId === '' || keySecret === '') {
    oauthError(401, 'invalid_client', 'Client authentication failed: send the access key ID and secret with HTTP Basic.', { 'WWW-Authenticate': 'Basic realm="Sinch"' });
    return;
  }
  const grant = form.get('grant_type');
  if (!grant) {
    oauthError(400, 'invalid_request', 'grant_type is required; use grant_type=client_credentials.');
    return;
  }
  if (grant !== 'client_credentials') {
    oauthError(400, 'unsupported_grant_type', `grant_type "${grant.slice(0, 40)}" is not supported; use client_credentials.`);
    return;
  }
  sendJson(res, 200, ctx.tokens.issue(), { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
}

function parseTokenForm(text: string, contentType: string | undefined): URLSearchParams {
  if (contentType && /json/i.test(contentType)) {
    try {
      const data = JSON.parse(text) as Record<string, unknown>;
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(data ?? {})) if (typeof v === 'string') form.set(k, v);
      return form;
    } catch {
      return new URLSearchParams();
    }
  }
  return new URLSearchParams(text);
}
