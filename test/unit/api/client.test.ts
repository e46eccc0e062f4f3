// What the client sends for each operation and how it normalises answers (a scripted fetch; the
// same operations run against the real sandbox in sandbox.test.ts).
import * as assert from 'node:assert/strict';
import { createClient, SinchApiError, type QualifiedNumber } from '../../../src/api';
import { FakeClock } from './helpers/fakeClock';
import { FakeFetch, type Responder } from './helpers/fakeFetch';

const ROOT = 'https://api.test/v1/projects/p-1';

function setup(responder: Responder) {
  const fake = new FakeFetch(responder);
  const api = createClient({ projectId: 'p-1', credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic', baseUrl: 'https://api.test/', fetch: fake.fetch, clock: new FakeClock() });
  return { fake, api };
}

const invalidInput = (pattern: RegExp) => (e: unknown) => e instanceof SinchApiError && e.kind === 'invalid-input' && pattern.test(e.message);

describe('client operations', () => {
  it('sends one state per list request with the optional filters in the query', async () => {
    const { fake, api } = setup(() => ({ status: 200, body: { qualifiedNumbers: [], totalSize: 0 } }));
    await api.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', regionCode: 'CA', pageSize: 20, pageToken: 'C2VN+/=', orderBy: 'updatedTime' });
    await api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' });
    assert.equal(fake.calls[0].url, `${ROOT}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED&regionCode=CA&pageSize=20&pageToken=C2VN%2B%2F%3D&orderBy=updatedTime`);
    assert.equal(fake.calls[1].url, `${ROOT}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_ELIGIBLE`);
    assert.equal(fake.calls[0].method, 'GET');
    assert.equal(fake.calls[0].body, undefined);
  });

  it('refuses list parameters Sinch would refuse, before sending', async () => {
    const { fake, api } = setup(() => ({ status: 200, body: {} }));
    await assert.rejects(api.list({ state: 'GLOBAL_PROCESS_STATE_UNSPECIFIED' as never }), invalidInput(/Choose one state/));
    await assert.rejects(api.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', regionCode: 'GB' as never }), invalidInput(/US or CA/));
    await assert.rejects(api.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 0 }), invalidInput(/page size/));
    await assert.rejects(api.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 2.5 }), invalidInput(/page size/));
    await assert.rejects(api.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', orderBy: 'createdTime desc' as never }), invalidInput(/createdTime or updatedTime/));
    assert.equal(fake.calls.length, 0);
  });

  it('normalises sparse answers: no list means an empty list, a string totalSize a number', async () => {
    const { api } = setup(() => ({ status: 200, body: { totalSize: '0', nextPageToken: '' } }));
    const page = await api.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED' });
    assert.deepEqual(page.qualifiedNumbers, []);
    assert.equal(page.totalSize, 0);
    const all: QualifiedNumber[] = [];
    for await (const n of api.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED' })) all.push(n);
    assert.deepEqual(all, []);
  });

  it('keeps fields it does not know and fills a missing state', async () => {
    const { api } = setup(() => ({ status: 200, body: { phoneNumber: '+12025550134', osrEligibility: { status: 3 }, futureField: { a: 1 } } }));
    const number = await api.get('+12025550134');
    assert.equal(number.globalProcessState, 'GLOBAL_PROCESS_STATE_UNSPECIFIED');
    assert.deepEqual(number.osrEligibility, { status: 3 });
    assert.deepEqual((number as unknown as Record<string, unknown>).futureField, { a: 1 });
  });

  it('walks pages by nextPageToken and stops on a server that repeats a token', async () => {
    const { fake, api } = setup((call) => {
      const token = new URL(call.url).searchParams.get('pageToken');
      const next = token === null ? 'p2' : token === 'p2' ? 'p3' : 'p2';
      return { status: 200, body: { qualifiedNumbers: [{ phoneNumber: `+1202555010${fake.calls.length}`, globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' }], nextPageToken: next, totalSize: 9 } };
    });
    const seen: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const n of api.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 })) seen.push(n.phoneNumber);
      })(),
      (e: unknown) => e instanceof SinchApiError && e.kind === 'invalid-response' && /same page token twice/.test(e.message),
    );
    assert.deepEqual(seen, ['+12025550101', '+12025550102', '+12025550103']);
    assert.deepEqual(fake.calls.map((c) => new URL(c.url).searchParams.get('pageToken')), [null, 'p2', 'p3']);
  });

  it('sends each write with its documented method, path and JSON body', async () => {
    const order = { hostingOrderId: '01HORDER', state: 'SUBMITTED' };
    const { fake, api } = setup((call) => {
      if (call.url.endsWith(':textEnableNumbers')) return { status: 200, body: { hostingOrderId: '01HORDER' } };
      if (call.url.endsWith(':textEnableTollFreeNumbers') || call.url.includes('/hostingOrders/')) return { status: 200, body: order };
      if (call.url.endsWith(':addNumbers')) return { status: 200, body: { qualifiedNumbers: [{ phoneNumber: '+12025550134' }] } };
      if (call.method === 'DELETE') return { status: 200, body: '' };
      return { status: 200, body: { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' } };
    });
    const loa = { authorisedPerson: { firstName: 'J', lastName: 'D', email: 'j@example.com' }, address: { buildingNumber: '1', street: 'S', city: 'C', state: 'NY', postalCode: '10001', country: 'US' }, currentVoiceCarrier: 'V' };
    await api.addNumbers(['+12025550134']);
    await api.sendVoiceChallenge('+12025550134');
    await api.verifyVoiceChallenge('+12025550134', ' 4321 ');
    assert.deepEqual(await api.textEnableNumbers({ regionCode: 'US', numbers: ['+12025550134'], servicePlanId: 'sp', campaignId: 'C1', directLoaInfo: loa }), { hostingOrderId: '01HORDER' });
    assert.equal((await api.textEnableTollFreeNumbers({ regionCode: 'US', numbers: ['+18335550134'], servicePlanId: 'sp', directLoaInfo: loa })).hostingOrderId, '01HORDER');
    assert.equal((await api.getHostingOrder('01HORDER')).state, 'SUBMITTED');
    assert.equal(await api.delete('+12025550134'), undefined);
    assert.deepEqual(
      fake.calls.map((c) => [c.method, c.url.replace(ROOT, ''), c.body, c.headers['Content-Type']]),
      [
        ['POST', '/qualifiedNumbers:addNumbers', '{"phoneNumbers":["+12025550134"]}', 'application/json'],
        ['POST', '/qualifiedNumbers/+12025550134:sendVoiceChallenge', undefined, undefined],
        ['POST', '/qualifiedNumbers/+12025550134:verifyVoiceChallenge', '{"code":"4321"}', 'application/json'],
        ['POST', '/qualifiedNumbers:textEnableNumbers', JSON.stringify({ regionCode: 'US', numbers: ['+12025550134'], servicePlanId: 'sp', campaignId: 'C1', directLoaInfo: loa }), 'application/json'],
        ['POST', '/qualifiedNumbers:textEnableTollFreeNumbers', JSON.stringify({ regionCode: 'US', numbers: ['+18335550134'], servicePlanId: 'sp', directLoaInfo: loa }), 'application/json'],
        ['GET', '/hostingOrders/01HORDER', undefined, undefined],
        ['DELETE', '/qualifiedNumbers/+12025550134', undefined, undefined],
      ],
    );
  });

  it('refuses writes without numbers or without a code', async () => {
    const { fake, api } = setup(() => ({ status: 200, body: {} }));
    await assert.rejects(api.addNumbers([]), invalidInput(/at least one/));
    await assert.rejects(api.verifyVoiceChallenge('+12025550134', '  '), invalidInput(/code you heard/));
    assert.equal(fake.calls.length, 0);
  });

  it('names the operation in every error', async () => {
    const { api } = setup(() => ({ status: 404, body: { code: '404', message: 'Qualified number +12025550134 not found', status: 'NOT_FOUND' } }));
    await assert.rejects(api.verifyVoiceChallenge('+12025550134', '1234'), (e: unknown) => {
      assert.ok(e instanceof SinchApiError);
      assert.equal(e.describe(), 'Verify voice challenge for +12025550134 failed (HTTP 404 NOT_FOUND): Qualified number +12025550134 not found.');
      return true;
    });
  });
});

describe('client retry backoff', () => {
  async function sleepsFor(retryBaseDelayMs: number | undefined): Promise<number[]> {
    const clock = new FakeClock();
    const fake = new FakeFetch((_call, index) => (index < 4 ? { status: 503, body: { code: '503', message: 'busy', status: 'UNAVAILABLE' } } : { status: 200, body: { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' } }));
    const api = createClient({
      projectId: 'p-1', credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic', baseUrl: 'https://api.test/', fetch: fake.fetch, clock,
      random: () => 0.999, ...(retryBaseDelayMs === undefined ? {} : { retryBaseDelayMs }),
    });
    await api.get('+12025550134');
    return clock.sleeps;
  }

  it('doubles its ceiling from 500 ms by default, and from the configured base when one is given', async () => {
    assert.deepEqual(await sleepsFor(undefined), [499, 999, 1998, 3996]);
    assert.deepEqual(await sleepsFor(50), [49, 99, 199, 399]);
  });
});
