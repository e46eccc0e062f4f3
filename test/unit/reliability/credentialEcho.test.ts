// A server that echoes the credentials it was sent, in every encoding the extension sends them,
// over real HTTP (the sandbox's status faults with a `message` and its {authorization} and
// {credentials} placeholders). Each echo must reach the user only as "***": in the error message
// (notifications, tooltips, webviews) and in a log line run through the host's redactor.
import * as assert from 'node:assert/strict';
import { SinchApiError, type ClientConfig } from '../../../src/api';
import { SNIPPET_LENGTH } from '../../../src/api/errorParsing';
import { errorWords } from '../../../src/model/errorWords';
import { createRedactor } from '../../../src/model/redact';
import type { SandboxFault } from '../../../src/sandbox';
import { harness, type Harness } from './helpers';

// Characters that change under URL and form encoding (space, "/", "+", "=", non-ASCII), so every
// encoding differs from the raw value.
const KEY_ID = 'echo-key/id+7Q';
const SECRET = `echo sécret=/+~${process.pid}`;

/** Each encoding of the key the extension sends, by name; the server also echoes its headers. */
function keyForms(): Record<string, string> {
  const pair = `${KEY_ID}:${SECRET}`;
  const base64 = Buffer.from(pair, 'utf8').toString('base64');
  return {
    'raw key ID': KEY_ID,
    'raw secret': SECRET,
    'user:pass': pair,
    'user:pass@ URL': `https://${encodeURIComponent(KEY_ID)}:${encodeURIComponent(SECRET)}@api.example/`,
    'URL-encoded key ID': encodeURIComponent(KEY_ID),
    'URL-encoded secret': encodeURIComponent(SECRET),
    'form-encoded secret': new URLSearchParams({ s: SECRET }).toString().slice(2),
    'pair as base64': base64,
    'pair as base64 without padding': base64.replace(/=+$/, ''),
    'pair as URL-encoded base64': encodeURIComponent(base64),
  };
}

/** "|name:value|" for each form and for the echoed header and bare credential. */
function echoMessage(forms: Record<string, string>): string {
  const parts = Object.entries(forms).map(([name, value]) => `|${name}:${value}|`);
  return `${parts.join(' ')} |header:{authorization}| |bare:{credentials}|`;
}

const NAMES = [...Object.keys(keyForms()), 'header', 'bare'];

describe('reliability: a server that echoes the credentials in every encoding', () => {
  let h: Harness;
  const tokens: string[] = [];
  beforeEach(async () => {
    h = await harness();
    tokens.length = 0;
  });
  afterEach(() => h.close());

  async function failure(auth: ClientConfig['auth'], fault: SandboxFault): Promise<SinchApiError> {
    h.sandbox.scriptFaults([{ ...fault, message: echoMessage(keyForms()) }]);
    const client = h.client({ auth, credentials: { keyId: KEY_ID, keySecret: SECRET }, onSecret: (t) => tokens.push(t) });
    const error = await client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 }).then(
      () => assert.fail('the list call succeeded'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof SinchApiError, String(error));
    return error;
  }

  /** Every echo is there, as "***", and no encoding of any secret is left in `text`. */
  function assertRedacted(text: string, where: string, names: readonly string[] = NAMES): void {
    for (const name of names) {
      const echoed = text.split(`|${name}:`)[1]?.split('|')[0];
      assert.ok(echoed?.includes('***'), `${where}: the echo of the ${name} is missing or not redacted: ${text}`);
    }
    const secrets = { ...keyForms(), ...Object.fromEntries(tokens.map((t, i) => [`token ${i + 1}`, t])) };
    for (const [name, value] of Object.entries(secrets)) assert.ok(!text.includes(value), `${where}: the ${name} is in "${text}"`);
    // Nor any piece of the secret long enough to matter.
    assert.ok(!text.includes(SECRET.slice(0, 12)), `${where}: part of the secret is in "${text}"`);
  }

  /** The log line the host writes: through its redactor, told the key and every token. */
  function logLine(error: SinchApiError): string {
    const redactor = createRedactor();
    redactor.addCredentials(KEY_ID, SECRET);
    for (const token of tokens) redactor.add(token);
    return redactor.redact(`Loading failed: ${errorWords(error)}`);
  }

  it('Basic auth: an API error that echoes the key, its encodings and the Authorization header shows each as ***', async () => {
    const error = await failure('basic', { kind: 'status', status: 400, pathPrefix: '/v1/' });
    assert.match(error.message, /\|header:Basic \*\*\*\|/);
    assertRedacted(errorWords(error), 'the message');
    assertRedacted(logLine(error), 'the log line');
  });

  it('OAuth2: a token endpoint error that echoes the Basic base64 (bare and as a header) is quoted only redacted', async () => {
    // A 500 from the token endpoint is quoted as a snippet of its body: redacted before it is cut.
    const error = await failure('oauth2', { kind: 'status', status: 500, pathPrefix: '/oauth2/token', times: 10 });
    assert.equal(error.kind, 'auth');
    assert.match(error.message, /\|raw key ID:\*\*\*\|/, 'the echo was not quoted at all');
    // The snippet holds the start of the body: every echo that fits in it is redacted.
    const quoted = NAMES.filter((name) => error.message.includes(`|${name}:`));
    assert.ok(quoted.length >= 3, `too little of the body quoted: ${error.message}`);
    assertRedacted(errorWords(error), 'the message', quoted);
    assertRedacted(logLine(error), 'the log line', quoted);
  });

  it('OAuth2: an API error that echoes the bearer token (bare and as a header) shows it as ***', async () => {
    const error = await failure('oauth2', { kind: 'status', status: 400, pathPrefix: '/v1/' });
    assert.equal(tokens.length, 1, 'the client did not report its access token');
    assert.match(error.message, /\|header:Bearer \*\*\*\|/);
    assert.match(error.message, /\|bare:\*\*\*\|/);
    assertRedacted(errorWords(error), 'the message');
    assertRedacted(logLine(error), 'the log line');
  });

  it('a secret straddling the end of the quoted snippet is redacted before the body is cut', async () => {
    // Where the echoed message starts in the token endpoint's error body, to place each form across the cut.
    h.sandbox.scriptFaults([{ kind: 'status', status: 500, pathPrefix: '/oauth2/token', message: 'MARK' }]);
    const body = await (await fetch(`${h.sandbox.url}/oauth2/token`, { method: 'POST' })).text();
    const start = body.indexOf('MARK');
    assert.ok(start > 0, body);
    for (const [name, value] of Object.entries(keyForms())) {
      const pad = Math.max(0, SNIPPET_LENGTH - 1 - Math.ceil(value.length / 2) - start);
      h.sandbox.scriptFaults([{ kind: 'status', status: 500, pathPrefix: '/oauth2/token', message: `${'x'.repeat(pad)}${value} and more`, times: 10 }]);
      const client = h.client({ auth: 'oauth2', maxRetries: 0, credentials: { keyId: KEY_ID, keySecret: SECRET } });
      const error = await client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED' }).catch((e: unknown) => e);
      assert.ok(error instanceof SinchApiError);
      const words = errorWords(error);
      assert.match(words, /x\*\*\*/, `${name}: not quoted redacted: ${words}`);
      for (const form of Object.values(keyForms())) {
        for (const piece of [form.slice(0, 6), form.slice(-6)]) assert.ok(!words.includes(`x${piece}`), `${name}: a piece of "${form}" is in "${words}"`);
      }
    }
  });
});
