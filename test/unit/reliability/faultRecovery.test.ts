// Faults from the sandbox's fault controls against the real client and the tree model over
// loopback HTTP: for each, every group fails with a message that says what happened and what to
// do, nothing is left half-loaded or unhandled, and the next refresh recovers the whole tree with
// the server's counts. Retries and backoff wait on a FakeClock; hangs use a short timeout (HANG_TIMEOUT_MS).
import * as assert from 'node:assert/strict';
import { SinchApiError, type ClientConfig, type FetchLike } from '../../../src/api';
import { GLOBAL_PROCESS_STATES } from '../../../src/api/types';
import { errorWords } from '../../../src/model/errorWords';
import { QualifiedNumbersModel } from '../../../src/model/tree/treeModel';
import type { SandboxFault } from '../../../src/sandbox';
import { waitFor } from '../api/helpers/conditions';
import { clearFaults, HANG_TIMEOUT_MS, harness, type Harness } from './helpers';

interface FaultCase {
  label: string;
  faults: SandboxFault[];
  auth?: ClientConfig['auth'];
  /** What the user reads (errorWords of the first error). */
  words: RegExp;
}

const API = '/v1/';
const TOKEN = '/oauth2/token';
const MANY = 60;

const CASES: FaultCase[] = [
  { label: '429 storm without Retry-After', faults: [{ kind: 'status', status: 429, pathPrefix: API, times: MANY }], words: /HTTP 429.*Sinch is limiting the request rate; wait a moment and try again\..*Too many requests: wait a moment and try again\./ },
  { label: '429 storm with Retry-After: 2', faults: [{ kind: 'status', status: 429, retryAfter: '2', pathPrefix: API, times: MANY }], words: /HTTP 429.*try again in 2 s.*Sinch asks to wait 2 s before trying again\./ },
  { label: '429 with Retry-After: 120 (longer than the client waits)', faults: [{ kind: 'status', status: 429, retryAfter: '120', pathPrefix: API, times: MANY }], words: /try again in 120 s.*Sinch asks to wait 120 s/ },
  { label: '500', faults: [{ kind: 'status', status: 500, pathPrefix: API, times: MANY }], words: /HTTP 500 INTERNAL.*Sinch had a server error.*Sinch had a problem; try again later\./ },
  { label: '503 storm', faults: [{ kind: 'status', status: 503, pathPrefix: API, times: MANY }], words: /HTTP 503 UNAVAILABLE.*Sinch had a server error.*try again later/ },
  { label: 'hang past the timeout', faults: [{ kind: 'hang', pathPrefix: API, times: MANY }], words: new RegExp(`No answer within ${HANG_TIMEOUT_MS} ms from 127\\.0\\.0\\.1:\\d+ \\(2 attempts\\)\\..*Sinch did not answer in time; try again\\.`) },
  { label: 'reset connections', faults: [{ kind: 'reset', pathPrefix: API, times: MANY }], words: /Could not reach 127\.0\.0\.1:\d+ \(2 attempts\).*Check your network.*Sinch could not be reached/ },
  { label: 'malformed JSON', faults: [{ kind: 'malformed-json', pathPrefix: API, times: MANY }], words: /answered HTTP 200 but not with JSON.*Check the API base URL.*check the "sinch\.apiBaseUrl" setting/ },
  { label: 'an HTML error page', faults: [{ kind: 'html', pathPrefix: API, times: MANY }], words: /HTTP 502\).*page that is not Sinch's JSON: "502 Bad Gateway 502 Bad Gateway nginx"/ },
  { label: 'the auth endpoint answers 503', auth: 'oauth2', faults: [{ kind: 'status', status: 503, pathPrefix: TOKEN, times: MANY }], words: /Sign in to Sinch failed.*auth server http:\/\/127\.0\.0\.1:\d+ answered HTTP 503.*check the auth URL, or try again later\.$/ },
  { label: 'the auth endpoint resets', auth: 'oauth2', faults: [{ kind: 'reset', pathPrefix: TOKEN, times: MANY }], words: /Could not get a token from the auth server http:\/\/127\.0\.0\.1:\d+\. Could not reach/ },
  { label: 'the auth endpoint hangs', auth: 'oauth2', faults: [{ kind: 'hang', pathPrefix: TOKEN, times: MANY }], words: new RegExp(`Could not get a token from the auth server .*No answer within ${HANG_TIMEOUT_MS} ms`) },
  { label: 'the auth endpoint sends HTML', auth: 'oauth2', faults: [{ kind: 'html', pathPrefix: TOKEN, times: MANY }], words: /auth server .* answered HTTP 502 \("502 Bad Gateway/ },
];

describe('reliability: faults and recovery (client + tree model against the sandbox)', function () {
  this.timeout(30_000);
  let h: Harness;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };
  before(() => process.on('unhandledRejection', onUnhandled));
  after(() => process.off('unhandledRejection', onUnhandled));
  beforeEach(async () => {
    h = await harness({ numbers: 120 });
    unhandled.length = 0;
  });
  afterEach(async () => {
    await h.close();
    // Give rejected promises a turn to be reported before checking.
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.deepEqual(unhandled, [], 'an unhandled rejection');
  });

  /** The server's count per state, from a clean client. */
  async function serverCounts(): Promise<string[]> {
    const checker = h.client();
    return Promise.all(GLOBAL_PROCESS_STATES.map(async (state) => String((await checker.list({ state, pageSize: 1 })).totalSize)));
  }

  for (const c of CASES) {
    it(`${c.label}: every group fails with words, and the next refresh recovers the whole tree`, async () => {
      const model = new QualifiedNumbersModel({ pageSize: 20 });
      model.setSource(h.client({ auth: c.auth ?? 'basic', timeoutMs: HANG_TIMEOUT_MS }));
      h.sandbox.scriptFaults(c.faults);
      const failed = await model.reload();
      assert.equal(failed.superseded, false);
      assert.equal(failed.failed, GLOBAL_PROCESS_STATES.length, `${failed.failed} of 10 groups failed`);
      assert.ok(failed.firstError instanceof SinchApiError);
      assert.match(errorWords(failed.firstError), c.words);
      assert.ok(model.rootError() !== undefined, 'no root error node while every group failed');
      assert.ok(model.groupViews().every((g) => g.status === 'error' && g.description === 'failed to load'));

      await clearFaults(h.sandbox);
      const recovered = await model.reload();
      assert.equal(recovered.failed, 0, `still failing: ${errorWords(recovered.firstError)}`);
      assert.equal(model.rootError(), undefined);
      assert.deepEqual(model.groupViews().map((g) => g.description), await serverCounts());
      const listed = model.listedNumbers().map((n) => n.phoneNumber);
      assert.equal(new Set(listed).size, listed.length, 'a number is listed twice after recovery');
    });
  }

  it('an expired token in the middle of a reload: one 401 per request in flight, one new token, no group fails', async () => {
    let requests = 0;
    // After the third API request the sandbox's clock jumps past the token's lifetime.
    const expiring: FetchLike = async (url, init) => {
      if (url.includes('/v1/') && ++requests === 3) h.sandbox.advanceClock(3601);
      return globalThis.fetch(url, init);
    };
    const model = new QualifiedNumbersModel({ pageSize: 5 });
    model.setSource(h.client({ auth: 'oauth2', fetch: expiring }));
    const outcome = await model.reload();
    assert.equal(outcome.failed, 0, errorWords(outcome.firstError));
    const log = h.sandbox.requestLog();
    const tokens = log.filter((e) => e.path === TOKEN);
    assert.equal(tokens.length, 2, 'one token at the start, one after the expiry, shared by every request');
    const refused = log.filter((e) => e.status === 401);
    assert.ok(refused.length >= 1, 'the expiry was never seen');
    assert.equal(log.filter((e) => e.path.startsWith('/v1/') && e.status === 200).length, GLOBAL_PROCESS_STATES.length);
    assert.deepEqual(model.groupViews().map((g) => g.description), await serverCounts());
  });

  it('an expired token between two pages of "Load more" is renewed, and paging goes on where it was', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 3 });
    model.setSource(h.client({ auth: 'oauth2' }));
    assert.equal((await model.reload()).failed, 0);
    const state = 'GLOBAL_PROCESS_STATE_ELIGIBLE';
    const before = model.groupViews().find((g) => g.state === state)!.numbers.map((n) => n.phoneNumber);
    h.sandbox.advanceClock(3601);
    await model.loadMore(state);
    const after = model.groupViews().find((g) => g.state === state)!.numbers.map((n) => n.phoneNumber);
    assert.deepEqual(after.slice(0, 3), before);
    assert.equal(after.length, 6);
    assert.equal(new Set(after).size, 6);
    assert.deepEqual(h.sandbox.requestLog().filter((e) => e.status === 401).length, 1);
  });

  it('a request that hangs is cancelled by the next refresh, which loads every group', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 20 });
    // A 30 s timeout: the hanging request is only ever ended by the next refresh's cancellation.
    model.setSource(h.client({ timeoutMs: 30_000 }));
    h.sandbox.scriptFaults([{ kind: 'hang', pathPrefix: API, times: 1 }]);
    const stuck = model.reload();
    await waitFor(() => h.sandbox.requestLog().some((e) => e.fault === 'hang'), 'the first reload\'s request to hang in the sandbox');
    const fresh = await model.reload();
    assert.equal((await stuck).superseded, true);
    assert.equal(fresh.failed, 0);
    assert.deepEqual(model.groupViews().map((g) => g.description), await serverCounts());
  });

  it('a write refused by a fault leaves the tree and the store as they were', async () => {
    const client = h.client();
    const model = new QualifiedNumbersModel({ pageSize: 20 });
    model.setSource(client);
    await model.reload();
    const before = model.groupViews().map((g) => g.description);
    const target = model.groupViews().find((g) => g.state === 'GLOBAL_PROCESS_STATE_ELIGIBLE')!.numbers[0].phoneNumber;
    h.sandbox.scriptFaults([{ kind: 'status', status: 503, method: 'DELETE', pathPrefix: API, times: MANY }]);
    await assert.rejects(client.delete(target), (e: unknown) => e instanceof SinchApiError && e.status === 503 && /Sinch had a problem; try again later/.test(errorWords(e)));
    await clearFaults(h.sandbox);
    await model.reload();
    assert.deepEqual(model.groupViews().map((g) => g.description), before);
    assert.ok(model.find(target), 'the number the failed delete was about is gone');
  });
});
