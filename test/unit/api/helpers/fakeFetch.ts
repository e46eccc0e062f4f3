// A scripted fetch that records every call: for tests where the point is what the client sends
// and how it reacts, not the HTTP stack (that is covered against real servers elsewhere).
import type { FetchInit, FetchLike, FetchResponseLike } from '../../../../src/api/config';

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ScriptedAnswer {
  status: number;
  body?: string | object;
  headers?: Record<string, string>;
}

export type Responder = (call: RecordedCall, index: number) => ScriptedAnswer | Promise<ScriptedAnswer>;

export class FakeFetch {
  readonly calls: RecordedCall[] = [];
  readonly fetch: FetchLike;

  constructor(private readonly responder: Responder) {
    this.fetch = (url: string, init: FetchInit) => this.handle(url, init);
  }

  callsTo(pathPart: string): RecordedCall[] {
    return this.calls.filter((c) => new URL(c.url).pathname.includes(pathPart));
  }

  private async handle(url: string, init: FetchInit): Promise<FetchResponseLike> {
    if (init.signal.aborted) throw abortError();
    const call: RecordedCall = { url, method: init.method, headers: { ...init.headers }, body: init.body };
    const index = this.calls.push(call) - 1;
    const answer = await this.responder(call, index);
    const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    const headers = new Map(Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    return { status: answer.status, headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null }, text: () => Promise.resolve(text) };
  }
}

export function abortError(): Error {
  const error = new Error('The operation was aborted.');
  error.name = 'AbortError';
  return error;
}

/** A token answer as Sinch's auth server gives it. */
export function tokenAnswer(token: string, expiresIn = 3600): ScriptedAnswer {
  return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope: '' } };
}

export const isTokenCall = (call: RecordedCall): boolean => new URL(call.url).pathname === '/oauth2/token';
