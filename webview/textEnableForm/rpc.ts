// Requests to the host, matched to their responses by id.
import type { HostResponse, HostToWebview, ResponseResults, WebviewRequest, WebviewRequestType } from '../../src/model/webviewMessages';
import { vscode } from './vscodeApi';

type RequestBody<K extends WebviewRequestType> = Omit<Extract<WebviewRequest, { type: K }>, 'type' | 'requestId'>;
export type Answer<K extends WebviewRequestType> = { ok: true; result: ResponseResults[K] } | { ok: false; error: Extract<HostResponse, { ok: false }>['error'] };

let nextId = 1;
const pending = new Map<number, (answer: Answer<WebviewRequestType>) => void>();

export function request<K extends WebviewRequestType>(type: K, body: RequestBody<K>): { id: number; answer: Promise<Answer<K>> } {
  const id = nextId++;
  const answer = new Promise<Answer<K>>((resolve) => {
    pending.set(id, resolve as (answer: Answer<WebviewRequestType>) => void);
  });
  vscode.postMessage({ type, requestId: id, ...body } as WebviewRequest);
  return { id, answer };
}

/** Routes a response to its request; true when the message was one. */
export function settle(message: HostToWebview): boolean {
  if (message.type !== 'response') return false;
  const resolve = pending.get(message.requestId);
  if (!resolve) return true;
  pending.delete(message.requestId);
  resolve(message.ok ? { ok: true, result: message.result } : { ok: false, error: message.error });
  return true;
}
