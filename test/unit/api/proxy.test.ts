// Requests go through the proxy VS Code uses, loopback never does, and a proxy that fails is named.
// Over real HTTP: a local proxy that counts the tunnels asked of it, and one where nothing listens.
import * as assert from 'node:assert/strict';
import { createClient, SinchApiError } from '../../../src/api';
import { proxyFor, shownProxy } from '../../../src/api/proxy';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { refusingProxyUrl, startCountingProxy, type CountingProxy } from '../../fixtures/countingProxy';
import { FakeClock } from './helpers/fakeClock';

const CREDENTIALS = { keyId: 'proxy-key-id', keySecret: 'proxy-key-secret' };

describe('proxy', () => {
  describe('which requests use it', () => {
    const proxy = 'http://proxy.corp:3128';
    it('sends Sinch hosts through the proxy, loopback never', () => {
      assert.equal(proxyFor('https://imported.numbers.api.sinch.com/v1/x', { url: proxy }), proxy);
      assert.equal(proxyFor('https://auth.sinch.com/oauth2/token', { url: proxy }), proxy);
      for (const loopback of ['http://127.0.0.1:8080/', 'http://localhost:1/', 'http://[::1]:2/', 'http://127.3.4.5/']) {
        assert.equal(proxyFor(loopback, { url: proxy }), undefined, loopback);
      }
      assert.equal(proxyFor('https://auth.sinch.com/', {}), undefined, 'no proxy configured');
    });

    it('follows NO_PROXY: names, suffixes, wildcards, ports and *', () => {
      const direct = (noProxy: string[], url = 'https://imported.numbers.api.sinch.com/v1'): boolean => proxyFor(url, { url: proxy, noProxy }) === undefined;
      assert.ok(direct(['sinch.com']));
      assert.ok(direct(['.sinch.com']));
      assert.ok(direct(['*.sinch.com']));
      assert.ok(direct(['imported.numbers.api.sinch.com:443']));
      assert.ok(!direct(['imported.numbers.api.sinch.com:8443']));
      assert.ok(direct(['*']));
      assert.ok(!direct(['example.com', ' ', 'notsinch.com']));
      assert.ok(!direct(['inch.com']), 'a suffix must end at a dot');
    });

    it('never shows the proxy\'s credentials', () => {
      assert.equal(shownProxy('http://user:pa55@proxy.corp:3128'), 'http://proxy.corp:3128');
      assert.equal(shownProxy('not a url'), 'the configured proxy');
    });
  });

  describe('over real HTTP', () => {
    let counting: CountingProxy;
    let sandbox: RunningSandbox;
    beforeEach(async () => {
      counting = await startCountingProxy();
      sandbox = await startSandbox({ port: 0, clock: 'manual', numbers: 10 });
    });
    afterEach(async () => {
      await counting.close();
      await sandbox.close();
    });

    const client = (proxyUrl: string, base?: string, auth: 'basic' | 'oauth2' = 'oauth2') =>
      createClient({ projectId: 'proxy-project', credentials: CREDENTIALS, auth, baseUrl: base, authBaseUrl: base, clock: new FakeClock(), random: () => 0, maxRetries: 0, proxy: { url: proxyUrl } });

    it('the token and the API request both ask the proxy for a tunnel', async () => {
      await assert.rejects(client(counting.url).list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED' }));
      assert.deepEqual(counting.connects, ['auth.sinch.com:443']);
      await assert.rejects(client(counting.url, undefined, 'basic').list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED' }));
      assert.deepEqual(counting.connects, ['auth.sinch.com:443', 'imported.numbers.api.sinch.com:443']);
    });

    it('loopback (the sandbox) goes direct even with a proxy set', async () => {
      const page = await client(counting.url, sandbox.url).list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED' });
      assert.ok(Array.isArray(page.qualifiedNumbers));
      assert.deepEqual(counting.connects, []);
    });

    it('a proxy that refuses connections is named in the error, and nothing was sent', async () => {
      const refusing = await refusingProxyUrl();
      const error = await client(refusing, undefined, 'basic').addNumbers(['+12025550134']).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof SinchApiError);
      assert.equal(error.kind, 'network', 'a POST that never left the machine is not an unknown outcome');
      assert.match(error.message, new RegExp(`Could not reach imported\\.numbers\\.api\\.sinch\\.com:?\\d* through the proxy ${refusing.replace(/[.]/g, '\\.')}.*connection refused`));
      assert.doesNotMatch(error.message, /proxy-key/);
    });
  });
});
