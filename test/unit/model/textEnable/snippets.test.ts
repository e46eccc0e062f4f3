import * as assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { SANDBOX_CREDENTIALS, SANDBOX_PROJECT_ID } from '../../../../src/connection/sandboxOptions';
import { describeTarget, SINCH_TARGET, type SnippetTarget } from '../../../../src/model/textEnable/endpoints';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';
import { buildStandardRequest, buildTollFreeRequest } from '../../../../src/model/textEnable/build';
import { shellQuote, toCurl } from '../../../../src/model/textEnable/curl';
import { toHttpFile } from '../../../../src/model/textEnable/httpFile';
import { validStandardDraft, validTollFreeDraft } from '../../../fixtures/textEnableDrafts';

const SECRET_LIKE = /[0-9a-f]{8}-[0-9a-f]{4}-|Basic [A-Za-z0-9+/=]{12,}|Bearer [A-Za-z0-9._-]{12,}/;

describe('Copy as cURL and Save as .http file', () => {
  const tricky = validStandardDraft({ displayName: `O'Brien's "launch" $HOME \`id\` {{x}}` });
  const request = buildStandardRequest(tricky, ['+12025550134']);

  it('puts placeholders, never credentials, in the cURL command', () => {
    const curl = toCurl('standard', [request], { auth: 'basic' });
    assert.match(curl, /-u "\$SINCH_KEY_ID:\$SINCH_KEY_SECRET"/);
    assert.match(curl, /"https:\/\/imported\.numbers\.api\.sinch\.com\/v1\/projects\/\$SINCH_PROJECT_ID\/qualifiedNumbers:textEnableNumbers"/);
    assert.doesNotMatch(curl, SECRET_LIKE);
    const bearer = toCurl('tollFree', [buildTollFreeRequest(validTollFreeDraft(), ['+18335870229'])], { auth: 'bearer' });
    assert.match(bearer, /-H "Authorization: Bearer \$TOKEN"/);
    assert.match(bearer, /qualifiedNumbers:textEnableTollFreeNumbers/);
  });

  it('quotes the body so a POSIX shell hands curl exactly the JSON', () => {
    assert.equal(shellQuote(`it's`), `'it'\\''s'`);
    const curl = toCurl('standard', [request], { auth: 'basic' });
    const dataArg = curl.slice(curl.indexOf('--data ') + '--data '.length).trimEnd();
    // The real shell decides: printf gets the argument exactly as curl would.
    const echoed = execFileSync('sh', ['-c', `printf %s ${dataArg}`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent' } });
    assert.deepEqual(JSON.parse(echoed), request);
  });

  it('writes one command per order when the numbers were split', () => {
    const a = buildStandardRequest(validStandardDraft(), ['+12025550134']);
    const b = buildStandardRequest(validStandardDraft(), ['+12025550135']);
    const curl = toCurl('standard', [a, b], { auth: 'basic' });
    assert.equal(curl.match(/^curl /gm)?.length, 2);
    assert.match(curl, /# Order 2 of 2 \(1 number\)/);
  });

  it('writes a REST Client file with variables from the environment and the exact body', () => {
    const file = toHttpFile('standard', [request], { auth: 'basic' });
    assert.match(file, /^@projectId = \{\{\$processEnv SINCH_PROJECT_ID\}\}$/m);
    assert.match(file, /^@keySecret = \{\{\$processEnv SINCH_KEY_SECRET\}\}$/m);
    assert.match(file, /^POST \{\{baseUrl\}\}\/v1\/projects\/\{\{projectId\}\}\/qualifiedNumbers:textEnableNumbers$/m);
    assert.match(file, /^Authorization: Basic \{\{keyId\}\}:\{\{keySecret\}\}$/m);
    assert.doesNotMatch(file, SECRET_LIKE);
    const body = file.slice(file.indexOf('Content-Type: application/json\n\n') + 'Content-Type: application/json\n\n'.length);
    // "{{x}}" typed by the user must not become a REST Client variable, yet the JSON means the same.
    assert.doesNotMatch(body, /\{\{/);
    assert.deepEqual(JSON.parse(body), request);
  });

  it('separates split orders with ### and uses a bearer variable when asked', () => {
    const a = buildTollFreeRequest(validTollFreeDraft(), ['+18335870229']);
    const file = toHttpFile('tollFree', [a, a], { auth: 'bearer' });
    assert.equal(file.match(/^### /gm)?.length, 2);
    assert.match(file, /^Authorization: Bearer \{\{token\}\}$/m);
    assert.doesNotMatch(file, /keySecret/);
  });

  describe('aimed at the offline sandbox', () => {
    let sandbox: RunningSandbox;
    let target: SnippetTarget;
    const run = promisify(execFile);
    const basic = `Basic ${Buffer.from(`${SANDBOX_CREDENTIALS.keyId}:${SANDBOX_CREDENTIALS.keySecret}`).toString('base64')}`;

    before(async () => {
      sandbox = await startSandbox({ port: 0, clock: 'manual' });
      target = { baseUrl: sandbox.url, authBaseUrl: sandbox.url, sandbox: { projectId: SANDBOX_PROJECT_ID, ...SANDBOX_CREDENTIALS } };
    });
    after(() => sandbox.close());

    async function verifiedUsNumbers(): Promise<string[]> {
      const res = await fetch(`${sandbox.url}/v1/projects/${SANDBOX_PROJECT_ID}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED&regionCode=US&pageSize=50`, { headers: { Authorization: basic } });
      const body = (await res.json()) as { qualifiedNumbers: Array<{ phoneNumber: string }> };
      return body.qualifiedNumbers.map((n) => n.phoneNumber).filter((n) => !/^\+18(00|33|44|55|66|77|88)/.test(n));
    }

    it('names the host it goes to', () => {
      assert.equal(describeTarget(SINCH_TARGET), 'Sinch (https://imported.numbers.api.sinch.com)');
      assert.equal(describeTarget(target), `the offline sandbox (${sandbox.url})`);
      assert.match(toCurl('standard', [request], { auth: 'basic', target }), new RegExp(`^# Text-enable numbers .* on the offline sandbox \\(${sandbox.url.replace(/[.:/]/g, '\\$&')}\\)\\.$`, 'm'));
    });

    for (const auth of ['basic', 'bearer'] as const) {
      it(`runs as is in a shell and creates the hosting order (${auth})`, async () => {
        const [phone] = await verifiedUsNumbers();
        assert.ok(phone, 'the seeded sandbox has no Verified US number');
        const curl = toCurl('standard', [buildStandardRequest(validStandardDraft(), [phone])], { auth, target });
        // A clean environment: nothing set beforehand, the script brings what the sandbox needs.
        const { stdout } = await run('sh', ['-c', curl], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent' } });
        assert.match(stdout, /"hostingOrderId":\s*"[^"]+"/);
      });
    }

    it('writes a .http file for the sandbox with its URL, project and placeholder key', () => {
      const file = toHttpFile('standard', [request], { auth: 'basic', target });
      assert.match(file, new RegExp(`^@baseUrl = ${sandbox.url.replace(/[.:/]/g, '\\$&')}$`, 'm'));
      assert.match(file, new RegExp(`^@projectId = ${SANDBOX_PROJECT_ID}$`, 'm'));
      assert.match(file, new RegExp(`^@keyId = ${SANDBOX_CREDENTIALS.keyId}$`, 'm'));
    });
  });
});
