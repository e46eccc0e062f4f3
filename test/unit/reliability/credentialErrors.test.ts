// Telling "Sinch refused the key" from "the key could not be checked": sign-in leads with one or
// the other, and an unreachable or broken auth server must not be reported as a wrong key.
import * as assert from 'node:assert/strict';
import { SinchApiError } from '../../../src/api';
import { isCredentialError } from '../../../src/model/errorWords';
import { HANG_TIMEOUT_MS, harness, type Harness } from './helpers';

describe('reliability: refused credentials versus an auth server that cannot be reached', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());

  async function tokenError(faults: Parameters<Harness['sandbox']['scriptFaults']>[0], authBaseUrl?: string): Promise<SinchApiError> {
    h.sandbox.scriptFaults(faults);
    const client = h.client({ auth: 'oauth2', timeoutMs: HANG_TIMEOUT_MS, ...(authBaseUrl ? { authBaseUrl } : {}) });
    try {
      await client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 });
    } catch (error) {
      assert.ok(error instanceof SinchApiError);
      return error;
    }
    throw new Error('the list call succeeded');
  }

  it('counts a refusal by the token endpoint or the API (400, 401, 403) as refused credentials', async () => {
    for (const status of [400, 401, 403]) assert.equal(isCredentialError(await tokenError([{ kind: 'status', status, pathPrefix: '/oauth2/token' }])), true, `token ${status}`);
    assert.equal(isCredentialError(await tokenError([{ kind: 'status', status: 403, pathPrefix: '/v1/' }])), true, 'API 403');
  });

  it('does not blame the key when the auth server is down, unreachable, hanging or answering nonsense', async () => {
    const cases: Array<[string, Parameters<Harness['sandbox']['scriptFaults']>[0], string?]> = [
      ['503', [{ kind: 'status', status: 503, pathPrefix: '/oauth2/token', times: 10 }]],
      ['reset', [{ kind: 'reset', pathPrefix: '/oauth2/token', times: 10 }]],
      ['hang', [{ kind: 'hang', pathPrefix: '/oauth2/token', times: 10 }]],
      ['HTML page', [{ kind: 'html', pathPrefix: '/oauth2/token', times: 10 }]],
      ['refused connection', [], 'http://127.0.0.1:9'],
    ];
    for (const [what, faults, url] of cases) {
      const error = await tokenError(faults, url);
      assert.equal(error.kind, 'auth', what);
      assert.equal(isCredentialError(error), false, `${what}: "${error.message}" was taken for a wrong key`);
    }
  });
});
