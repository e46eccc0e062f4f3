// The sandbox under load: concurrent clients add, challenge, verify, text-enable and delete numbers
// over loopback HTTP, for a bounded number of operations. Nothing acknowledged is lost, nothing is
// added twice, no hosting order is duplicated, and the store stays consistent (every number in
// exactly one state, totalSize equal to the list on every page). Asserts outcomes, never speed.
import * as assert from 'node:assert/strict';
import { SinchApiError, type QualifiedNumbersClient } from '../../../src/api';
import { mulberry32 } from '../../../src/sandbox/prng';
import { assertConsistentStore, harness, PROJECT, type Harness } from './helpers';

const CLIENTS = 8;
const OPERATIONS_PER_CLIENT = 60;
const LOA = {
  authorisedPerson: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
  address: { buildingNumber: '1600', street: 'Pennsylvania Avenue NW', city: 'Washington', state: 'DC', postalCode: '20500', country: 'US' },
  currentVoiceCarrier: 'Verizon',
};

/** What a client knows from the answers it got: absent, or the state the last answer said. */
type Known = Map<string, string | 'absent'>;

interface ClientRun {
  known: Known;
  /** Hosting orders this client was told it created, with their numbers. */
  orders: Array<{ id: string; numbers: string[] }>;
  sharedAdded: string[];
  operations: number;
}

/** Numbers of client `c`: its own area-code block, last four digits 0100-9899 (no sandbox failure rules). */
function ownNumbers(c: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `+1206${String(200 + c)}${String(1000 + i * 37)}`);
}
const SHARED = Array.from({ length: 10 }, (_, i) => `+1303555${String(2000 + i)}`);

