import * as assert from 'node:assert/strict';
import { GLOBAL_PROCESS_STATES, type QualifiedNumber } from '../../../src/api/types';
import type { RunningSandbox, SandboxEvent } from '../../../src/sandbox';
import { BASE, call, get, listAll, numberPath, post, PROJECT, startTestSandbox } from './helpers';

const control = (sb: RunningSandbox, method: string, path: string, body?: unknown) => call(sb, method, `/_sandbox/${path}`, body, {});

async function everything(sb: RunningSandbox, project = PROJECT): Promise<QualifiedNumber[]> {
  const all: QualifiedNumber[] = [];
  for (const state of GLOBAL_PROCESS_STATES) {
    all.push(...(await listAll(sb, state, '').then((rows) => rows.filter((r) => r.projectId === project))));
  }
  return all;
}

describe('sandbox control endpoints and seeded data', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(() => sb.close());

  it('reads and advances the virtual clock', async () => {
    const clock = await control(sb, 'GET', 'clock');
    assert.deepEqual(clock.body, { now: '2025-01-06T09:00:00.000Z', nowMs: Date.parse('2025-01-06T09:00:00.000Z'), mode: 'manual', speed: 1 });
    const advanced = await control(sb, 'POST', 'clock', { advanceSeconds: 90 });
    assert.equal(advanced.body.now, '2025-01-06T09:01:30.000Z');
    sb.advanceClock(30);
    assert.equal((await control(sb, 'GET', 'clock')).body.now, '2025-01-06T09:02:00.000Z');
    const refused = await control(sb, 'POST', 'clock', { advanceSeconds: -5 });
    assert.equal(refused.status, 400);
    assert.match(JSON.stringify(refused.body), /advanceSeconds/);
    assert.equal((await control(sb, 'POST', 'clock', {})).status, 400);
  });

  it('moves numbers on a clock advance made over HTTP', async () => {
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
    await control(sb, 'POST', 'clock', { advanceSeconds: 30 });
    assert.equal((await get<QualifiedNumber>(sb, numberPath('+12025550134'))).body.globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE');
  });

  it('seeds 60 numbers over every state, US and CA, some toll-free, with errors on the failed ones', async () => {
    const all = await everything(sb);
    assert.equal(all.length, 60);
    for (const state of GLOBAL_PROCESS_STATES) assert.equal(all.filter((n) => n.globalProcessState === state).length, 6, state);
    assert.ok(all.some((n) => n.regionCode === 'CA'));
    assert.ok(all.some((n) => n.regionCode === 'US'));
    assert.ok(all.some((n) => /^\+1(800|833|844|855|866|877|888)/.test(n.phoneNumber)), 'some toll-free');
    const of = (s: string) => all.filter((n) => n.globalProcessState === `GLOBAL_PROCESS_STATE_${s}`);
    assert.ok(of('NOT_ELIGIBLE').every((n) => n.osrEligibility?.status === 'FAILED' && (n.osrEligibility.error ?? '').length > 20));
    assert.ok(of('VERIFICATION_FAILED').every((n) => n.ownershipVerification?.error));
    assert.ok(of('VERIFICATION_BLOCKED').every((n) => /blocked/i.test(n.ownershipVerification?.error ?? '')));
    assert.ok(of('HOSTING_FAILED').every((n) => n.hostedNumber?.status === 2 && n.hostedNumber.error));
    assert.ok(of('HOSTING_DONE').every((n) => n.hostedNumber?.status === 1));
    const created = all.map((n) => Date.parse(n.createdTime ?? ''));
    assert.ok(Math.max(...created) - Math.min(...created) > 7 * 86400_000, 'createdTime spread over past days');
    assert.ok(created.every((t) => t < Date.parse('2025-01-06T09:00:00.000Z')));
    // Seeded pending calls can be answered.
    const pending = of('VERIFICATION_PENDING')[0];
    const code = sb.lastCode(PROJECT, pending.phoneNumber);
    assert.ok(code);
    const verified = await post<QualifiedNumber>(sb, numberPath(pending.phoneNumber, 'verifyVoiceChallenge'), { code });
    assert.equal(verified.body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFIED');
  });

  it('gives the same data for the same seed and other data for another seed or project', async () => {
    const twin = await startTestSandbox();
    const other = await startTestSandbox({ seed: 2 });
    try {
      const mine = await everything(sb);
      assert.deepEqual(await everything(twin), mine);
      assert.notDeepEqual((await everything(other)).map((n) => n.phoneNumber), mine.map((n) => n.phoneNumber));
      const elsewhere = await call(sb, 'GET', '/v1/projects/another-project/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED');
      const theirs = (elsewhere.body.qualifiedNumbers as QualifiedNumber[]).map((n) => n.phoneNumber);
      assert.notDeepEqual(theirs, mine.filter((n) => n.globalProcessState === 'GLOBAL_PROCESS_STATE_VERIFIED').map((n) => n.phoneNumber));
    } finally {
      await twin.close();
      await other.close();
    }
  });

  it('keeps projects apart', async () => {
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
    assert.equal((await call(sb, 'GET', '/v1/projects/other/qualifiedNumbers/+12025550134')).status, 404);
  });

  it('seeds nothing with numbers: 0', async () => {
    const empty = await startTestSandbox({ numbers: 0 });
    try {
      assert.equal((await everything(empty)).length, 0);
    } finally {
      await empty.close();
    }
  });

  it('resets to fresh seeded data, optionally with a new seed, over HTTP and the JS API, and tells its listeners', async () => {
    const heard: SandboxEvent[] = [];
    const listening = sb.onEvent((event) => heard.push(event));
    const before = await everything(sb);
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
    sb.scriptFaults([{ kind: 'status', status: 500 }]);
    const reset = await control(sb, 'POST', 'reset', {});
    assert.deepEqual(reset.body, { seed: 1 });
    assert.equal((await get(sb, numberPath('+12025550134'))).status, 404, 'added number gone, fault gone');
    assert.deepEqual(await everything(sb), before);

    assert.deepEqual((await control(sb, 'POST', 'reset', { seed: 9 })).body, { seed: 9 });
    const nine = await everything(sb);
    assert.notDeepEqual(nine.map((n) => n.phoneNumber), before.map((n) => n.phoneNumber));
    sb.reset(1);
    assert.deepEqual(await everything(sb), before);
    assert.equal((await control(sb, 'POST', 'reset', { seed: 'x' })).status, 400);
    listening.dispose();
    // A client showing numbers learns that they are stale (the extension re-reads them, quietly).
    assert.deepEqual(heard.filter((e) => e.type === 'reset'), [{ type: 'reset', seed: 1 }, { type: 'reset', seed: 9 }, { type: 'reset', seed: 1 }]);
  });

  it('logs API requests (not control requests) with method, path, status and virtual time', async () => {
    await get(sb, numberPath('+12025550134'));
    await control(sb, 'GET', 'clock');
    sb.advanceClock(5);
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: [] });
    const expected = [
      { method: 'GET', path: numberPath('+12025550134'), status: 404, time: '2025-01-06T09:00:00.000Z' },
      { method: 'POST', path: `${BASE}/qualifiedNumbers:addNumbers`, status: 400, time: '2025-01-06T09:00:05.000Z' },
    ];
    assert.deepEqual(sb.requestLog(), expected);
    assert.deepEqual((await control(sb, 'GET', 'requests')).body.requests, expected);
    await control(sb, 'DELETE', 'requests');
    assert.deepEqual(sb.requestLog(), []);
  });

  it('serves the last call code and the event history over HTTP', async () => {
    const [eligible] = await listAll(sb, 'GLOBAL_PROCESS_STATE_ELIGIBLE');
    await post(sb, numberPath(eligible.phoneNumber, 'sendVoiceChallenge'));
    // "+" left unencoded in the query (as people type it in curl) is understood too.
    const last = await control(sb, 'GET', `calls/last?projectId=${PROJECT}&phoneNumber=${eligible.phoneNumber}`);
    assert.equal(last.status, 200);
    assert.equal(last.body.code, sb.lastCode(PROJECT, eligible.phoneNumber));
    assert.equal((await control(sb, 'GET', `calls/last?projectId=${PROJECT}&phoneNumber=%2B12025550134`)).status, 404);
    assert.equal((await control(sb, 'GET', 'calls/last')).status, 400);
    const events = (await control(sb, 'GET', 'events')).body.events as Array<{ time: string; event: { type: string; code?: string } }>;
    assert.equal(events.at(-1)?.event.type, 'voiceCall');
    assert.equal(events.at(-1)?.event.code, last.body.code);
  });

  it('answers unknown control paths with 404 and wrong methods with 405', async () => {
    assert.equal((await control(sb, 'GET', 'nothing')).status, 404);
    const wrong = await control(sb, 'DELETE', 'clock');
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, POST');
  });
});
