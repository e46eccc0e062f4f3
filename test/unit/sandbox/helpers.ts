// Shared by the sandbox tests: a manual-clock sandbox on a free port, and small fetch wrappers
// that return status, headers and the parsed body.
import * as assert from 'node:assert/strict';
import type { FieldViolation, QualifiedNumber } from '../../../src/api/types';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox';

export const PROJECT = 'd1923022-5199-4bb3-a513-c47b3a656bc5';
export const BASE = `/v1/projects/${PROJECT}`;
export const BASIC = `Basic ${Buffer.from('sandbox-key:sandbox-secret').toString('base64')}`;

export const DIRECT_LOA = {
  authorisedPerson: { firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com' },
  address: { buildingNumber: '1', street: 'Main Street', city: 'New York', state: 'NY', postalCode: '10001', country: 'US' },
  currentVoiceCarrier: 'Verizon',
};

export function startTestSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, clock: 'manual', ...options });
}

/** A loosely typed JSON object; tests narrow what they read. */
export type Json = { [key: string]: unknown };

export interface Reply<T = Json> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export async function call<T = Json>(sb: RunningSandbox, method: string, path: string, body?: unknown, headers: Record<string, string> = { Authorization: BASIC }): Promise<Reply<T>> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  const res = await fetch(sb.url + path, init);
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: parsed as T };
}

export const get = <T = Json>(sb: RunningSandbox, path: string): Promise<Reply<T>> => call<T>(sb, 'GET', path);
export const post = <T = Json>(sb: RunningSandbox, path: string, body?: unknown): Promise<Reply<T>> => call<T>(sb, 'POST', path, body);
export const del = <T = Json>(sb: RunningSandbox, path: string): Promise<Reply<T>> => call<T>(sb, 'DELETE', path);

export const numberPath = (phone: string, verb = ''): string => `${BASE}/qualifiedNumbers/${phone}${verb ? `:${verb}` : ''}`;

/** Any reply, whatever body type the caller expected: errors are read as plain JSON. */
type AnyReply = Pick<Reply<unknown>, 'status' | 'text' | 'body'>;

export function violations(reply: AnyReply): FieldViolation[] {
  const details = (reply.body as Json).details as Array<{ type: string; fieldViolations: FieldViolation[] }> | undefined;
  return details?.find((d) => d.type === 'BadRequest')?.fieldViolations ?? [];
}

/** Asserts a 400 whose violations include one on `field` whose description matches. */
export function assertViolation(reply: AnyReply, field: string, description?: RegExp): void {
  assert.equal(reply.status, 400, `expected 400, got ${reply.status}: ${reply.text}`);
  assert.equal((reply.body as Json).code, '400');
  const found = violations(reply).find((v) => v.field === field);
  assert.ok(found, `no violation on ${field}; got ${JSON.stringify(violations(reply))}`);
  if (description) assert.match(found.description, description);
}

export async function getNumber(sb: RunningSandbox, phone: string): Promise<QualifiedNumber> {
  const reply = await get<QualifiedNumber>(sb, numberPath(phone));
  assert.equal(reply.status, 200, reply.text);
  return reply.body;
}

export async function stateOf(sb: RunningSandbox, phone: string): Promise<string> {
  return (await getNumber(sb, phone)).globalProcessState;
}

/** Every number of one state, walking the pages. */
export async function listAll(sb: RunningSandbox, state: string, extra = '', pageSize = 100): Promise<QualifiedNumber[]> {
  const all: QualifiedNumber[] = [];
  let token = '';
  for (let guard = 0; guard < 1000; guard++) {
    const reply = await get<{ qualifiedNumbers: QualifiedNumber[]; nextPageToken: string }>(sb, `${BASE}/qualifiedNumbers?states=${state}&pageSize=${pageSize}${extra}${token ? `&pageToken=${token}` : ''}`);
    assert.equal(reply.status, 200, reply.text);
    all.push(...reply.body.qualifiedNumbers);
    token = reply.body.nextPageToken;
    if (!token) return all;
  }
  throw new Error('paging did not end');
}

/** Adds a number and walks it to VERIFIED: eligibility (30 s), a voice call and its code. */
export async function verifiedNumber(sb: RunningSandbox, phone: string): Promise<void> {
  assert.equal((await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: [phone] })).status, 200);
  sb.advanceClock(30);
  assert.equal((await post(sb, numberPath(phone, 'sendVoiceChallenge'))).status, 200);
  const code = sb.lastCode(PROJECT, phone);
  assert.ok(code);
  const verified = await post<QualifiedNumber>(sb, numberPath(phone, 'verifyVoiceChallenge'), { code });
  assert.equal(verified.body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFIED', verified.text);
}

export function textEnableBody(numbers: string[], extra: Json = {}): Json {
  return { regionCode: 'US', numbers, servicePlanId: '0123456789abcdef0123456789abcdef', campaignId: 'CABC123', directLoaInfo: DIRECT_LOA, ...extra };
}

export function tollFreeBody(numbers: string[], extra: Json = {}): Json {
  return { regionCode: 'US', numbers, servicePlanId: 'plan-1', directLoaInfo: { ...DIRECT_LOA, scheduledZipwhipProvisioningTime: '2025-01-07T10:00:00Z', migrateToSinchTmo: true }, ...extra };
}

/** Polls `condition` until it holds, failing after `timeoutMs`; for things with no event to wait on. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
