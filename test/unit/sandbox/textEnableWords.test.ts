// Text-enable requests at their edges: the words of each refusal, which optional fields the
// hosting order keeps (and where toll-free requests may put theirs), and the refusals that
// depend on the numbers' states, word for word.
import * as assert from 'node:assert/strict';
import type { HostingOrder, TextEnableNumbersResponse } from '../../../src/api/types';
import type { RunningSandbox } from '../../../src/sandbox';
import {
  BASE, DIRECT_LOA, del, get, numberPath, post, PROJECT, startTestSandbox, textEnableBody, tollFreeBody, verifiedNumber, violations, type Reply,
} from './helpers';

const ENABLE = `${BASE}/qualifiedNumbers:textEnableNumbers`;
const ENABLE_TF = `${BASE}/qualifiedNumbers:textEnableTollFreeNumbers`;
const orderPath = (id: string): string => `${BASE}/hostingOrders/${id}`;
type Order = HostingOrder & { scheduledZipwhipProvisioningTime?: string };

function described(reply: Pick<Reply<unknown>, 'status' | 'text' | 'body'>, field: string): string | undefined {
  assert.equal(reply.status, 400, reply.text);
  return violations(reply).find((v) => v.field === field)?.description;
}

describe('sandbox text-enable words', () => {
  let sb: RunningSandbox;
  before(async () => {
    sb = await startTestSandbox({ numbers: 0 });
    await verifiedNumber(sb, '+12025550134');
    await verifiedNumber(sb, '+18335550142');
  });
  after(() => sb.close());

  it('names the request in its message, toll-free or not', async () => {
    assert.equal((await post(sb, ENABLE, {})).body.message, 'The text-enable request is not valid.');
    assert.equal((await post(sb, ENABLE_TF, {})).body.message, 'The toll-free text-enable request is not valid.');
  });

  it('tells a missing field from one of the wrong type, blank or too long', async () => {
    const reply = await post(sb, ENABLE, textEnableBody(['+12025550134'], {
      regionCode: null, servicePlanId: 5, displayName: 'd'.repeat(256), nnid: 7, campaignId: ' ',
    }));
    assert.equal(described(reply, 'regionCode'), 'is required');
    assert.equal(described(reply, 'servicePlanId'), 'must be a string');
    assert.equal(described(reply, 'displayName'), 'must be at most 255 characters');
    assert.equal(described(reply, 'nnid'), 'must be a string');
    assert.equal(described(reply, 'campaignId'), undefined, 'an optional text may be blank');
    assert.equal(described(await post(sb, ENABLE, textEnableBody(['+12025550134'], { regionCode: 'us' })), 'regionCode'), '"us" is not supported; Sinch hosts numbers in US and CA only');
    assert.equal(described(await post(sb, ENABLE, textEnableBody(['+12025550134'], { servicePlanId: ' ' })), 'servicePlanId'), 'must not be empty');
    assert.equal((await post(sb, ENABLE, textEnableBody(['+12025550134'], { displayName: 'd'.repeat(255), campaignId: 'REJECT' }))).status, 200, '255 characters are fine');
  });

  it('words the LoA problems: its type, the person, the address, one LoA only', async () => {
    const notObject = await post(sb, ENABLE, textEnableBody(['+12025550134'], { directLoaInfo: 'signed' }));
    assert.equal(described(notObject, 'directLoaInfo'), 'must be an object');
    const person = await post(sb, ENABLE, textEnableBody(['+12025550134'], { directLoaInfo: { ...DIRECT_LOA, authorisedPerson: 'Jane', address: null } }));
    assert.equal(described(person, 'directLoaInfo.authorisedPerson'), 'must be an object');
    assert.equal(described(person, 'directLoaInfo.address'), 'is required');
    const email = await post(sb, ENABLE, textEnableBody(['+12025550134'], { directLoaInfo: { ...DIRECT_LOA, authorisedPerson: { ...DIRECT_LOA.authorisedPerson, email: 'jane' } } }));
    assert.equal(described(email, 'directLoaInfo.authorisedPerson.email'), 'is not an email address');
    const blanket = await post(sb, ENABLE, textEnableBody(['+12025550134'], { directLoaInfo: undefined, blanketLoaInfo: 'yes' }));
    assert.equal(described(blanket, 'blanketLoaInfo'), 'must be an empty object {}');
    const three = await post(sb, ENABLE, textEnableBody(['+12025550134'], { resellerLoaInfo: { ...DIRECT_LOA, businessName: 'Acme' }, blanketLoaInfo: {} }));
    assert.deepEqual(violations(three).filter((v) => v.field.endsWith('LoaInfo')), [
      { field: 'resellerLoaInfo', description: 'give exactly one of directLoaInfo, resellerLoaInfo or blanketLoaInfo; directLoaInfo and resellerLoaInfo and blanketLoaInfo were both given' },
    ]);
    const none = await post(sb, ENABLE_TF, tollFreeBody(['+18335550142'], { directLoaInfo: null }));
    assert.equal(described(none, 'directLoaInfo'), 'must be an object');
  });

  it('points out the American spelling in a reseller LoA too, but not when the British one came as well', async () => {
    const { authorisedPerson, ...rest } = DIRECT_LOA;
    const american = await post(sb, ENABLE, textEnableBody(['+12025550134'], { directLoaInfo: undefined, resellerLoaInfo: { ...rest, businessName: 'Acme', authorizedPerson: authorisedPerson } }));
    assert.equal(described(american, 'resellerLoaInfo.authorisedPerson'), 'is required (the wire name uses the British spelling "authorisedPerson"; "authorizedPerson" was sent)');
    const missing = await post(sb, ENABLE, textEnableBody(['+12025550134'], { directLoaInfo: rest }));
    assert.equal(described(missing, 'directLoaInfo.authorisedPerson'), 'is required');
    const both = await post(sb, ENABLE, textEnableBody(['+12025550134'], { directLoaInfo: { ...rest, authorisedPerson: 'Jane Doe', authorizedPerson: authorisedPerson } }));
    assert.equal(described(both, 'directLoaInfo.authorisedPerson'), 'must be an object');
  });

  it('words the toll-free refusals and a project ID that differs from the path, cut at 60', async () => {
    const { directLoaInfo: _d, ...rest } = tollFreeBody(['+18335550142']);
    assert.equal(described(await post(sb, ENABLE_TF, rest), 'directLoaInfo'), 'a Letter of Authorization is required: give exactly one of directLoaInfo or resellerLoaInfo');
    const blanket = await post(sb, ENABLE_TF, { ...rest, directLoaInfo: DIRECT_LOA, blanketLoaInfo: {} });
    assert.deepEqual(violations(blanket).filter((v) => v.field === 'blanketLoaInfo').map((v) => v.description), [
      'give exactly one of directLoaInfo or resellerLoaInfo; directLoaInfo and blanketLoaInfo were both given',
      'is not accepted for toll-free numbers; use directLoaInfo or resellerLoaInfo',
    ]);
    assert.equal(described(await post(sb, ENABLE_TF, tollFreeBody(['+18335550142'], { campaignId: 'C1' })), 'campaignId'), 'is not accepted for toll-free numbers (10DLC campaigns apply to standard numbers only)');
    const other = `other-${'p'.repeat(70)}`;
    assert.equal(described(await post(sb, ENABLE, textEnableBody(['+12025550134'], { projectId: other })), 'projectId'), `"${other.slice(0, 60)}" does not match the project in the path (${PROJECT})`);
    assert.equal((await post(sb, ENABLE_TF, tollFreeBody(['+18335550142'], { projectId: 'someone-else' }))).status, 200, 'toll-free requests carry no projectId to compare');
  });

  it('words the states that refuse a text enable', async () => {
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550177'] });
    const pending = await post(sb, ENABLE, textEnableBody(['+12025550177']));
    assert.equal(pending.body.message, 'Some numbers are not ready to be text-enabled.');
    assert.deepEqual(violations(pending), [{ field: 'numbers[0]', description: '+12025550177 is GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING; only VERIFIED or HOSTING_FAILED numbers can be text-enabled' }]);
    const unknown = await post(sb, ENABLE, textEnableBody(['+12025550199']));
    assert.equal(unknown.body.message, `These numbers are not qualified numbers of project ${PROJECT}: +12025550199. Add them first.`);
    const hosting = await post(sb, ENABLE, textEnableBody(['+12025550134']));
    assert.equal(hosting.status, 409);
    assert.equal(hosting.body.message, 'These numbers are already text-enabled or being text-enabled: +12025550134 (GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS).');
    const refused = await del(sb, numberPath('+12025550134'));
    assert.match(String(refused.body.message), /^\+12025550134 is in hosting order [0-9a-z]{26}; it can be deleted once the order has finished\.$/);
    const lost = await get(sb, orderPath(`${'z'.repeat(80)}`));
    assert.equal(lost.body.message, `The hosting order ${'z'.repeat(60)} could not be found in project ${PROJECT}.`);
  });
});

