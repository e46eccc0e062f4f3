// The seeded data obeys the rules docs/SANDBOX.md gives for it ("Seeded data"), read over HTTP:
// states in turn, area codes and line ranges per state, times in the past 30 days, pending checks
// finishing 20-70 s after start, calls outstanding, and orders behind every hosted number.
import * as assert from 'node:assert/strict';
import { GLOBAL_PROCESS_STATES, type HostingOrder, type QualifiedNumber } from '../../../src/api/types';
import type { RunningSandbox } from '../../../src/sandbox';
import { orderId } from '../../../src/sandbox/seed';
import { BASE, get, listAll, numberPath, post, PROJECT, startTestSandbox } from './helpers';

const START = Date.parse('2025-01-06T09:00:00.000Z');
const US = ['201', '202', '206', '212', '303', '305', '312', '404', '415', '512', '617', '702'];
const CA = ['403', '416', '514', '604', '613', '780', '902'];
const TOLL_FREE = ['800', '833', '844', '855', '866', '877', '888'];
const S = (name: string): string => `GLOBAL_PROCESS_STATE_${name}`;
const line = (n: QualifiedNumber): number => Number(n.phoneNumber.slice(-4));

describe('sandbox seeded data rules', () => {
  let sb: RunningSandbox;
  let all: QualifiedNumber[];
  const of = (state: string): QualifiedNumber[] => all.filter((n) => n.globalProcessState === S(state));
  // A fresh sandbox for each test (not one for the file): mutation testing credits the seeding only
  // to the test it runs in, so each rule below must see the data seeded within its own test.
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 200, seed: 11 });
    all = [];
    for (const state of GLOBAL_PROCESS_STATES) all.push(...(await listAll(sb, state)));
  });
  afterEach(() => sb.close());

  it('gives each state a tenth of the numbers, all distinct', () => {
    assert.equal(all.length, 200);
    assert.equal(new Set(all.map((n) => n.phoneNumber)).size, 200);
    for (const state of GLOBAL_PROCESS_STATES) assert.equal(all.filter((n) => n.globalProcessState === state).length, 20, state);
  });

  it('uses the documented area codes, the region of each, and valid exchanges', () => {
    const areas = { US: new Set<string>(), CA: new Set<string>(), tollFree: new Set<string>() };
    for (const n of all) {
      const area = n.phoneNumber.slice(2, 5);
      const exchange = n.phoneNumber.slice(5, 8);
      assert.match(n.phoneNumber, /^\+1\d{10}$/);
      assert.ok(Number(exchange) >= 200 && Number(exchange) <= 999, n.phoneNumber);
      assert.notEqual(exchange.slice(1), '11', `${n.phoneNumber}: N11 codes are not exchanges`);
      if (TOLL_FREE.includes(area)) {
        areas.tollFree.add(area);
        assert.equal(n.regionCode, 'US', n.phoneNumber);
      } else if (CA.includes(area)) {
        areas.CA.add(area);
        assert.equal(n.regionCode, 'CA', n.phoneNumber);
      } else {
        assert.ok(US.includes(area), n.phoneNumber);
        areas.US.add(area);
        assert.equal(n.regionCode, 'US', n.phoneNumber);
      }
    }
    assert.ok(areas.US.size >= 6 && areas.CA.size >= 4 && areas.tollFree.size >= 3, JSON.stringify([areas.US.size, areas.CA.size, areas.tollFree.size]));
    const tollFree = all.filter((n) => TOLL_FREE.includes(n.phoneNumber.slice(2, 5))).length;
    const ca = all.filter((n) => n.regionCode === 'CA').length;
    assert.ok(tollFree >= 10 && tollFree <= 50, `about 15 % toll-free: ${tollFree}`);
    assert.ok(ca >= 25 && ca <= 80, `about 25 % CA: ${ca}`);
  });

  it('picks the line number by state: 00xx not eligible, 99xx failed hosting, 0100-9899 otherwise', () => {
    assert.ok(of('NOT_ELIGIBLE').every((n) => line(n) <= 99));
    assert.ok(of('HOSTING_FAILED').every((n) => line(n) >= 9900));
    for (const state of ['ELIGIBLE', 'VERIFICATION_PENDING', 'VERIFICATION_FAILED', 'VERIFICATION_BLOCKED', 'VERIFIED', 'HOSTING_IN_PROGRESS', 'HOSTING_DONE']) {
      assert.ok(of(state).every((n) => line(n) >= 100 && line(n) <= 9899), state);
    }
  });

  it('dates every number in the past 30 days, updated no earlier than created and not after now', () => {
    for (const n of all) {
      const created = Date.parse(n.createdTime ?? '');
      const updated = Date.parse(n.updatedTime ?? '');
      assert.ok(created >= START - 30 * 86400_000 && created <= START - 60_000, `${n.phoneNumber} ${n.createdTime}`);
      assert.ok(updated >= created && updated <= START + 25_000, `${n.phoneNumber} ${n.updatedTime}`);
      assert.equal(created % 60_000, 0, 'whole minutes');
      assert.equal(updated % 1000, 0, 'whole seconds');
    }
    const pending = of('ELIGIBLE_CHECK_PENDING');
    assert.ok(pending.every((n) => Date.parse(n.createdTime ?? '') >= START - 120 * 60_000), 'pending numbers were added in the last two hours');
    assert.ok(pending.every((n) => n.createdTime === n.updatedTime));
    const spread = all.map((n) => Date.parse(n.createdTime ?? ''));
    assert.ok(Math.max(...spread) - Math.min(...spread) > 20 * 86400_000, 'spread over the month');
  });

  it('shows each state with its details: errors, ownership and hosting status', () => {
    assert.ok(of('ELIGIBLE_CHECK_PENDING').every((n) => n.osrEligibility?.status === 'IN_PROGRESS'));
    assert.ok(of('ELIGIBLE').every((n) => n.osrEligibility?.status === 'DONE' && n.ownershipVerification?.status === 'STATE_UNSPECIFIED'));
    const notEligible = new Set(of('NOT_ELIGIBLE').map((n) => n.osrEligibility?.error));
    assert.ok([...notEligible].every((e) => /^Number is not eligible for hosting: /.test(e ?? '')));
    assert.ok(notEligible.size >= 2, 'the errors vary');
    assert.ok(of('VERIFICATION_PENDING').every((n) => n.ownershipVerification?.status === 'IN_PROGRESS'));
    assert.ok(of('VERIFICATION_BLOCKED').every((n) => n.ownershipVerification?.status === 'FAILED' && n.ownershipVerification.error === 'Verification blocked after 3 wrong codes in a row; contact Sinch support to unblock the number.'));
    for (const state of ['VERIFIED', 'HOSTING_IN_PROGRESS', 'HOSTING_DONE', 'HOSTING_FAILED']) {
      assert.ok(of(state).every((n) => n.ownershipVerification?.status === 'DONE'), state);
    }
    assert.ok(of('HOSTING_IN_PROGRESS').every((n) => n.hostedNumber?.status === 0));
    assert.ok(of('HOSTING_DONE').every((n) => n.hostedNumber?.status === 1 && n.hostedNumber.error === undefined));
    for (const n of of('HOSTING_FAILED')) {
      const tollFree = TOLL_FREE.includes(n.phoneNumber.slice(2, 5));
      assert.match(n.hostedNumber?.error ?? '', tollFree ? /^Toll-free provisioning failed/ : /^The OSR update was refused/, n.phoneNumber);
    }
    assert.ok(of('VERIFIED').concat(of('ELIGIBLE')).every((n) => n.hostedNumber?.status === 0));
  });

  it('has a call outstanding for pending and failed numbers; the last code of a blocked number no longer helps', async () => {
    for (const n of of('VERIFICATION_PENDING').concat(of('VERIFICATION_FAILED'))) {
      const code = sb.lastCode(PROJECT, n.phoneNumber);
      assert.match(code ?? '', /^\d{4,6}$/, n.phoneNumber);
    }
    const blocked = of('VERIFICATION_BLOCKED')[0];
    assert.match(sb.lastCode(PROJECT, blocked.phoneNumber) ?? '', /^\d{4,6}$/, 'its last call is remembered');
    const again = await post(sb, numberPath(blocked.phoneNumber, 'verifyVoiceChallenge'), { code: sb.lastCode(PROJECT, blocked.phoneNumber) });
    assert.equal(again.status, 400, 'no code helps a blocked number');
    const failed = of('VERIFICATION_FAILED')[0];
    const wrong = sb.lastCode(PROJECT, failed.phoneNumber) === '0000' ? '1111' : '0000';
    await post(sb, numberPath(failed.phoneNumber, 'verifyVoiceChallenge'), { code: wrong });
    const third = await post<QualifiedNumber>(sb, numberPath(failed.phoneNumber, 'verifyVoiceChallenge'), { code: wrong });
    assert.equal(third.body.globalProcessState, S('VERIFICATION_BLOCKED'), 'a seeded failure has used one of its three tries');
  });

  it('files every hosted number in a seeded order of its state, kind and region', async () => {
    const orders: HostingOrder[] = [];
    for (let seq = 1; seq < 50; seq++) {
      const reply = await get<HostingOrder>(sb, `${BASE}/hostingOrders/${orderId(11, PROJECT, seq)}`);
      if (reply.status === 404) break;
      orders.push(reply.body);
    }
    const hosted = of('HOSTING_IN_PROGRESS').concat(of('HOSTING_DONE'), of('HOSTING_FAILED'));
    const filed = orders.flatMap((o) => o.numbers ?? []);
    assert.deepEqual([...filed].sort(), hosted.map((n) => n.phoneNumber).sort(), 'each hosted number in exactly one order');
    orders.forEach((o, i) => {
      const members = all.filter((n) => o.numbers?.includes(n.phoneNumber));
      const states = new Set(members.map((n) => n.globalProcessState));
      const tollFree = new Set(members.map((n) => TOLL_FREE.includes(n.phoneNumber.slice(2, 5))));
      assert.equal(states.size, 1, o.hostingOrderId);
      assert.equal(tollFree.size, 1, o.hostingOrderId);
      assert.ok(members.every((n) => n.regionCode === o.regionCode), o.hostingOrderId);
      const isTollFree = [...tollFree][0];
      const running = [...states][0] === S('HOSTING_IN_PROGRESS');
      assert.equal(o.state, running ? 'IN_PROGRESS' : 'COMPLETED');
      assert.equal(o.displayName, `${isTollFree ? 'Toll-free' : '10DLC'} numbers (${o.regionCode}) #${i + 1}`);
      assert.match(o.servicePlanId ?? '', /^[0-9a-f]{32}$/);
      if (isTollFree) assert.equal(o.campaignId, undefined);
      else assert.match(o.campaignId ?? '', /^C[A-HJ-NP-Z0-9]{6}$/);
      assert.equal(o.type, 'TYPE_TEXT_ENABLE');
      const info = o.hostingOrderInfo;
      assert.equal(info?.loaType, 'DIRECT');
      assert.equal(info?.serviceProvider, 'Sinch America Inc.');
      assert.equal(info?.currentVoiceCarrier, 'Verizon');
      assert.deepEqual(info?.address, o.regionCode === 'CA'
        ? { buildingNumber: '1', street: 'Main Street', city: 'Toronto', state: 'ON', postalCode: 'M5V 2T6', country: 'CA' }
        : { buildingNumber: '1', street: 'Main Street', city: 'New York', state: 'NY', postalCode: '10001', country: 'US' });
      const created = Date.parse(o.createdTime ?? '');
      if (running) {
        assert.equal(created, START - 45_000, 'filed 45 s before start');
        assert.equal(Date.parse(o.updatedTime ?? ''), created + 40_000, 'LoA signed');
        assert.ok(members.every((n) => Date.parse(n.updatedTime ?? '') === created));
      } else {
        assert.equal(Date.parse(o.updatedTime ?? ''), created + 70_000);
        assert.ok(members.every((n) => n.updatedTime === o.updatedTime));
        const latestAdd = Math.max(...members.map((n) => Date.parse(n.createdTime ?? '')));
        assert.ok(created > latestAdd && created < START, 'filed after its numbers were added');
      }
    });
    assert.ok(orders.some((o) => o.state === 'IN_PROGRESS') && orders.some((o) => o.regionCode === 'CA'));
  });
});

