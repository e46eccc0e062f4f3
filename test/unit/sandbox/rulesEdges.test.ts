// Rules at their edges, as a client sees them: what a new number looks like, the code of each call,
// what text-enable accepts (offsets, trimmed text, an empty or matching projectId, a null LoA) and
// where a toll-free schedule comes from, which URLs a callback may go to, and the 404's words.
import * as assert from 'node:assert/strict';
import type { AddNumbersResponse, HostingOrder, TextEnableNumbersResponse } from '../../../src/api/types';
import type { RunningSandbox } from '../../../src/sandbox';
import { challengeCode } from '../../../src/sandbox/lifecycle';
import { orderId } from '../../../src/sandbox/seed';
import { BASE, DIRECT_LOA, get, numberPath, post, PROJECT, startTestSandbox, textEnableBody, tollFreeBody, verifiedNumber, violations } from './helpers';

const ENABLE = `${BASE}/qualifiedNumbers:textEnableNumbers`;
const ENABLE_TF = `${BASE}/qualifiedNumbers:textEnableTollFreeNumbers`;
type Order = HostingOrder & { scheduledZipwhipProvisioningTime?: string };

describe('sandbox rules at their edges', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0, seed: 3 });
  });
  afterEach(() => sb.close());

  it('shows a new number as waiting for every check, with nothing hosted', async () => {
    const reply = await post<AddNumbersResponse>(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+14165550123'] });
    assert.deepEqual(reply.body.qualifiedNumbers, [{
      phoneNumber: '+14165550123', projectId: PROJECT, regionCode: 'CA', globalProcessState: 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING',
      osrEligibility: { status: 'WAITING' }, ownershipVerification: { status: 'STATE_UNSPECIFIED' }, hostedNumber: { status: 0 },
      createdTime: '2025-01-06T09:00:00.000Z', updatedTime: '2025-01-06T09:00:00.000Z',
    }]);
  });

  it('says the code of call n as documented: from the seed, the number and n', async () => {
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
    sb.advanceClock(30);
    for (let n = 1; n <= 3; n++) {
      assert.equal((await post(sb, numberPath('+12025550134', 'sendVoiceChallenge'))).status, 200);
      assert.equal(sb.lastCode(PROJECT, '+12025550134'), challengeCode(3, '+12025550134', n), `call ${n}`);
    }
  });

  it('words the 404 of a number it does not hold', async () => {
    const reply = await get(sb, numberPath('+12025550199'));
    assert.deepEqual(reply.body, { code: '404', message: `The qualified number +12025550199 could not be found in project ${PROJECT}.`, status: 'NOT_FOUND' });
  });

  it('reads an E.164 +1 number with an impossible area code as such, not as a foreign number', async () => {
    const reply = await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+11234567890'] });
    assert.deepEqual(violations(reply), [{ field: 'phoneNumbers[0]', description: '"+11234567890" is not a valid US/CA number in E.164 format: area code 123 cannot start with 1' }]);
  });

  it('accepts an empty or matching projectId, a null LoA beside a real one, offsets in times, and keeps text trimmed', async () => {
    await verifiedNumber(sb, '+12025550134');
    await verifiedNumber(sb, '+12025550135');
    await verifiedNumber(sb, '+12025550136');
    const { directLoaInfo: _d, ...body } = textEnableBody(['+12025550134'], {
      projectId: '', servicePlanId: '  plan-7  ', scheduledOsrUpdateTime: '2025-02-01T10:00:00+02:00',
    });
    const first = await post<TextEnableNumbersResponse>(sb, ENABLE, { ...body, directLoaInfo: { ...DIRECT_LOA, authorisedPerson: { ...DIRECT_LOA.authorisedPerson, firstName: '  Jane ' } } });
    assert.equal(first.status, 200, first.text);
    const order = (await get<Order>(sb, `${BASE}/hostingOrders/${first.body.hostingOrderId}`)).body;
    assert.equal(order.servicePlanId, 'plan-7');
    assert.equal(order.hostingOrderInfo?.authorisedPerson?.firstName, 'Jane');
    assert.equal(order.scheduledOsrUpdateTime, '2025-02-01T10:00:00+02:00');
    assert.equal((await post(sb, ENABLE, textEnableBody(['+12025550135'], { projectId: PROJECT }))).status, 200, 'the path\'s own project ID');
    const nullLoa = await post(sb, ENABLE, textEnableBody(['+12025550136'], { directLoaInfo: null, blanketLoaInfo: {} }));
    assert.deepEqual(violations(nullLoa), [{ field: 'directLoaInfo', description: 'must be an object' }], 'a null LoA is not counted as a second one');
  });

  it('sends callbacks only to http and https URLs', async () => {
    await verifiedNumber(sb, '+12025550134');
    for (const callbackUrl of ['xhttp://example.com/hook', 'httpx://example.com/hook', 'ftp://example.com/hook', 'example.com/hook']) {
      const reply = await post(sb, ENABLE, textEnableBody(['+12025550134'], { callbackUrl }));
      assert.deepEqual(violations(reply), [{ field: 'callbackUrl', description: 'must be an http:// or https:// URL' }], callbackUrl);
    }
    assert.equal((await post(sb, ENABLE, textEnableBody(['+12025550134'], { callbackUrl: 'http://127.0.0.1:9/hook' }))).status, 200);
  });

  it('takes the toll-free schedule from the request over the one in the LoA', async () => {
    await verifiedNumber(sb, '+18335550142');
    const reply = await post<Order>(sb, ENABLE_TF, tollFreeBody(['+18335550142'], {
      scheduledZipwhipProvisioningTime: '2025-03-01T00:00:00Z', migrateToSinchTmo: false,
      directLoaInfo: { ...DIRECT_LOA, scheduledZipwhipProvisioningTime: '2025-04-01T00:00:00Z', migrateToSinchTmo: true },
    }));
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.scheduledZipwhipProvisioningTime, '2025-03-01T00:00:00Z');
    assert.equal(reply.body.migrateToSinchTmo, false);
  });

  it('rejects only campaigns and names that start with REJECT', async () => {
    await verifiedNumber(sb, '+12025550134');
    const reply = await post<TextEnableNumbersResponse>(sb, ENABLE, textEnableBody(['+12025550134'], { campaignId: 'CNOREJECT1', displayName: 'Do not reject' }));
    sb.advanceClock(70);
    assert.equal((await get<Order>(sb, `${BASE}/hostingOrders/${reply.body.hostingOrderId}`)).body.state, 'COMPLETED');
  });

  it('words the refusal of a call or a code the number\'s state does not allow', async () => {
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
    const early = await post(sb, numberPath('+12025550134', 'sendVoiceChallenge'));
    assert.deepEqual(early.body, {
      code: '400', status: 'FAILED_PRECONDITION',
      message: '+12025550134 is GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING; a voice challenge can be sent only to ELIGIBLE, VERIFICATION_PENDING or VERIFICATION_FAILED numbers.',
    });
    const verify = await post(sb, numberPath('+12025550134', 'verifyVoiceChallenge'), { code: '1234' });
    assert.equal(verify.body.message, 'No voice challenge is waiting for +12025550134 (it is GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING); send one first.');
  });
});