describe('sandbox hosting orders: what they keep', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0 });
  });
  afterEach(() => sb.close());

  it('keeps every optional field of a standard request, and the default NNID when none is given', async () => {
    await verifiedNumber(sb, '+12025550134');
    await verifiedNumber(sb, '+12025550135');
    const full = await post<TextEnableNumbersResponse>(sb, ENABLE, textEnableBody(['+12025550134'], {
      displayName: 'Launch', nnid: '123456', scheduledOsrUpdateTime: '2025-02-01T10:00:00Z', migrateToSinchTmo: false, callbackUrl: 'https://example.com/hook',
    }));
    assert.equal(full.status, 200, full.text);
    const order = (await get<Order>(sb, orderPath(full.body.hostingOrderId))).body;
    assert.deepEqual(order, {
      projectId: PROJECT,
      hostingOrderId: full.body.hostingOrderId,
      regionCode: 'US',
      state: 'SUBMITTED',
      type: 'TYPE_TEXT_ENABLE',
      createdTime: '2025-01-06T09:01:00.000Z',
      updatedTime: '2025-01-06T09:01:00.000Z',
      servicePlanId: '0123456789abcdef0123456789abcdef',
      hostingOrderInfo: { serviceProvider: 'Sinch America Inc.', loaType: 'DIRECT', ...DIRECT_LOA, nnid: '123456' },
      numbers: ['+12025550134'],
      displayName: 'Launch',
      campaignId: 'CABC123',
      scheduledOsrUpdateTime: '2025-02-01T10:00:00Z',
      migrateToSinchTmo: false,
      callbackUrl: 'https://example.com/hook',
    });
    const { campaignId: _c, directLoaInfo: _d, ...bare } = textEnableBody(['+12025550135']);
    const plain = await post<TextEnableNumbersResponse>(sb, ENABLE, { ...bare, blanketLoaInfo: {} });
    const minimal = (await get<Order>(sb, orderPath(plain.body.hostingOrderId))).body;
    assert.deepEqual(minimal.hostingOrderInfo, { serviceProvider: 'Sinch America Inc.', loaType: 'BLANKET', nnid: '104029' });
    for (const key of ['displayName', 'campaignId', 'scheduledOsrUpdateTime', 'migrateToSinchTmo', 'callbackUrl', 'scheduledZipwhipProvisioningTime']) {
      assert.ok(!(key in minimal), `${key} only when given`);
    }
  });

  it('takes the toll-free schedule and migration flag from the request or from the LoA, and keeps no NNID', async () => {
    await verifiedNumber(sb, '+18335550142');
    await verifiedNumber(sb, '+18335550143');
    const top = await post<Order>(sb, ENABLE_TF, tollFreeBody(['+18335550142'], {
      directLoaInfo: DIRECT_LOA, scheduledZipwhipProvisioningTime: '2025-03-01T00:00:00Z', migrateToSinchTmo: false,
    }));
    assert.equal(top.status, 200, top.text);
    assert.equal(top.body.scheduledZipwhipProvisioningTime, '2025-03-01T00:00:00Z');
    assert.equal(top.body.migrateToSinchTmo, false);
    assert.deepEqual(top.body.hostingOrderInfo, { serviceProvider: 'Sinch America Inc.', loaType: 'DIRECT', ...DIRECT_LOA });
    const reseller = await post<Order>(sb, ENABLE_TF, tollFreeBody(['+18335550143'], {
      directLoaInfo: undefined, resellerLoaInfo: { ...DIRECT_LOA, businessName: 'Acme', scheduledZipwhipProvisioningTime: '2025-04-01T00:00:00Z', migrateToSinchTmo: true },
    }));
    assert.equal(reseller.status, 200, reseller.text);
    assert.equal(reseller.body.scheduledZipwhipProvisioningTime, '2025-04-01T00:00:00Z');
    assert.equal(reseller.body.migrateToSinchTmo, true);
    assert.deepEqual(reseller.body.hostingOrderInfo, { serviceProvider: 'Sinch America Inc.', loaType: 'RESELLER', businessName: 'Acme', ...DIRECT_LOA });
  });

  it('takes a toll-free request filed under CA: toll-free numbers have no region to disagree with', async () => {
    // A standard number must match the request's regionCode; toll-free numbers read as US, so the
    // same check on a toll-free request would refuse every CA filing.
    await verifiedNumber(sb, '+18335550142');
    const reply = await post<Order>(sb, ENABLE_TF, tollFreeBody(['+18335550142'], { regionCode: 'CA' }));
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.regionCode, 'CA');
    assert.deepEqual(reply.body.numbers, ['+18335550142']);
  });

  it('rejects an order whose displayName starts with REJECT, for the signer', async () => {
    await verifiedNumber(sb, '+12025550134');
    const { campaignId: _c, ...body } = textEnableBody(['+12025550134'], { displayName: 'reject this one' });
    const reply = await post<TextEnableNumbersResponse>(sb, ENABLE, body);
    sb.advanceClock(10);
    assert.equal((await get<Order>(sb, orderPath(reply.body.hostingOrderId))).body.state, 'REJECTED');
    const n = await get<{ hostedNumber: { status: number; error: string } }>(sb, numberPath('+12025550134'));
    assert.deepEqual(n.body.hostedNumber, { status: 2, error: `Hosting order ${reply.body.hostingOrderId} was rejected: The Letter of Authorization was declined by the signer.` });
  });
});