describe('sandbox seeded data at scale', () => {
  it('seeds 20,000 distinct numbers into one project, 2,000 per state', async () => {
    // At this size the random draws repeat a number (seed 1 does by the 20,000th); each repeat
    // must be drawn again, or the project cannot be created at all.
    const sb = await startTestSandbox({ numbers: 20_000, seed: 1 });
    try {
      for (const state of GLOBAL_PROCESS_STATES) {
        const page = await get<{ totalSize: number }>(sb, `${BASE}/qualifiedNumbers?states=${state}&pageSize=1`);
        assert.equal(page.status, 200, JSON.stringify(page.body));
        assert.equal(page.body.totalSize, 2_000, state);
      }
    } finally {
      await sb.close();
    }
  });
});

describe('sandbox seeded data over time', () => {
  it('finishes the pending checks 20, 30, ... 70 s after start, every third one not eligible', async () => {
    const sb = await startTestSandbox({ numbers: 60, seed: 4 });
    try {
      const pending = await listAll(sb, S('ELIGIBLE_CHECK_PENDING'));
      assert.equal(pending.length, 6);
      const finished: number[] = [];
      for (let t = 0; t <= 70; t += 10) {
        if (t > 0) sb.advanceClock(10);
        const left = await listAll(sb, S('ELIGIBLE_CHECK_PENDING'));
        finished.push(6 - left.length);
      }
      assert.deepEqual(finished, [0, 0, 1, 2, 3, 4, 5, 6]);
      const outcome = await Promise.all(pending.map(async (n) => (await get<QualifiedNumber>(sb, numberPath(n.phoneNumber))).body));
      const notEligible = outcome.filter((n) => n.globalProcessState === S('NOT_ELIGIBLE'));
      assert.equal(notEligible.length, 2, 'every third one');
      assert.ok(notEligible.every((n) => Number(n.phoneNumber.slice(-4)) <= 99));
    } finally {
      await sb.close();
    }
  });

  it('completes the seeded running order 25 s after start', async () => {
    const sb = await startTestSandbox({ numbers: 60, seed: 4 });
    try {
      const running = await listAll(sb, S('HOSTING_IN_PROGRESS'));
      assert.ok(running.length > 0);
      sb.advanceClock(24);
      assert.equal((await listAll(sb, S('HOSTING_IN_PROGRESS'))).length, running.length);
      sb.advanceClock(1);
      assert.equal((await listAll(sb, S('HOSTING_IN_PROGRESS'))).length, 0);
    } finally {
      await sb.close();
    }
  });
});
