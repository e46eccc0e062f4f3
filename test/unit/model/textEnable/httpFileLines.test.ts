// The REST Client file line by line for Sinch's hosts: the title per kind, the credentials'
// variables per auth, the request title per order count (one number, several, split orders), and
// a body whose closing braces cannot be read as a REST Client variable. The cURL orders too.
import assert from 'node:assert/strict';
import { buildStandardRequest, buildTollFreeRequest } from '../../../../src/model/textEnable/build';
import { toCurl } from '../../../../src/model/textEnable/curl';
import { toHttpFile } from '../../../../src/model/textEnable/httpFile';
import { validStandardDraft, validTollFreeDraft } from '../../../fixtures/textEnableDrafts';

function bodyOf(file: string, at = 0): string {
  const start = file.split('Content-Type: application/json\n\n')[at + 1] ?? '';
  return start.split('\n\n###')[0].trimEnd();
}

describe('.http file lines', () => {
  it('writes the head and one request for Sinch with basic auth', () => {
    const request = buildStandardRequest(validStandardDraft(), ['+12025550134']);
    const file = toHttpFile('standard', [request], { auth: 'basic' });
    assert.deepEqual(file.split('\n').slice(0, 11), [
      '# Text-enable numbers with REST Client (Sinch Qualified Numbers API) on Sinch (https://imported.numbers.api.sinch.com).',
      '@baseUrl = https://imported.numbers.api.sinch.com',
      '# The credentials come from environment variables; nothing secret is stored in this file.',
      '@projectId = {{$processEnv SINCH_PROJECT_ID}}',
      '@keyId = {{$processEnv SINCH_KEY_ID}}',
      '@keySecret = {{$processEnv SINCH_KEY_SECRET}}',
      '',
      '### 1 number',
      'POST {{baseUrl}}/v1/projects/{{projectId}}/qualifiedNumbers:textEnableNumbers',
      'Authorization: Basic {{keyId}}:{{keySecret}}',
      'Content-Type: application/json',
    ]);
    assert.ok(file.endsWith('}\n'));
  });

  it('writes the head of a toll-free file with a bearer token, and each split order\'s title', () => {
    const two = buildTollFreeRequest(validTollFreeDraft(), ['+18335870229', '+18335870230']);
    const one = buildTollFreeRequest(validTollFreeDraft(), ['+18335870231']);
    const file = toHttpFile('tollFree', [two, one], { auth: 'bearer' });
    assert.deepEqual(file.split('\n').slice(0, 6), [
      '# Text-enable toll-free numbers with REST Client (Sinch Qualified Numbers API) on Sinch (https://imported.numbers.api.sinch.com).',
      '@baseUrl = https://imported.numbers.api.sinch.com',
      '# The credentials come from environment variables; nothing secret is stored in this file.',
      '@projectId = {{$processEnv SINCH_PROJECT_ID}}',
      '# A token from POST https://auth.sinch.com/oauth2/token (grant_type=client_credentials).',
      '@token = {{$processEnv TOKEN}}',
    ]);
    assert.deepEqual(file.match(/^### .*$/gm), ['### Order 1 of 2 (2 numbers)', '### Order 2 of 2 (1 number)']);
    assert.deepEqual(JSON.parse(bodyOf(file, 1)), one);
    const single = toHttpFile('tollFree', [two], { auth: 'bearer' });
    assert.deepEqual(single.match(/^### .*$/gm), ['### 2 numbers']);
  });

  it('writes the sandbox\'s key placeholders for basic auth', () => {
    const request = buildStandardRequest(validStandardDraft(), ['+12025550134']);
    const file = toHttpFile('standard', [request], {
      auth: 'basic',
      target: { baseUrl: 'http://127.0.0.1:4010', authBaseUrl: 'http://127.0.0.1:4010', sandbox: { projectId: 'p1', keyId: 'k1', keySecret: 's1' } },
    });
    assert.deepEqual(file.split('\n').slice(2, 6), ['# The sandbox accepts any key: these are its placeholders, not secrets.', '@projectId = p1', '@keyId = k1', '@keySecret = s1']);
  });

  it('spells closing double braces in the body so REST Client reads no variable, the JSON unchanged', () => {
    const request = buildStandardRequest(validStandardDraft({ displayName: 'x}}y{{z' }), ['+12025550134']);
    const body = bodyOf(toHttpFile('standard', [request], { auth: 'basic' }));
    assert.doesNotMatch(body, /\}\}|\{\{/);
    assert.deepEqual(JSON.parse(body), request);
  });

  it('titles each split cURL order with its count of numbers', () => {
    const two = buildStandardRequest(validStandardDraft(), ['+12025550134', '+12025550135']);
    const one = buildStandardRequest(validStandardDraft(), ['+12025550136']);
    assert.deepEqual(toCurl('standard', [two, one], { auth: 'basic' }).match(/^# Order .*$/gm), ['# Order 1 of 2 (2 numbers)', '# Order 2 of 2 (1 number)']);
  });
});