describe('sandbox orders in a seeded project', () => {
  it('gives a new order an ID no seeded order has, and leaves the seeded orders as they were', async () => {
    const sb = await startTestSandbox({ numbers: 60 });
    try {
      const seeded: string[] = [];
      for (let seq = 1; seq < 30; seq++) {
        const id = orderId(1, PROJECT, seq);
        if ((await get(sb, `${BASE}/hostingOrders/${id}`)).status !== 200) break;
        seeded.push(id);
      }
      assert.ok(seeded.length >= 3, `seeded orders: ${seeded.length}`);
      const before = await Promise.all(seeded.map(async (id) => (await get<Order>(sb, `${BASE}/hostingOrders/${id}`)).body.numbers));
      await verifiedNumber(sb, '+12025550134');
      const filed: string[] = [];
      for (const phone of ['+12025550134']) {
        const reply = await post<TextEnableNumbersResponse>(sb, ENABLE, textEnableBody([phone]));
        assert.equal(reply.status, 200, reply.text);
        filed.push(reply.body.hostingOrderId);
      }
      assert.ok(filed.every((id) => !seeded.includes(id)), 'a new ID');
      assert.equal(filed[0], orderId(1, PROJECT, seeded.length + 1), 'the next in the sequence');
      const after = await Promise.all(seeded.map(async (id) => (await get<Order>(sb, `${BASE}/hostingOrders/${id}`)).body.numbers));
      assert.deepEqual(after, before);
    } finally {
      await sb.close();
    }
  });
});