async function runClient(h: Harness, client: QualifiedNumbersClient, c: number): Promise<ClientRun> {
  const random = mulberry32(9000 + c);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const mine = ownNumbers(c);
  const run: ClientRun = { known: new Map(mine.map((n) => [n, 'absent'])), orders: [], sharedAdded: [], operations: 0 };
  const expectError = async (work: Promise<unknown>, statuses: number[]): Promise<void> => {
    try {
      await work;
    } catch (e) {
      if (!(e instanceof SinchApiError) || !statuses.includes(e.status ?? -1)) throw e;
    }
  };
  for (let op = 0; op < OPERATIONS_PER_CLIENT; op++) {
    run.operations++;
    const n = pick(mine);
    const state = run.known.get(n);
    const roll = random();
    if (roll < 0.1) {
      const shared = pick(SHARED);
      try {
        await client.addNumbers([shared]);
        run.sharedAdded.push(shared);
      } catch (e) {
        if (!(e instanceof SinchApiError) || e.status !== 409) throw e;
      }
    } else if (roll < 0.15) {
      h.sandbox.advanceClock(31);
    } else if (roll < 0.2) {
      const page = await client.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE', pageSize: 7 });
      const phones = page.qualifiedNumbers.map((q) => q.phoneNumber);
      assert.equal(new Set(phones).size, phones.length, 'a page listed a number twice');
    } else if (state === 'absent') {
      const added = await client.addNumbers([n]);
      run.known.set(n, added.qualifiedNumbers[0].globalProcessState);
    } else if (roll < 0.3) {
      try {
        await client.delete(n);
        run.known.set(n, 'absent');
      } catch (e) {
        // Only a number in a running hosting order may refuse.
        if (!(e instanceof SinchApiError) || e.status !== 400 || state !== 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS') throw e;
      }
    } else if (state === 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING') {
      // Learn whether the check has finished since (another client may have moved the clock).
      run.known.set(n, (await client.get(n)).globalProcessState);
    } else if (state === 'GLOBAL_PROCESS_STATE_ELIGIBLE' || state === 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED') {
      run.known.set(n, (await client.sendVoiceChallenge(n)).globalProcessState);
    } else if (state === 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING') {
      const code = h.sandbox.lastCode(PROJECT, n);
      assert.ok(code, `no call code for ${n}`);
      const wrong = random() < 0.2;
      run.known.set(n, (await client.verifyVoiceChallenge(n, wrong ? `9${code}` : code)).globalProcessState);
    } else if (state === 'GLOBAL_PROCESS_STATE_VERIFIED') {
      const ready = mine.filter((m) => run.known.get(m) === 'GLOBAL_PROCESS_STATE_VERIFIED').slice(0, 3);
      const order = await client.textEnableNumbers({ regionCode: 'US', numbers: ready, servicePlanId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', campaignId: 'C3O84GA', directLoaInfo: LOA });
      run.orders.push({ id: order.hostingOrderId, numbers: ready });
      for (const m of ready) run.known.set(m, 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS');
    } else {
      await expectError(client.sendVoiceChallenge(n), [400]);
    }
  }
  return run;
}

/** States a number may have moved on to, on the clock alone, since the client last heard of it. */
const MOVES_ON: Record<string, readonly string[]> = {
  GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING: ['GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING', 'GLOBAL_PROCESS_STATE_ELIGIBLE', 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE'],
  GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS: ['GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS', 'GLOBAL_PROCESS_STATE_HOSTING_DONE', 'GLOBAL_PROCESS_STATE_HOSTING_FAILED'],
};

describe('reliability: the sandbox under load', function () {
  this.timeout(60_000);
  let h: Harness;
  const orderEvents: string[] = [];
  beforeEach(async () => {
    h = await harness({ numbers: 60 });
    orderEvents.length = 0;
    h.sandbox.onEvent((e) => {
      if (e.type === 'hostingOrder' && e.state === 'SUBMITTED') orderEvents.push(e.hostingOrderId);
    });
  });
  afterEach(() => h.close());

  it(`${CLIENTS} concurrent clients x ${OPERATIONS_PER_CLIENT} operations lose no write, add nothing twice, duplicate no order and leave the store consistent`, async () => {
    const runs = await Promise.all(Array.from({ length: CLIENTS }, (_, c) => runClient(h, h.client(), c)));
    assert.equal(runs.reduce((sum, r) => sum + r.operations, 0), CLIENTS * OPERATIONS_PER_CLIENT);

    const checker = h.client();
    const owner = await assertConsistentStore(checker);
    // Every acknowledged write is there, in the state the last answer gave or one the clock moves it to.
    let tracked = 0;
    for (const run of runs) {
      for (const [phone, known] of run.known) {
        tracked++;
        const actual = owner.get(phone);
        if (known === 'absent') {
          assert.equal(actual, undefined, `${phone} was deleted (acknowledged) but is listed as ${actual}`);
        } else {
          assert.ok(actual, `${phone} was added (acknowledged, last seen ${known}) but is gone`);
          assert.ok((MOVES_ON[known] ?? [known]).includes(actual), `${phone}: last acknowledged ${known}, now ${actual}`);
        }
      }
    }
    assert.equal(tracked, CLIENTS * 12);
    // Each shared number was added exactly once, whoever won the race.
    const sharedWins = runs.flatMap((r) => r.sharedAdded);
    assert.equal(new Set(sharedWins).size, sharedWins.length, `a shared number was added twice: ${sharedWins.join(', ')}`);
    for (const shared of sharedWins) assert.ok(owner.has(shared), `${shared} was added but is gone`);
    // One hosting order per acknowledged text-enable, no number in two orders at once.
    const orders = runs.flatMap((r) => r.orders);
    assert.deepEqual([...orderEvents].sort(), orders.map((o) => o.id).sort(), 'hosting orders created do not match the acknowledged ones');
    for (const order of orders) {
      const stored = await checker.getHostingOrder(order.id);
      assert.deepEqual(stored.numbers, order.numbers);
    }
    const ops = h.sandbox.requestLog();
    assert.ok(ops.length >= Math.min(1000, CLIENTS * OPERATIONS_PER_CLIENT * 0.8), `only ${ops.length} requests were made`);
    assert.ok(ops.every((e) => e.status < 500), 'the sandbox answered a 5xx under load');
  });
});
