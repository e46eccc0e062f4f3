// The REST Client file's variables for each target: the sandbox's placeholders (bearer: the token
// host to ask, any key), a custom API host named as such.
import assert from 'node:assert/strict';
import { buildStandardRequest } from '../../../../src/model/textEnable/build';
import { describeTarget, type SnippetTarget } from '../../../../src/model/textEnable/endpoints';
import { toHttpFile } from '../../../../src/model/textEnable/httpFile';
import { validStandardDraft } from '../../../fixtures/textEnableDrafts';

const sandbox: SnippetTarget = {
  baseUrl: 'http://127.0.0.1:4010/',
  authBaseUrl: 'http://127.0.0.1:4010//',
  sandbox: { projectId: 'sandbox-project', keyId: 'sandbox-key', keySecret: 'sandbox-secret' },
};

describe('.http file targets', () => {
  it('asks the sandbox for a token with any key when bearer', () => {
    const file = toHttpFile('standard', [buildStandardRequest(validStandardDraft(), ['+12025550134'])], { auth: 'bearer', target: sandbox });
    const lines = file.split('\n');
    assert.deepEqual(lines.slice(0, 6), [
      '# Text-enable numbers with REST Client (Sinch Qualified Numbers API) on the offline sandbox (http://127.0.0.1:4010).',
      '@baseUrl = http://127.0.0.1:4010',
      '# The sandbox accepts any key: these are its placeholders, not secrets.',
      '@projectId = sandbox-project',
      '# A token from POST http://127.0.0.1:4010/oauth2/token (grant_type=client_credentials, any key).',
      '@token = {{$processEnv TOKEN}}',
    ]);
    assert.ok(lines.includes('Authorization: Bearer {{token}}'));
    assert.ok(!file.includes('sandbox-secret'));
  });

  it('names a custom API host as the setting', () => {
    assert.equal(describeTarget({ baseUrl: 'https://api.example.com/', authBaseUrl: 'https://auth.example.com' }), 'the host in sinch.apiBaseUrl (https://api.example.com)');
  });
});
