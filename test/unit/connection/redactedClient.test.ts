// The key never reaches the log, even when a server quotes it back: a token endpoint and an API
// that echo the credentials they were sent, against a client made the way the extension makes one
// (src/connection/redactedClient.ts). Without the key's registration the secret would be in the words.
import assert from 'node:assert/strict';
import { SinchApiError } from '../../../src/api';
import { createRedactedClient } from '../../../src/connection/redactedClient';
import { errorWords } from '../../../src/model/errorWords';
import { createRedactor } from '../../../src/model/redact';
import { sendJson, startTestServer, type ReceivedRequest, type TestServer } from '../api/helpers/testServer';

const KEY_ID = 'echo-key-id-7a1c';
const KEY_SECRET = 'echo-secret-9f3e2b';

/** What a careless server says: the credentials it received, in plain words (Basic header or form body). */
function echoedCredentials(req: ReceivedRequest): string {
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
  const [id, secret] = basic ? Buffer.from(basic[1], 'base64').toString('utf8').split(':') : [undefined, undefined];
  const form = new URLSearchParams(req.body);
  return `unknown client ${id ?? form.get('client_id')} with secret ${secret ?? form.get('client_secret')}`;
}

describe('a client made for a key keeps that key out of every message', () => {
  let server: TestServer;
  const lines: string[] = [];
  const log = { info: (line: string) => lines.push(`info: ${line}`), warn: (line: string) => lines.push(`warn: ${line}`) };

  beforeEach(() => {
    lines.length = 0;
  });
  afterEach(() => server.close());

  /**
   * Makes the client fail against `server`, and returns what the server echoed back (the words a
   * careless server would put in an error) and the words of the error, both through the redactor
   * the client was made with. The client hides its own secrets in its errors too; the echo is
   * what only the registration with the extension's redactor can hide.
   */
  async function failure(auth: 'oauth2' | 'basic'): Promise<{ echo: string; words: string }> {
    const redactor = createRedactor();
    const client = createRedactedClient(
      { projectId: 'echo-project', credentials: { keyId: KEY_ID, keySecret: KEY_SECRET }, auth, baseUrl: server.url, authBaseUrl: server.url, maxRetries: 0 },
      redactor,
      log,
    );
    const error = await client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 }).then(
      () => assert.fail('the request succeeded'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof SinchApiError, String(error));
    const echo = echoedCredentials(server.received[0]);
    assert.ok(echo.includes(KEY_SECRET) && echo.includes(KEY_ID), `the server did not see the credentials, so nothing was tested: ${echo}`);
    return { echo: redactor.redact(echo), words: redactor.redact(errorWords(error)) };
  }

  it('redacts the credentials a token endpoint echoes for a failed token request', async () => {
    server = await startTestServer((req, res) => sendJson(res, 500, { error: 'server_error', error_description: echoedCredentials(req) }));
    const { echo, words } = await failure('oauth2');
    assert.equal(echo, 'unknown client *** with secret ***');
    assert.ok(!words.includes(KEY_SECRET) && !words.includes(KEY_ID), words);
    assert.ok(lines.length > 0 && lines.every((line) => !line.includes(KEY_SECRET)), lines.join('\n'));
  });

  it('redacts the credentials an API error echoes back (basic auth)', async () => {
    server = await startTestServer((req, res) => sendJson(res, 400, { error: { code: 400, message: echoedCredentials(req), status: 'INVALID_ARGUMENT' } }));
    const { echo, words } = await failure('basic');
    assert.equal(echo, 'unknown client *** with secret ***');
    assert.ok(!words.includes(KEY_SECRET) && !words.includes(KEY_ID), words);
  });

  it('logs one redacted warning per failed request', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 503, { error: { code: 503, message: 'down', status: 'UNAVAILABLE' } }));
    await failure('basic');
    assert.deepEqual(lines.map((line) => line.replace(/\d+ ms/, 'N ms')), ['warn: GET /v1/projects/echo-project/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED&pageSize=1 503 N ms: HTTP 503']);
  });

  it('logs a request that succeeded as information', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { qualifiedNumbers: [], nextPageToken: '', totalSize: 0 }));
    const client = createRedactedClient({ projectId: 'echo-project', credentials: { keyId: KEY_ID, keySecret: KEY_SECRET }, auth: 'basic', baseUrl: server.url }, createRedactor(), log);
    await client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 });
    assert.deepEqual(lines.map((line) => line.replace(/\d+ ms/, 'N ms')), ['info: GET /v1/projects/echo-project/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED&pageSize=1 200 N ms']);
  });
});
