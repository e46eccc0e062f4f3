// The extension's API client pointed at a sandbox, counting every request it makes (through the
// client's own onRequest hook, so retries and token requests count too).
import { createClient, type QualifiedNumbersClient, type RequestLogEntry } from '../../src/api/index';

export const PROJECT_ID = 'bench-project';

export interface CountingClient {
  client: QualifiedNumbersClient;
  requests: RequestLogEntry[];
  /** Requests since the last call (and forgets them). */
  take(): RequestLogEntry[];
}

export function countingClient(baseUrl: string, auth: 'oauth2' | 'basic' = 'oauth2'): CountingClient {
  const requests: RequestLogEntry[] = [];
  const client = createClient({
    projectId: PROJECT_ID,
    credentials: { keyId: 'bench-key', keySecret: 'bench-secret' },
    auth,
    baseUrl,
    authBaseUrl: baseUrl,
    onRequest: (entry) => requests.push(entry),
  });
  return { client, requests, take: () => requests.splice(0) };
}
