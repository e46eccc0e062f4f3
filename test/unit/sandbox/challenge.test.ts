import * as assert from 'node:assert/strict';
import type { QualifiedNumber } from '../../../src/api/types';
import type { RunningSandbox, SandboxEvent } from '../../../src/sandbox';
import { assertViolation, BASE, getNumber, listAll, numberPath, post, PROJECT, startTestSandbox, stateOf } from './helpers';

const ADD = `${BASE}/qualifiedNumbers:addNumbers`;
const PHONE = '+12025550134';

async function sendChallenge(sb: RunningSandbox, phone = PHONE) {
  return post<QualifiedNumber>(sb, numberPath(phone, 'sendVoiceChallenge'));
}
async function verify(sb: RunningSandbox, code: string, phone = PHONE) {
  return post<QualifiedNumber>(sb, numberPath(phone, 'verifyVoiceChallenge'), { code });
}
function wrongCode(right: string): string {
  return right === '0000' ? '1111' : '0000';
}

describe('sandbox lifecycle: eligibility and voice challenges', () => {
  let sb: RunningSandbox;
  let events: SandboxEvent[];
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0, seed: 42 });
    events = [];
    sb.onEvent((e) => events.push(e));
  });
  afterEach(() => sb.close());

  it('checks eligibility over 30 virtual seconds, stamping updatedTime at each step', async () => {
    await post(sb, ADD, { phoneNumbers: [PHONE, '+12025550042'] });
    sb.advanceClock(4.9);
    assert.deepEqual((await getNumber(sb, PHONE)).osrEligibility, { status: 'WAITING' });
    sb.advanceClock(0.1);
    const checking = await getNumber(sb, PHONE);
    assert.equal(checking.globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    assert.deepEqual(checking.osrEligibility, { status: 'IN_PROGRESS' });
    assert.equal(checking.updatedTime, '2025-01-06T09:00:05.000Z');
    sb.advanceClock(24);
    assert.equal(await stateOf(sb, PHONE), 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    // Far past the result: the step is stamped with the time it was due, not the time we looked.
    sb.advanceClock(3600);
    const eligible = await getNumber(sb, PHONE);
    assert.equal(eligible.globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE');
    assert.deepEqual(eligible.osrEligibility, { status: 'DONE' });
    assert.equal(eligible.updatedTime, '2025-01-06T09:00:30.000Z');

    const refused = await getNumber(sb, '+12025550042');
    assert.equal(refused.globalProcessState, 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE', 'line numbers 0000-0099 are not eligible');
    assert.equal(refused.osrEligibility?.status, 'FAILED');
    assert.match(refused.osrEligibility?.error ?? '', /not eligible/);
  });

  it('places a voice call with a 4-6 digit code, readable by event, JS API and /_sandbox/calls/last', async () => {
    await post(sb, ADD, { phoneNumbers: [PHONE] });
    const early = await sendChallenge(sb);
    assert.equal(early.status, 400, 'no call before the number is eligible');
    assert.equal(early.body.globalProcessState, undefined);
    sb.advanceClock(30);

    const reply = await sendChallenge(sb);
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING');
    assert.deepEqual(reply.body.ownershipVerification, { status: 'IN_PROGRESS' });
    const call = events.find((e): e is Extract<SandboxEvent, { type: 'voiceCall' }> => e.type === 'voiceCall');
    assert.ok(call);
    assert.equal(call.phoneNumber, PHONE);
    assert.equal(call.projectId, PROJECT);
    assert.match(call.code, /^\d{4,6}$/);
    assert.equal(sb.lastCode(PROJECT, PHONE), call.code);
    const viaHttp = (await (await fetch(`${sb.url}/_sandbox/calls/last?projectId=${PROJECT}&phoneNumber=${encodeURIComponent(PHONE)}`)).json()) as { code: string };
    assert.equal(viaHttp.code, call.code);
  });

  it('verifies with the right code: VERIFIED, ownership DONE', async () => {
    await post(sb, ADD, { phoneNumbers: [PHONE] });
    sb.advanceClock(30);
    await sendChallenge(sb);
    sb.advanceClock(7);
    const reply = await verify(sb, sb.lastCode(PROJECT, PHONE) ?? '');
    assert.equal(reply.status, 200);
    assert.equal(reply.body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFIED');
    assert.deepEqual(reply.body.ownershipVerification, { status: 'DONE' });
    assert.equal(reply.body.updatedTime, '2025-01-06T09:00:37.000Z');
    // Nothing is waiting any more.
    assert.equal(((await verify(sb, '1234')).body as { status?: string }).status, 'FAILED_PRECONDITION');
  });

  it('fails on a wrong code, still accepts the right one after, and blocks on the third wrong code in a row', async () => {
    await post(sb, ADD, { phoneNumbers: [PHONE, '+12025550135'] });
    sb.advanceClock(30);
    await sendChallenge(sb);
    const code = sb.lastCode(PROJECT, PHONE) ?? '';

    const first = await verify(sb, wrongCode(code));
    assert.equal(first.status, 200);
    assert.equal(first.body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED');
    assert.equal(first.body.ownershipVerification?.status, 'FAILED');
    assert.match(first.body.ownershipVerification?.error ?? '', /2 more wrong codes block/);

    // A new call does not reset the count of wrong codes.
    assert.equal((await sendChallenge(sb)).body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING');
    const newCode = sb.lastCode(PROJECT, PHONE) ?? '';
    assert.equal((await verify(sb, wrongCode(newCode))).body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED');
    const third = await verify(sb, wrongCode(newCode));
    assert.equal(third.body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED');
    assert.match(third.body.ownershipVerification?.error ?? '', /blocked/i);

    const blockedCall = await sendChallenge(sb);
    assert.equal(blockedCall.status, 400);
    assert.equal((blockedCall.body as { status?: string }).status, 'FAILED_PRECONDITION');
    assert.equal((await verify(sb, newCode)).status, 400, 'even the right code no longer helps');

    // The other number: wrong, then right -> VERIFIED.
    await sendChallenge(sb, '+12025550135');
    const other = sb.lastCode(PROJECT, '+12025550135') ?? '';
    await verify(sb, wrongCode(other), '+12025550135');
    assert.equal((await verify(sb, other, '+12025550135')).body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFIED');
  });

  it('seeds failed numbers as one wrong code would leave them: tries left in the error, the call\'s code still good', async () => {
    const seeded = await startTestSandbox({ seed: 42 });
    try {
      const [failed] = await listAll(seeded, 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED');
      assert.ok(failed, 'the seed has a failed number');
      assert.equal(failed.ownershipVerification?.error, 'The code entered does not match the code in the voice call. 2 more wrong codes block the number.');
      const code = seeded.lastCode(PROJECT, failed.phoneNumber) ?? '';
      const second = await verify(seeded, wrongCode(code), failed.phoneNumber);
      assert.match(second.body.ownershipVerification?.error ?? '', /1 more wrong code blocks the number\.$/);
      assert.equal((await verify(seeded, code, failed.phoneNumber)).body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFIED');
    } finally {
      await seeded.close();
    }
  });

  it('validates the verify body and answers 404 for unknown numbers', async () => {
    await post(sb, ADD, { phoneNumbers: [PHONE] });
    assertViolation(await post(sb, numberPath(PHONE, 'verifyVoiceChallenge'), {}), 'code', /required/);
    assertViolation(await post(sb, numberPath(PHONE, 'verifyVoiceChallenge'), { code: 1234 }), 'code');
    assert.equal((await sendChallenge(sb, '+13035550100')).status, 404);
    assert.equal((await verify(sb, '1234', '+13035550100')).status, 404);
  });

  it('derives codes from the seed, the number and the attempt: same seed, same codes', async () => {
    const other = await startTestSandbox({ numbers: 0, seed: 42 });
    try {
      const codes: string[][] = [];
      for (const s of [sb, other]) {
        await post(s, ADD, { phoneNumbers: [PHONE] });
        s.advanceClock(30);
        const seen: string[] = [];
        for (let i = 0; i < 3; i++) {
          await sendChallenge(s);
          seen.push(s.lastCode(PROJECT, PHONE) ?? '');
        }
        codes.push(seen);
      }
      assert.deepEqual(codes[0], codes[1]);
      assert.ok(codes[0].every((c) => /^\d{4,6}$/.test(c)));
    } finally {
      await other.close();
    }
  });
});
