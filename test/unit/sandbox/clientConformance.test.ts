// The client against the real sandbox over loopback HTTP, with the default fetch (cross-fetch).
// The sandbox's clock is manual and the client's is a FakeClock, so expiry and retry waits are
// driven by the test and nothing really sleeps (except the short timeouts of the hang tests).
import * as assert from 'node:assert/strict';
import { createClient, SinchApiError, type AuthMethod, type ClientConfig, type DirectLoaInfo, type QualifiedNumber } from '../../../src/api';
import { startSandbox, type RunningSandbox, type SandboxRequestLogEntry } from '../../../src/sandbox';
import { FakeClock } from '../api/helpers/fakeClock';
import { unusedLoopbackUrl } from '../api/helpers/testServer';
import { HANG_TIMEOUT_MS } from '../reliability/helpers';

const PROJECT = 'd1923022-5199-4bb3-a513-c47b3a656bc5';
const API_PREFIX = `/v1/projects/${PROJECT}`;
const LOA: DirectLoaInfo = {
  authorisedPerson: { firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com' },
  address: { buildingNumber: '1', street: 'Main Street', city: 'New York', state: 'NY', postalCode: '10001', country: 'US' },
  currentVoiceCarrier: 'Verizon',
};
const SERVICE_PLAN = '0123456789abcdef0123456789abcdef';

describe('client against the sandbox', () => {
  let sandbox: RunningSandbox;
  let clock: FakeClock;

  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, clock: 'manual', numbers: 100 });
    clock = new FakeClock();
  });
  afterEach(async () => {
    await sandbox.close();
  });

  function client(auth: AuthMethod, extra: Partial<ClientConfig> = {}) {
    return createClient({
      projectId: PROJECT,
      credentials: { keyId: 'sandbox-key', keySecret: 'sandbox-secret' },
      auth,
      baseUrl: sandbox.url,
      authBaseUrl: sandbox.url,
      clock,
      random: () => 0.5,
      ...extra,
    });
  }

  const log = (filter: (e: SandboxRequestLogEntry) => boolean = () => true): string[] =>
    sandbox.requestLog().filter(filter).map((e) => `${e.method} ${e.path.replace(API_PREFIX, '').split('?')[0]} ${e.status}`);
  const tokenRequests = (): number => sandbox.requestLog().filter((e) => e.path.startsWith('/oauth2/token')).length;
  const stateOf = (n: QualifiedNumber): string => n.globalProcessState;

  for (const auth of ['basic', 'oauth2'] as const) {
    it(`runs every operation end to end with ${auth} auth`, async () => {
      const api = client(auth);
      const standard = '+12065550187';
      const tollFree = '+18335550142';
      const doomed = '+13035550166';

      const added = await api.addNumbers([standard, tollFree, doomed]);
      assert.deepEqual(added.qualifiedNumbers.map((n) => [n.phoneNumber, stateOf(n)]), [
        [standard, 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING'],
        [tollFree, 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING'],
        [doomed, 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING'],
      ]);
      sandbox.advanceClock(30);
      assert.equal(stateOf(await api.get(standard)), 'GLOBAL_PROCESS_STATE_ELIGIBLE');

      for (const number of [standard, tollFree]) {
        assert.equal(stateOf(await api.sendVoiceChallenge(number)), 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING');
        const code = sandbox.lastCode(PROJECT, number);
        assert.ok(code, 'the sandbox "said" a code');
        assert.equal(stateOf(await api.verifyVoiceChallenge(number, code)), 'GLOBAL_PROCESS_STATE_VERIFIED');
      }
      const verified: string[] = [];
      for await (const n of api.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED' })) verified.push(n.phoneNumber);
      assert.ok(verified.includes(standard) && verified.includes(tollFree));

      const { hostingOrderId } = await api.textEnableNumbers({ regionCode: 'US', numbers: [standard], servicePlanId: SERVICE_PLAN, campaignId: 'CABC123', directLoaInfo: LOA });
      const order = await api.getHostingOrder(hostingOrderId);
      assert.equal(order.hostingOrderId, hostingOrderId);
      assert.equal(order.state, 'SUBMITTED');
      assert.equal(stateOf(await api.get(standard)), 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS');

      const tollFreeOrder = await api.textEnableTollFreeNumbers({ regionCode: 'US', numbers: [tollFree], servicePlanId: SERVICE_PLAN, directLoaInfo: LOA });
      assert.match(tollFreeOrder.hostingOrderId, /^[A-Za-z0-9_-]+$/);
      assert.notEqual(tollFreeOrder.hostingOrderId, hostingOrderId);

      sandbox.advanceClock(70);
      assert.equal((await api.getHostingOrder(hostingOrderId)).state, 'COMPLETED');
      assert.equal(stateOf(await api.get(standard)), 'GLOBAL_PROCESS_STATE_HOSTING_DONE');

      await api.delete(doomed);
      await assert.rejects(api.get(doomed), (e: unknown) => e instanceof SinchApiError && e.kind === 'http' && e.status === 404 && e.sinchStatus === 'NOT_FOUND');
      assert.equal(tokenRequests(), auth === 'oauth2' ? 1 : 0);
    });
  }

  it('reports the sandbox\'s validation errors with their field violations', async () => {
    await assert.rejects(client('basic').addNumbers(['+442079460958']), (e: unknown) => {
      assert.ok(e instanceof SinchApiError);
      assert.equal(e.kind, 'http');
      assert.equal(e.status, 400);
      assert.equal(e.sinchStatus, 'INVALID_ARGUMENT');
      assert.equal(e.fieldViolations[0]?.field, 'phoneNumbers[0]');
      assert.match(e.describe(), /^Add 1 number failed \(HTTP 400 INVALID_ARGUMENT\): .*\[phoneNumbers\[0\]: /);
      return true;
    });
  });

  it('walks every page of a state to the end and reports totalSize', async () => {
    const api = client('oauth2');
    const pages = [];
    for await (const page of api.listPages({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 4 })) pages.push(page);
    assert.deepEqual(pages.map((p) => p.qualifiedNumbers.length), [4, 4, 2]);
    assert.ok(pages.every((p) => p.totalSize === 10));
    assert.ok(!pages[2].nextPageToken);
    const all = pages.flatMap((p) => p.qualifiedNumbers);
    assert.equal(new Set(all.map((n) => n.phoneNumber)).size, 10);
    assert.ok(all.every((n) => n.globalProcessState === 'GLOBAL_PROCESS_STATE_VERIFIED'));
    const listed = sandbox.requestLog().filter((e) => e.path.includes('/qualifiedNumbers') && e.method === 'GET');
    assert.equal(listed.length, 3);

    const canadian: QualifiedNumber[] = [];
    for await (const n of api.listAll({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE', regionCode: 'CA', pageSize: 3, orderBy: 'createdTime' })) canadian.push(n);
    assert.ok(canadian.every((n) => n.regionCode === 'CA'));
  });

  it('gets a new token when the sandbox says the old one expired, and retries once', async () => {
    const api = client('oauth2');
    await api.get((await api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' })).qualifiedNumbers[0].phoneNumber);
    sandbox.advanceClock(3601); // the sandbox's token expires; the client's clock does not know
    const page = await api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' });
    assert.ok(page.qualifiedNumbers.length > 0);
    assert.deepEqual(
      log().map((l) => l.replace(/\/qualifiedNumbers\/\+\d+/, '/qualifiedNumbers/N')),
      ['POST /oauth2/token 200', 'GET /qualifiedNumbers 200', 'GET /qualifiedNumbers/N 200', 'GET /qualifiedNumbers 401', 'POST /oauth2/token 200', 'GET /qualifiedNumbers 200'],
    );
  });

  it('refreshes the token ahead of expiry by its own clock, without a 401', async () => {
    const api = client('oauth2');
    await api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' });
    sandbox.advanceClock(3550);
    clock.advance(3550 * 1000); // inside the 60 s margin
    await api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' });
    assert.deepEqual(log(), ['POST /oauth2/token 200', 'GET /qualifiedNumbers 200', 'POST /oauth2/token 200', 'GET /qualifiedNumbers 200']);
  });

  it('shares one token request between concurrent calls', async () => {
    const api = client('oauth2');
    const states = ['GLOBAL_PROCESS_STATE_ELIGIBLE', 'GLOBAL_PROCESS_STATE_VERIFIED', 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE', 'GLOBAL_PROCESS_STATE_HOSTING_DONE'] as const;
    const pages = await Promise.all([...states, ...states].map((state) => api.list({ state })));
    assert.equal(pages.length, 8);
    assert.equal(tokenRequests(), 1);
    assert.equal(sandbox.requestLog().filter((e) => e.method === 'GET' && e.status === 200).length, 8);
  });

  it('turns token endpoint failures into auth errors that say what to check', async () => {
    sandbox.scriptFaults([{ kind: 'status', status: 401, pathPrefix: '/oauth2/token' }]);
    await assert.rejects(client('oauth2').get('+12065550187'), (e: unknown) => {
      assert.ok(e instanceof SinchApiError);
      assert.equal(e.kind, 'auth');
      assert.match(e.message, /refused the access key \(HTTP 401\): check the access key ID and key secret/);
      return true;
    });
    sandbox.scriptFaults([{ kind: 'status', status: 503, pathPrefix: '/oauth2/token', times: 2 }]);
    await client('oauth2').list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' });
    assert.deepEqual(log().slice(-4), ['POST /oauth2/token 503', 'POST /oauth2/token 503', 'POST /oauth2/token 200', 'GET /qualifiedNumbers 200']);
    const nowhere = await unusedLoopbackUrl();
    await assert.rejects(client('oauth2', { authBaseUrl: nowhere, maxRetries: 0 }).get('+12065550187'), (e: unknown) => {
      assert.ok(e instanceof SinchApiError);
      assert.equal(e.kind, 'auth');
      assert.ok(e.message.startsWith(`Could not get a token from the auth server ${nowhere}. Could not reach ${nowhere.slice(7)}: connection refused.`), e.message);
      return true;
    });
  });

  it('waits out a 429 with Retry-After on the injected clock, then succeeds', async () => {
    const api = client('oauth2');
    sandbox.scriptFaults([{ kind: 'status', status: 429, retryAfter: '3', method: 'GET', pathPrefix: '/v1/', times: 2 }]);
    const page = await api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' });
    assert.ok(page.qualifiedNumbers.length > 0);
    assert.deepEqual(clock.sleeps, [3000, 3000]);
    assert.deepEqual(log((e) => e.method === 'GET'), ['GET /qualifiedNumbers 429', 'GET /qualifiedNumbers 429', 'GET /qualifiedNumbers 200']);

    sandbox.scriptFaults([{ kind: 'status', status: 429, retryAfter: new Date(clock.now() + 7000).toUTCString(), method: 'POST', pathPrefix: '/v1/' }]);
    await api.addNumbers(['+12065550199']);
    assert.deepEqual(clock.sleeps, [3000, 3000, 7000]);
    assert.deepEqual(log((e) => e.path.includes(':addNumbers')), ['POST /qualifiedNumbers:addNumbers 429', 'POST /qualifiedNumbers:addNumbers 200']);
  });

  it('does not resend a POST after a 500 and says the outcome is unknown', async () => {
    const api = client('basic');
    sandbox.scriptFaults([{ kind: 'status', status: 500, method: 'POST', pathPrefix: `${API_PREFIX}/qualifiedNumbers:addNumbers` }]);
    await assert.rejects(api.addNumbers(['+12065550177']), (e: unknown) => {
      assert.ok(e instanceof SinchApiError);
      assert.equal(e.kind, 'unknown-outcome');
      assert.equal(e.status, 500);
      assert.match(e.describe(), /^Add 1 number failed \(HTTP 500 INTERNAL\): .*may or may not have been applied: refresh and check before trying again/);
      return true;
    });
    assert.equal(sandbox.requestLog().filter((e) => e.method === 'POST').length, 1);
    assert.deepEqual(clock.sleeps, []);
  });

  it('quotes a proxy\'s HTML error page instead of failing to parse it, and retries a GET past it', async () => {
    sandbox.scriptFaults([{ kind: 'html', pathPrefix: '/v1/' }]);
    await assert.rejects(client('basic', { maxRetries: 0 }).list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' }), (e: unknown) => {
      assert.ok(e instanceof SinchApiError);
      assert.equal(e.kind, 'http');
      assert.equal(e.status, 502);
      assert.equal(e.sinchStatus, undefined);
      assert.match(e.message, /"502 Bad Gateway 502 Bad Gateway nginx"/);
      assert.doesNotMatch(e.message, /[<>]/);
      return true;
    });
    sandbox.scriptFaults([{ kind: 'html', pathPrefix: '/v1/' }]);
    const page = await client('basic').list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' });
    assert.ok(page.qualifiedNumbers.length > 0);
    assert.deepEqual(log().slice(-2), ['GET /qualifiedNumbers 502', 'GET /qualifiedNumbers 200']);
  });

  it('reports a malformed JSON body as an invalid response', async () => {
    const api = client('basic');
    sandbox.scriptFaults([{ kind: 'malformed-json', pathPrefix: '/v1/' }]);
    await assert.rejects(api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' }), (e: unknown) => e instanceof SinchApiError && e.kind === 'invalid-response');
  });

  it('times out a hanging GET, retries it, and succeeds', async () => {
    const api = client('basic', { timeoutMs: HANG_TIMEOUT_MS });
    sandbox.scriptFaults([{ kind: 'hang', method: 'GET', pathPrefix: '/v1/' }]);
    const page = await api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' });
    assert.ok(page.qualifiedNumbers.length > 0);
    assert.deepEqual(clock.sleeps, [250]);
  });

  it('gives up on a GET that keeps hanging with a timeout error, and never resends a hanging POST', async () => {
    const api = client('basic', { timeoutMs: HANG_TIMEOUT_MS, maxRetries: 1 });
    sandbox.scriptFaults([{ kind: 'hang', method: 'GET', pathPrefix: '/v1/', times: 2 }]);
    await assert.rejects(api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' }), (e: unknown) => e instanceof SinchApiError && e.kind === 'timeout' && e.message.includes(`${HANG_TIMEOUT_MS} ms`));
    sandbox.scriptFaults([{ kind: 'hang', method: 'POST', pathPrefix: '/v1/' }]);
    await assert.rejects(api.addNumbers(['+12065550155']), (e: unknown) => e instanceof SinchApiError && e.kind === 'unknown-outcome');
    assert.deepEqual(
      sandbox.requestLog().filter((e) => e.method === 'POST').map((e) => e.fault),
      ['hang'],
    );
  });

  it('retries a GET whose connection was reset', async () => {
    const api = client('basic');
    sandbox.scriptFaults([{ kind: 'reset', method: 'GET', pathPrefix: '/v1/' }]);
    const page = await api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' });
    assert.ok(page.qualifiedNumbers.length > 0);
    assert.equal(clock.sleeps.length, 1);
  });
});
