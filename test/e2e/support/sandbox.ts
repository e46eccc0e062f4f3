// The extension's built-in sandbox, reached on SINCH_SANDBOX_PORT: its /_sandbox/ controls move
// the virtual clock, script faults, read the last voice-call code, and list requests and events.
import { SANDBOX_CREDENTIALS, SANDBOX_PROJECT_ID } from '../../../src/connection/sandboxOptions';
import { host } from './host';
import { eventually } from './wait';

export function sandboxUrl(path = ''): string {
  return `http://127.0.0.1:${host().sandboxPort}${path}`;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(sandboxUrl(path), {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface SandboxRequest {
  method: string;
  path: string;
  status: number;
  time: string;
}

export const sandbox = {
  get: <T = unknown>(path: string) => call<T>('GET', path),
  post: <T = unknown>(path: string, body?: unknown) => call<T>('POST', path, body ?? {}),
  delete: <T = unknown>(path: string) => call<T>('DELETE', path),

  /** Resolves once the extension's sandbox answers (it starts right after activation). */
  async ready(timeout = 30000): Promise<void> {
    await eventually(() => call('GET', '/_sandbox/clock').then(() => true), {
      timeout,
      message: `the sandbox on port ${host().sandboxPort} to answer`,
    });
  },
  advanceClock: (seconds: number) => call('POST', '/_sandbox/clock', { advanceSeconds: seconds }),
  reset: (seed?: number) => call('POST', '/_sandbox/reset', seed === undefined ? {} : { seed }),
  /** The code "said" on the last voice call to this number. */
  async lastCode(projectId: string, phoneNumber: string): Promise<string> {
    const query = new URLSearchParams({ projectId, phoneNumber });
    const { code } = await call<{ code: string }>('GET', `/_sandbox/calls/last?${query.toString()}`);
    return code;
  },
  /** Calls the sandbox's API for the extension's project, as any client would (Basic auth with its placeholder key). */
  async api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const auth = Buffer.from(`${SANDBOX_CREDENTIALS.keyId}:${SANDBOX_CREDENTIALS.keySecret}`).toString('base64');
    const response = await fetch(sandboxUrl(`/v1/projects/${SANDBOX_PROJECT_ID}${path}`), {
      method,
      headers: { Authorization: `Basic ${auth}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  },
  scriptFaults: (faults: unknown[]) => call('POST', '/_sandbox/faults', { faults }),
  clearFaults: () => call('DELETE', '/_sandbox/faults'),
  async requests(): Promise<SandboxRequest[]> {
    return (await call<{ requests: SandboxRequest[] }>('GET', '/_sandbox/requests')).requests;
  },
  clearRequests: () => call('DELETE', '/_sandbox/requests'),
  async events(): Promise<unknown[]> {
    return (await call<{ events: unknown[] }>('GET', '/_sandbox/events')).events;
  },
};
