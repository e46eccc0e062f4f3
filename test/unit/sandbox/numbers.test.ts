import * as assert from 'node:assert/strict';
import type { AddNumbersResponse, QualifiedNumber } from '../../../src/api/types';
import type { RunningSandbox } from '../../../src/sandbox';
import { assertViolation, BASE, del, get, getNumber, listAll, numberPath, post, startTestSandbox, verifiedNumber, textEnableBody } from './helpers';

const ADD = `${BASE}/qualifiedNumbers:addNumbers`;

describe('sandbox numbers: get, add, delete', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(() => sb.close());

  it('gets a seeded number by its E.164 path, with "+" sent plain or as %2B', async () => {
    const [first] = await listAll(sb, 'GLOBAL_PROCESS_STATE_VERIFIED');
    const plain = await getNumber(sb, first.phoneNumber);
    const encoded = await get<QualifiedNumber>(sb, numberPath(encodeURIComponent(first.phoneNumber)));
    assert.equal(encoded.status, 200);
    assert.deepEqual(encoded.body, plain);
    assert.equal(plain.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFIED');
    assert.match(plain.projectId ?? '', /^d1923022/);
    assert.ok(plain.regionCode === 'US' || plain.regionCode === 'CA');
    assert.deepEqual(plain.ownershipVerification, { status: 'DONE' });
    assert.ok(Date.parse(plain.createdTime ?? '') <= Date.parse(plain.updatedTime ?? ''));
  });

  it('answers 404 in Sinch\'s shape for an unknown number and 400 for a path that is not E.164', async () => {
    const missing = await get(sb, numberPath('+12025550134'));
    assert.equal(missing.status, 404);
    assert.deepEqual(Object.keys(missing.body).sort(), ['code', 'message', 'status']);
    assert.equal(missing.body.code, '404');
    assert.equal(missing.body.status, 'NOT_FOUND');
    assert.match(String(missing.body.message), /\+12025550134/);

    assertViolation(await get(sb, numberPath('12025550134')), 'phoneNumber', /E\.164/);
    assertViolation(await get(sb, numberPath('+1202abc0134')), 'phoneNumber');
  });

  it('adds a batch: each number starts its eligibility check, with its region and the virtual time', async () => {
    const reply = await post<AddNumbersResponse>(sb, ADD, { phoneNumbers: ['+12025550134', '+14165550123', '+18005550100'] });
    assert.equal(reply.status, 200, reply.text);
    const [dc, toronto, tollFree] = reply.body.qualifiedNumbers;
    assert.equal(dc.globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    assert.deepEqual(dc.osrEligibility, { status: 'WAITING' });
    assert.equal(dc.regionCode, 'US');
    assert.equal(toronto.regionCode, 'CA');
    assert.equal(tollFree.regionCode, 'US');
    assert.equal(dc.createdTime, '2025-01-06T09:00:00.000Z');
    assert.equal(dc.updatedTime, dc.createdTime);
    assert.deepEqual(await getNumber(sb, '+14165550123'), toronto);
  });

  it('refuses to add a number that already exists with 409 ALREADY_EXISTS, and adds nothing of that batch', async () => {
    await post(sb, ADD, { phoneNumbers: ['+12025550134'] });
    const again = await post(sb, ADD, { phoneNumbers: ['+12025550135', '+12025550134'] });
    assert.equal(again.status, 409);
    assert.equal(again.body.status, 'ALREADY_EXISTS');
    assert.match(String(again.body.message), /\+12025550134/);
    assert.equal((await get(sb, numberPath('+12025550135'))).status, 404);
  });

  it('validates the batch: required, non-empty, at most 500, E.164 US/CA numbers, no duplicates', async () => {
    assertViolation(await post(sb, ADD, {}), 'phoneNumbers', /required/);
    assertViolation(await post(sb, ADD, { phoneNumbers: '+12025550134' }), 'phoneNumbers', /list/);
    assertViolation(await post(sb, ADD, { phoneNumbers: [] }), 'phoneNumbers', /at least one/);
    const tooMany = Array.from({ length: 501 }, (_, i) => `+1202555${String(1000 + i).padStart(4, '0')}`);
    assertViolation(await post(sb, ADD, { phoneNumbers: tooMany }), 'phoneNumbers', /501 numbers; at most 500/);

    const bad = await post(sb, ADD, { phoneNumbers: ['+12025550134', '(202) 555-0135', '+442079460000', '+18762345678', '+1202555', 42, '+12025550134'] });
    assertViolation(bad, 'phoneNumbers[1]', /send it as \+12025550135/);
    assertViolation(bad, 'phoneNumbers[2]', /not a US\/CA number/);
    assertViolation(bad, 'phoneNumbers[3]', /JM; Sinch hosts US and CA numbers only/);
    assertViolation(bad, 'phoneNumbers[4]', /digits/);
    assertViolation(bad, 'phoneNumbers[5]', /must be a string/);
    assertViolation(bad, 'phoneNumbers[6]', /listed twice \(also phoneNumbers\[0\]\)/);
    assert.equal((await get(sb, numberPath('+12025550134'))).status, 404, 'an invalid batch adds nothing');
  });

  it('deletes a number (200 {}), after which it is gone; unknown numbers are 404', async () => {
    const [victim] = await listAll(sb, 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE');
    const reply = await del(sb, numberPath(victim.phoneNumber));
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, {});
    assert.equal((await get(sb, numberPath(victim.phoneNumber))).status, 404);
    assert.equal((await del(sb, numberPath(victim.phoneNumber))).status, 404);
    const remaining = await listAll(sb, 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE');
    assert.ok(!remaining.some((n) => n.phoneNumber === victim.phoneNumber));
  });

  it('refuses to delete a number while its hosting order runs, and allows it afterwards', async () => {
    await verifiedNumber(sb, '+12025550134');
    assert.equal((await post(sb, `${BASE}/qualifiedNumbers:textEnableNumbers`, textEnableBody(['+12025550134']))).status, 200);
    const refused = await del(sb, numberPath('+12025550134'));
    assert.equal(refused.status, 400);
    assert.equal(refused.body.status, 'FAILED_PRECONDITION');
    sb.advanceClock(70);
    assert.equal((await del(sb, numberPath('+12025550134'))).status, 200);
  });

  it('keeps a number deleted during its eligibility check gone when the check would have ended', async () => {
    // The check's steps are timed; a deleted number must not be stepped into a listing later.
    await post(sb, ADD, { phoneNumbers: ['+12025550134'] });
    assert.equal((await del(sb, numberPath('+12025550134'))).status, 200);
    sb.advanceClock(60);
    assert.equal((await get(sb, numberPath('+12025550134'))).status, 404);
    const eligible = await listAll(sb, 'GLOBAL_PROCESS_STATE_ELIGIBLE');
    assert.ok(!eligible.some((n) => n.phoneNumber === '+12025550134'), 'not listed as ELIGIBLE');
  });

  it('lets a deleted number be added again, starting afresh', async () => {
    await verifiedNumber(sb, '+12025550134');
    await del(sb, numberPath('+12025550134'));
    const readded = await post<AddNumbersResponse>(sb, ADD, { phoneNumbers: ['+12025550134'] });
    assert.equal(readded.body.qualifiedNumbers[0].globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
  });
});
