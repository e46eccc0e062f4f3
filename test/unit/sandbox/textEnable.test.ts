import * as assert from 'node:assert/strict';
import type { HostingOrder, TextEnableNumbersResponse } from '../../../src/api/types';
import type { RunningSandbox, SandboxEvent } from '../../../src/sandbox';
import {
  assertViolation, BASE, DIRECT_LOA, get, getNumber, listAll, post, PROJECT, startTestSandbox, textEnableBody, verifiedNumber, tollFreeBody,
} from './helpers';

const ENABLE = `${BASE}/qualifiedNumbers:textEnableNumbers`;
const ENABLE_TF = `${BASE}/qualifiedNumbers:textEnableTollFreeNumbers`;
const orderPath = (id: string): string => `${BASE}/hostingOrders/${id}`;

describe('sandbox text enable: validation', () => {
  let sb: RunningSandbox;
  before(async () => {
    sb = await startTestSandbox({ numbers: 0 });
    await verifiedNumber(sb, '+12025550134');
  });
  after(() => sb.close());

  it('requires regionCode (US or CA), numbers and servicePlanId', async () => {
    const empty = await post(sb, ENABLE, { directLoaInfo: DIRECT_LOA });
    assertViolation(empty, 'regionCode', /required/);
    assertViolation(empty, 'numbers', /required/);
    assertViolation(empty, 'servicePlanId', /required/);
    assertViolation(await post(sb, ENABLE, textEnableBody(['+12025550134'], { regionCode: 'MX' })), 'regionCode', /"MX" is not supported; Sinch hosts numbers in US and CA only/);
    assertViolation(await post(sb, ENABLE, textEnableBody([])), 'numbers', /at least one/);
    const many = Array.from({ length: 501 }, (_, i) => `+1202555${String(1000 + i)}`);
    assertViolation(await post(sb, ENABLE, textEnableBody(many)), 'numbers', /at most 500/);
    assertViolation(await post(sb, ENABLE, textEnableBody(['+12025550134'], { servicePlanId: '  ' })), 'servicePlanId', /empty/);
  });

  it('names malformed numbers, toll-free numbers on the standard endpoint and numbers of the other region', async () => {
    const reply = await post(sb, ENABLE, textEnableBody(['2025550134', '+18005550134', '+14165550123']));
    assertViolation(reply, 'numbers[0]', /send it as \+12025550134/);
    assertViolation(reply, 'numbers[1]', /\+18005550134 is toll-free; text-enable it with textEnableTollFreeNumbers/);
    assertViolation(reply, 'numbers[2]', /\+14165550123 is a CA number but regionCode is US/);
  });

  it('requires exactly one LoA, with every field of it', async () => {
    const { directLoaInfo: _omit, ...noLoa } = textEnableBody(['+12025550134']);
    assertViolation(await post(sb, ENABLE, noLoa), 'directLoaInfo', /exactly one of directLoaInfo, resellerLoaInfo or blanketLoaInfo/);
    assertViolation(await post(sb, ENABLE, textEnableBody(['+12025550134'], { blanketLoaInfo: {} })), 'blanketLoaInfo', /were both given/);

    const partial = await post(sb, ENABLE, textEnableBody(['+12025550134'], {
      directLoaInfo: { authorisedPerson: { firstName: 'Jane', lastName: 'Doe' }, address: { ...DIRECT_LOA.address, postalCode: '' } },
    }));
    assertViolation(partial, 'directLoaInfo.authorisedPerson.email', /required/);
    assertViolation(partial, 'directLoaInfo.address.postalCode', /empty/);
    assertViolation(partial, 'directLoaInfo.currentVoiceCarrier', /required/);

    const badEmail = { ...DIRECT_LOA, authorisedPerson: { ...DIRECT_LOA.authorisedPerson, email: 'jane-at-example' } };
    assertViolation(await post(sb, ENABLE, textEnableBody(['+12025550134'], { directLoaInfo: badEmail })), 'directLoaInfo.authorisedPerson.email', /not an email/);

    const { directLoaInfo: _d, ...rest } = textEnableBody(['+12025550134']);
    assertViolation(await post(sb, ENABLE, { ...rest, resellerLoaInfo: DIRECT_LOA }), 'resellerLoaInfo.businessName', /required/);

    const american = { address: DIRECT_LOA.address, currentVoiceCarrier: 'Verizon', authorizedPerson: DIRECT_LOA.authorisedPerson };
    assertViolation(await post(sb, ENABLE, textEnableBody(['+12025550134'], { directLoaInfo: american })), 'directLoaInfo.authorisedPerson', /British spelling/);
  });

  it('checks the optional fields: callbackUrl, scheduledOsrUpdateTime, migrateToSinchTmo, projectId', async () => {
    const reply = await post(sb, ENABLE, textEnableBody(['+12025550134'], {
      callbackUrl: 'ftp://example.com/hook', scheduledOsrUpdateTime: 'tomorrow', migrateToSinchTmo: 'yes', projectId: 'someone-else',
    }));
    assertViolation(reply, 'callbackUrl', /http/);
    assertViolation(reply, 'scheduledOsrUpdateTime', /ISO-8601/);
    assertViolation(reply, 'migrateToSinchTmo', /true or false/);
    assertViolation(reply, 'projectId', /does not match/);
  });

  it('toll-free: only toll-free numbers, direct or reseller LoA, no campaignId, no blanket LoA', async () => {
    assertViolation(await post(sb, ENABLE_TF, tollFreeBody(['+12025550134'])), 'numbers[0]', /\+12025550134 is not toll-free; text-enable it with textEnableNumbers/);
    assertViolation(await post(sb, ENABLE_TF, tollFreeBody(['+18005550134'], { campaignId: 'C1' })), 'campaignId', /not accepted for toll-free/);
    const { directLoaInfo: _d, ...rest } = tollFreeBody(['+18005550134']);
    assertViolation(await post(sb, ENABLE_TF, { ...rest, blanketLoaInfo: {} }), 'blanketLoaInfo', /not accepted for toll-free/);
    assertViolation(await post(sb, ENABLE_TF, rest), 'directLoaInfo', /directLoaInfo or resellerLoaInfo/);
    const badTime = tollFreeBody(['+18005550134'], { directLoaInfo: { ...DIRECT_LOA, scheduledZipwhipProvisioningTime: 'soon' } });
    assertViolation(await post(sb, ENABLE_TF, badTime), 'directLoaInfo.scheduledZipwhipProvisioningTime', /ISO-8601/);
  });

  it('answers 404 for numbers that are not in the project', async () => {
    const reply = await post(sb, ENABLE, textEnableBody(['+12025550134', '+12025550199']));
    assert.equal(reply.status, 404);
    assert.match(String(reply.body.message), /\+12025550199/);
    assert.doesNotMatch(String(reply.body.message), /\+12025550134/);
  });

  it('refuses numbers that are not VERIFIED (or HOSTING_FAILED), naming them', async () => {
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550177'] });
    const reply = await post(sb, ENABLE, textEnableBody(['+12025550134', '+12025550177']));
    assert.equal(reply.status, 400);
    assert.equal(reply.body.status, 'FAILED_PRECONDITION');
    const fields = (reply.body.details as Array<{ fieldViolations: Array<{ field: string; description: string }> }>)[0].fieldViolations;
    assert.deepEqual(fields.map((f) => f.field), ['numbers[1]']);
    assert.match(fields[0].description, /\+12025550177 is GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING/);
    assert.equal((await getNumber(sb, '+12025550134')).globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFIED', 'a refused request changes nothing');
  });

  it('answers an unparseable body with 400 and a non-object body with 400', async () => {
    const broken = await post(sb, ENABLE, '{"regionCode": "US",');
    assert.equal(broken.status, 400);
    assert.match(String(broken.body.message), /Invalid JSON payload/);
    assert.equal((await post(sb, ENABLE, [1, 2])).status, 400);
  });
});

describe('sandbox text enable: hosting orders over time', () => {
  let sb: RunningSandbox;
  let events: SandboxEvent[];
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0 });
    events = [];
    sb.onEvent((e) => events.push(e));
  });
  afterEach(() => sb.close());

  const orderStates = (): string[] => events.flatMap((e) => (e.type === 'hostingOrder' ? [e.state] : []));

  it('walks an order SUBMITTED -> WAITING_FOR_LOA_SIGNATURE -> IN_PROGRESS -> COMPLETED; its numbers end HOSTING_DONE or HOSTING_FAILED', async () => {
    await verifiedNumber(sb, '+12025550134');
    await verifiedNumber(sb, '+12025559950');
    const reply = await post<TextEnableNumbersResponse>(sb, ENABLE, textEnableBody(['+12025550134', '+12025559950'], { displayName: 'Spring launch', nnid: '123456' }));
    assert.equal(reply.status, 200, reply.text);
    const id = reply.body.hostingOrderId;
    assert.match(id, /^[0-9a-z]{26}$/);
    assert.deepEqual(Object.keys(reply.body), ['hostingOrderId']);

    const submitted = await get<HostingOrder>(sb, orderPath(id));
    assert.equal(submitted.body.state, 'SUBMITTED');
    assert.equal(submitted.body.type, 'TYPE_TEXT_ENABLE');
    assert.equal(submitted.body.projectId, PROJECT);
    assert.equal(submitted.body.displayName, 'Spring launch');
    assert.equal(submitted.body.campaignId, 'CABC123');
    assert.equal(submitted.body.hostingOrderInfo?.loaType, 'DIRECT');
    assert.equal(submitted.body.hostingOrderInfo?.nnid, '123456');
    assert.deepEqual(submitted.body.hostingOrderInfo?.authorisedPerson, DIRECT_LOA.authorisedPerson);
    assert.deepEqual(submitted.body.numbers, ['+12025550134', '+12025559950']);
    assert.equal((await getNumber(sb, '+12025550134')).globalProcessState, 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS');

    sb.advanceClock(10);
    assert.equal((await get<HostingOrder>(sb, orderPath(id))).body.state, 'WAITING_FOR_LOA_SIGNATURE');
    sb.advanceClock(30);
    assert.equal((await get<HostingOrder>(sb, orderPath(id))).body.state, 'IN_PROGRESS');
    sb.advanceClock(29);
    assert.equal((await getNumber(sb, '+12025550134')).globalProcessState, 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS');
    sb.advanceClock(1);
    const done = await get<HostingOrder>(sb, orderPath(id));
    assert.equal(done.body.state, 'COMPLETED');
    assert.ok(Date.parse(done.body.updatedTime ?? '') > Date.parse(done.body.createdTime ?? ''));

    const hosted = await getNumber(sb, '+12025550134');
    assert.equal(hosted.globalProcessState, 'GLOBAL_PROCESS_STATE_HOSTING_DONE');
    assert.deepEqual(hosted.hostedNumber, { status: 1 });
    const failed = await getNumber(sb, '+12025559950');
    assert.equal(failed.globalProcessState, 'GLOBAL_PROCESS_STATE_HOSTING_FAILED', 'line numbers 9900-9999 fail hosting');
    assert.equal(failed.hostedNumber?.status, 2);
    assert.match(failed.hostedNumber?.error ?? '', /OSR update was refused/);
    assert.deepEqual(orderStates(), ['SUBMITTED', 'WAITING_FOR_LOA_SIGNATURE', 'IN_PROGRESS', 'COMPLETED']);

    // Text enable again: 409 for the hosted number, fine for the failed one.
    const conflict = await post(sb, ENABLE, textEnableBody(['+12025550134']));
    assert.equal(conflict.status, 409);
    assert.match(String(conflict.body.message), /\+12025550134 \(GLOBAL_PROCESS_STATE_HOSTING_DONE\)/);
    const retry = await post<TextEnableNumbersResponse>(sb, ENABLE, textEnableBody(['+12025559950']));
    assert.equal(retry.status, 200);
    assert.notEqual(retry.body.hostingOrderId, id);
    assert.deepEqual((await getNumber(sb, '+12025559950')).hostedNumber, { status: 0 });
    assert.equal((await post(sb, ENABLE, textEnableBody(['+12025559950']))).status, 409, 'HOSTING_IN_PROGRESS is a conflict too');
  });

  it('rejects an order whose campaignId starts with REJECT at review, failing its numbers', async () => {
    await verifiedNumber(sb, '+12025550134');
    const reply = await post<TextEnableNumbersResponse>(sb, ENABLE, textEnableBody(['+12025550134'], { campaignId: 'REJECT-ME' }));
    sb.advanceClock(10);
    assert.equal((await get<HostingOrder>(sb, orderPath(reply.body.hostingOrderId))).body.state, 'REJECTED');
    const n = await getNumber(sb, '+12025550134');
    assert.equal(n.globalProcessState, 'GLOBAL_PROCESS_STATE_HOSTING_FAILED');
    assert.match(n.hostedNumber?.error ?? '', /rejected: Campaign REJECT-ME is not available/);
    assert.deepEqual(orderStates(), ['SUBMITTED', 'REJECTED']);
  });

  it('accepts a blanket LoA and a reseller LoA', async () => {
    await verifiedNumber(sb, '+12025550134');
    await verifiedNumber(sb, '+12025550135');
    const { directLoaInfo: _d, ...rest } = textEnableBody([]);
    const blanket = await post<TextEnableNumbersResponse>(sb, ENABLE, { ...rest, numbers: ['+12025550134'], blanketLoaInfo: {} });
    assert.equal(blanket.status, 200, blanket.text);
    assert.equal((await get<HostingOrder>(sb, orderPath(blanket.body.hostingOrderId))).body.hostingOrderInfo?.loaType, 'BLANKET');
    const reseller = await post<TextEnableNumbersResponse>(sb, ENABLE, { ...rest, numbers: ['+12025550135'], resellerLoaInfo: { ...DIRECT_LOA, businessName: 'Acme Resale' } });
    assert.equal(reseller.status, 200, reseller.text);
    const info = (await get<HostingOrder>(sb, orderPath(reseller.body.hostingOrderId))).body.hostingOrderInfo;
    assert.equal(info?.loaType, 'RESELLER');
    assert.equal(info?.businessName, 'Acme Resale');
  });

  it('text-enables toll-free numbers: the answer is the SUBMITTED order, which completes like the others', async () => {
    await verifiedNumber(sb, '+18335550142');
    const reply = await post<HostingOrder>(sb, ENABLE_TF, tollFreeBody(['+18335550142'], { displayName: 'Support line' }));
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.state, 'SUBMITTED');
    assert.equal(reply.body.type, 'TYPE_TEXT_ENABLE');
    assert.equal(reply.body.regionCode, 'US');
    assert.equal(reply.body.migrateToSinchTmo, true);
    assert.equal((reply.body as HostingOrder & { scheduledZipwhipProvisioningTime?: string }).scheduledZipwhipProvisioningTime, '2025-01-07T10:00:00Z');
    assert.equal(reply.body.campaignId, undefined);
    assert.equal(reply.body.hostingOrderInfo?.loaType, 'DIRECT');
    assert.deepEqual(await get<HostingOrder>(sb, orderPath(reply.body.hostingOrderId)).then((r) => r.body), reply.body);
    sb.advanceClock(70);
    assert.equal((await get<HostingOrder>(sb, orderPath(reply.body.hostingOrderId))).body.state, 'COMPLETED');
    assert.deepEqual((await getNumber(sb, '+18335550142')).hostedNumber, { status: 1 });
  });

  it('answers 404 for an unknown hosting order', async () => {
    const reply = await get(sb, orderPath('01arz3nhyrtsv4rrffq69g5fav'));
    assert.equal(reply.status, 404);
    assert.equal(reply.body.status, 'NOT_FOUND');
  });

  it('completes the seeded in-progress orders too', async () => {
    const seeded = await startTestSandbox({ numbers: 60 });
    try {
      const inProgress = await listAll(seeded, 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS');
      assert.ok(inProgress.length > 0);
      seeded.advanceClock(3600);
      assert.equal((await listAll(seeded, 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS')).length, 0);
    } finally {
      await seeded.close();
    }
  });
});
