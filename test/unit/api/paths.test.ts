import * as assert from 'node:assert/strict';
import { createClient, SinchApiError } from '../../../src/api';
import { ApiPaths } from '../../../src/api/paths';
import { FakeFetch } from './helpers/fakeFetch';

const PROJECT = 'd1923022-5199-4bb3-a513-c47b3a656bc5';

describe('API paths', () => {
  const paths = new ApiPaths(PROJECT);

  it('builds the documented paths, keeping the + of E.164 numbers as is', () => {
    const root = `/v1/projects/${PROJECT}`;
    assert.equal(paths.qualifiedNumbers(), `${root}/qualifiedNumbers`);
    assert.equal(paths.qualifiedNumber('+12025550134', 'Get'), `${root}/qualifiedNumbers/+12025550134`);
    assert.equal(paths.addNumbers(), `${root}/qualifiedNumbers:addNumbers`);
    assert.equal(paths.textEnableNumbers(), `${root}/qualifiedNumbers:textEnableNumbers`);
    assert.equal(paths.textEnableTollFreeNumbers(), `${root}/qualifiedNumbers:textEnableTollFreeNumbers`);
    assert.equal(paths.sendVoiceChallenge('+12025550134', 'Send'), `${root}/qualifiedNumbers/+12025550134:sendVoiceChallenge`);
    assert.equal(paths.verifyVoiceChallenge('+12025550134', 'Verify'), `${root}/qualifiedNumbers/+12025550134:verifyVoiceChallenge`);
    assert.equal(paths.hostingOrder('01HXYZ_order-7', 'Get order'), `${root}/hostingOrders/01HXYZ_order-7`);
  });

  it('refuses phone numbers that are not E.164 with an invalid-input error naming the operation', () => {
    for (const bad of ['12025550134', '+1202/../x', '+12025550134?x=1', '+12025550134#', '%2B12025550134', '+1 202 555 0134', '+', '', '+１２０２５５５０１３４']) {
      assert.throws(
        () => paths.qualifiedNumber(bad, 'Get a number'),
        (error: unknown) => error instanceof SinchApiError && error.kind === 'invalid-input' && error.operation === 'Get a number' && /E\.164/.test(error.message),
        bad,
      );
    }
  });

  it('refuses hosting order and project IDs that could change the path', () => {
    for (const bad of ['../x', 'a/b', 'a?b', 'a#b', 'a b', '', 'x'.repeat(129), 'ä']) {
      assert.throws(() => paths.hostingOrder(bad, 'Get order'), (e: unknown) => e instanceof SinchApiError && e.kind === 'invalid-input', bad);
      assert.throws(() => new ApiPaths(bad), (e: unknown) => e instanceof SinchApiError && e.kind === 'invalid-input', bad);
    }
  });

  it('never sends a request for a refused value', async () => {
    const fake = new FakeFetch(() => ({ status: 200, body: {} }));
    const client = createClient({ projectId: PROJECT, credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic', fetch: fake.fetch });
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['get', () => client.get('+1202/../../x')],
      ['delete', () => client.delete('202-555-0134')],
      ['send', () => client.sendVoiceChallenge('+12025550134/x')],
      ['verify', () => client.verifyVoiceChallenge('+12025550134?', '1234')],
      ['order', () => client.getHostingOrder('../../qualifiedNumbers')],
    ];
    for (const [name, attempt] of attempts) {
      await assert.rejects(attempt(), (e: unknown) => e instanceof SinchApiError && e.kind === 'invalid-input', name);
    }
    assert.equal(fake.calls.length, 0);
  });

  it('refuses an unusable configuration when the client is created', () => {
    const base = { projectId: PROJECT, credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic' as const };
    const refused = (config: Parameters<typeof createClient>[0], pattern: RegExp): void =>
      assert.throws(() => createClient(config), (e: unknown) => e instanceof SinchApiError && e.kind === 'invalid-input' && pattern.test(e.message));
    refused({ ...base, projectId: 'p/../q' }, /project ID/);
    refused({ ...base, credentials: { keyId: 'k', keySecret: '' } }, /key secret/);
    refused({ ...base, baseUrl: 'http://api.example.com' }, /must use https/);
    refused({ ...base, authBaseUrl: 'ftp://auth.example.com' }, /must use https/);
    refused({ ...base, baseUrl: 'https://user:pw@api.example.com' }, /user name, password/);
    refused({ ...base, baseUrl: 'not a url' }, /not a URL/);
    assert.doesNotThrow(() => createClient({ ...base, baseUrl: 'http://127.0.0.1:4010/', authBaseUrl: 'http://localhost:4010' }));
  });
});
