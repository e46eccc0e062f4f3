// No duplicated writes. Faults are injected around every POST (the sandbox's own fault controls,
// plus a proxy that loses the answer after the sandbox applied the request); the sandbox's own
// request log and events must show at most one applied request per user action: no number added
// twice, at most one hosting order per submit, and the store consistent afterwards.
import * as assert from 'node:assert/strict';
import { SinchApiError, type QualifiedNumbersClient } from '../../../src/api';
import { isTollFree } from '../../../src/model/phone';
import type { SubmitOutcome } from '../../../src/model/webviewMessages';
import type { SandboxFault } from '../../../src/sandbox';
import { recordedController, responseTo, standardDraft } from './controllerHarness';
import { API_PREFIX, assertConsistentStore, HANG_TIMEOUT_MS, harness, type Harness, PROJECT, requestsTo } from './helpers';
import { startLossyProxy, type LossyProxy } from './lossyProxy';

interface Numbers {
  fresh: string;
  eligible: string;
  pending: string;
  verified: string;
  verifiedTollFree: string;
}

const LOA = {
  authorisedPerson: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
  address: { buildingNumber: '1600', street: 'Pennsylvania Avenue NW', city: 'Washington', state: 'DC', postalCode: '20500', country: 'US' },
  currentVoiceCarrier: 'Verizon',
};
const PLAN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

interface Write {
  name: string;
  suffix: string;
  run(client: QualifiedNumbersClient, n: Numbers, h: Harness): Promise<unknown>;
}

/** Every POST the extension makes. */
const WRITES: Write[] = [
  { name: 'add numbers', suffix: ':addNumbers', run: (c, n) => c.addNumbers([n.fresh]) },
  { name: 'send voice challenge', suffix: ':sendVoiceChallenge', run: (c, n) => c.sendVoiceChallenge(n.eligible) },
  { name: 'verify voice challenge', suffix: ':verifyVoiceChallenge', run: (c, n, h) => c.verifyVoiceChallenge(n.pending, h.sandbox.lastCode(PROJECT, n.pending) ?? '0000') },
  { name: 'text enable', suffix: ':textEnableNumbers', run: (c, n) => c.textEnableNumbers({ regionCode: 'US', numbers: [n.verified], servicePlanId: PLAN, campaignId: 'C3O84GA', directLoaInfo: LOA }) },
  { name: 'text enable toll-free', suffix: ':textEnableTollFreeNumbers', run: (c, n) => c.textEnableTollFreeNumbers({ regionCode: 'US', numbers: [n.verifiedTollFree], servicePlanId: PLAN, directLoaInfo: LOA }) },
];

type FaultCase = { label: string; fault: Omit<SandboxFault, 'method' | 'pathPrefix'>; attempts: number; applied: number };

/** Each fault once on the POST; `attempts` the client may make, `applied` what the sandbox may apply. */
const FAULTS: FaultCase[] = [
  { label: '429 without Retry-After', fault: { kind: 'status', status: 429 }, attempts: 2, applied: 1 },
  { label: '429 with Retry-After: 1', fault: { kind: 'status', status: 429, retryAfter: '1' }, attempts: 2, applied: 1 },
  { label: '429 with Retry-After: 120 (too long to wait)', fault: { kind: 'status', status: 429, retryAfter: '120' }, attempts: 1, applied: 0 },
  { label: '500', fault: { kind: 'status', status: 500 }, attempts: 1, applied: 0 },
  { label: '502', fault: { kind: 'status', status: 502 }, attempts: 1, applied: 0 },
  { label: '503 with Retry-After', fault: { kind: 'status', status: 503, retryAfter: '1' }, attempts: 1, applied: 0 },
  { label: '504', fault: { kind: 'status', status: 504 }, attempts: 1, applied: 0 },
  { label: 'reset connection', fault: { kind: 'reset' }, attempts: 1, applied: 0 },
  { label: 'hang past the timeout', fault: { kind: 'hang' }, attempts: 1, applied: 0 },
  { label: 'malformed JSON', fault: { kind: 'malformed-json' }, attempts: 1, applied: 0 },
  { label: 'HTML error page', fault: { kind: 'html' }, attempts: 1, applied: 0 },
  { label: 'latency', fault: { kind: 'latency', ms: 30 }, attempts: 1, applied: 1 },
];

async function pickNumbers(client: QualifiedNumbersClient): Promise<Numbers> {
  const first = async (state: Parameters<QualifiedNumbersClient['list']>[0]['state'], ok: (phone: string, region?: string) => boolean): Promise<string> => {
    for await (const n of client.listAll({ state, pageSize: 100 })) if (ok(n.phoneNumber, n.regionCode)) return n.phoneNumber;
    throw new Error(`the seed has no suitable number in ${state}`);
  };
  return {
    fresh: '+12065550123',
    eligible: await first('GLOBAL_PROCESS_STATE_ELIGIBLE', () => true),
    pending: await first('GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', () => true),
    verified: await first('GLOBAL_PROCESS_STATE_VERIFIED', (p, r) => !isTollFree(p) && r === 'US'),
    verifiedTollFree: await first('GLOBAL_PROCESS_STATE_VERIFIED', (p) => isTollFree(p)),
  };
}

describe('reliability: no duplicated writes under faults', function () {
  let h: Harness;
  let submitted: string[];
  beforeEach(async () => {
    h = await harness({ numbers: 300 });
    submitted = [];
    h.sandbox.onEvent((e) => {
      if (e.type === 'hostingOrder' && e.state === 'SUBMITTED') submitted.push(e.hostingOrderId);
    });
  });
  afterEach(() => h.close());

  for (const write of WRITES) {
    it(`${write.name}: each of ${FAULTS.length} faults on the POST leads to at most one applied request`, async () => {
      for (const c of FAULTS) {
        h.sandbox.reset();
        submitted.length = 0;
        const client = h.client({ timeoutMs: HANG_TIMEOUT_MS });
        const numbers = await pickNumbers(client);
        h.sandbox.scriptFaults([{ ...c.fault, method: 'POST', pathPrefix: `${API_PREFIX}/qualifiedNumbers` }]);
        let error: unknown;
        try {
          await write.run(client, numbers, h);
        } catch (e) {
          error = e;
        }
        const sent = requestsTo(h.sandbox, 'POST', write.suffix);
        // A malformed-JSON fault answers 200 without applying anything; every other 200 was applied.
        const applied = sent.filter((e) => e.status === 200 && e.fault !== 'malformed-json').length;
        const what = `${write.name} with ${c.label}`;
        assert.equal(sent.length, c.attempts, `${what}: ${sent.length} requests sent`);
        assert.equal(applied, c.applied, `${what}: ${applied} applied`);
        if (write.suffix.includes('textEnable')) assert.equal(submitted.length, applied, `${what}: ${submitted.length} hosting orders`);
        if (applied === 0) {
          assert.ok(error instanceof SinchApiError, `${what}: no error although nothing was applied`);
          // The user is told the outcome, never "done": unknown (refresh first) or rate-limited.
          assert.match(error.describe(), /may or may not have been applied|probably applied|limiting the request rate; try again in 120 s/, what);
        } else {
          assert.equal(error, undefined, `${what}: ${String(error)}`);
        }
        await assertConsistentStore(client);
      }
    });
  }

  it('a 429 storm on a POST: gives up after the retry limit with words, having applied nothing', async () => {
    const client = h.client();
    h.sandbox.scriptFaults([{ kind: 'status', status: 429, method: 'POST', pathPrefix: `${API_PREFIX}/qualifiedNumbers:addNumbers`, times: 50 }]);
    await assert.rejects(client.addNumbers(['+12065550124']), (e: unknown) => {
      assert.ok(e instanceof SinchApiError);
      assert.equal(e.status, 429);
      assert.match(e.describe(), /Sinch is limiting the request rate; wait a moment and try again/);
      return true;
    });
    assert.equal(requestsTo(h.sandbox, 'POST', ':addNumbers').length, 5, 'the first try and 4 retries');
    assert.equal(h.clock.sleeps.length, 4);
    await assert.rejects(client.get('+12065550124'), (e: unknown) => e instanceof SinchApiError && e.status === 404);
  });

  describe('when the answer is lost after the sandbox applied the request', () => {
    let proxy: LossyProxy;
    beforeEach(async () => {
      proxy = await startLossyProxy(h.sandbox.url);
    });
    afterEach(() => proxy.close());

    for (const write of WRITES) {
      it(`${write.name}: sent once, reported as an unknown outcome, never resent`, async () => {
        const client = h.client({ baseUrl: proxy.url });
        const numbers = await pickNumbers(client);
        proxy.loseNextAnswer((method, path) => method === 'POST' && path.endsWith(write.suffix));
        await assert.rejects(write.run(client, numbers, h), (e: unknown) => {
          assert.ok(e instanceof SinchApiError, String(e));
          assert.equal(e.kind, 'unknown-outcome');
          assert.match(e.describe(), /may or may not have been applied: refresh and check before trying again/);
          return true;
        });
        assert.equal(proxy.lost, 1);
        assert.deepEqual(requestsTo(h.sandbox, 'POST', write.suffix).map((e) => e.status), [200], 'sent exactly once, and applied');
        assert.deepEqual(h.clock.sleeps, [], 'no retry was scheduled');
        if (write.suffix.includes('textEnable')) assert.equal(submitted.length, 1);
        await assertConsistentStore(client);
      });
    }

    it('a number whose add was applied but not answered is added once, even when the user adds it again', async () => {
      const client = h.client({ baseUrl: proxy.url });
      proxy.loseNextAnswer((method, path) => method === 'POST' && path.endsWith(':addNumbers'));
      await assert.rejects(client.addNumbers(['+12065550125']), (e: unknown) => e instanceof SinchApiError && e.kind === 'unknown-outcome');
      await assert.rejects(client.addNumbers(['+12065550125']), (e: unknown) => e instanceof SinchApiError && e.status === 409);
      const owner = await assertConsistentStore(client);
      assert.equal(owner.get('+12065550125'), 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    });

    it('a text-enable form keeps the numbers of an order whose answer was lost, says to check first, and a second submit makes no second order', async () => {
      const client = h.client({ baseUrl: proxy.url });
      const { verified } = await pickNumbers(client);
      const r = recordedController({ client });
      proxy.loseNextAnswer((method, path) => method === 'POST' && path.endsWith(':textEnableNumbers'));
      await r.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft([verified]) });
      const first = responseTo(r, 1);
      assert.ok(first?.ok, 'the submission was answered');
      const outcome = first.result as SubmitOutcome;
      assert.ok(outcome.status === 'done');
      assert.equal(outcome.orders[0].ok, false);
      assert.match(outcome.orders[0].ok ? '' : outcome.orders[0].error.message, /may or may not have been created: look for the numbers in the Qualified Numbers view \(Hosting in progress\) before sending them again/);
      assert.equal(outcome.remainingNumbersText, verified, 'the numbers left the form');

      // The second submit finds the number in Hosting in progress before sending, and says so in words.
      await r.controller.handle({ type: 'submit', requestId: 2, draft: standardDraft([verified]) });
      const second = responseTo(r, 2);
      assert.ok(second?.ok);
      const again = second.result as SubmitOutcome;
      assert.ok(again.status === 'notReady', JSON.stringify(again).slice(0, 300));
      assert.match(again.details.join(' '), /is being text-enabled already by an earlier order \(Hosting in progress\)/);
      assert.equal(submitted.length, 1, 'two hosting orders for one number');
    });
  });

  describe('text-enable submissions', () => {
    it('two submits of the same draft in the same moment send one order; the second is refused while the first runs', async () => {
      const client = h.client();
      const { verified } = await pickNumbers(client);
      const r = recordedController({ client });
      const draft = standardDraft([verified]);
      await Promise.all([r.controller.handle({ type: 'submit', requestId: 1, draft }), r.controller.handle({ type: 'submit', requestId: 2, draft })]);
      assert.equal(requestsTo(h.sandbox, 'POST', ':textEnableNumbers').length, 1, 'both submits reached the API');
      assert.equal(submitted.length, 1);
      const answers = [responseTo(r, 1), responseTo(r, 2)];
      assert.equal(answers.filter((a) => a?.ok && (a.result as SubmitOutcome).status === 'done').length, 1);
      const refused = answers.find((a) => a && !a.ok);
      assert.ok(refused && !refused.ok, 'the second submit got no answer');
      assert.match(refused.error.message, /a submission from this form is still running/);
    });

    it('a submit while the split confirmation waits for the user is refused, and only the confirmed one is sent', async () => {
      // 501 Verified numbers (the state check before sending lets only those through to the confirmation).
      const big = await harness({ numbers: 12_000 });
      try {
        const client = big.client();
        const many: string[] = [];
        for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', regionCode: 'US', pageSize: 100 })) if (!isTollFree(n.phoneNumber) && many.length < 501) many.push(n.phoneNumber);
        assert.equal(many.length, 501, 'not enough verified US numbers in the seed');
        let confirm!: (yes: boolean) => void;
        const asked = new Promise<boolean>((resolve) => (confirm = resolve));
        let waiting!: () => void;
        const confirmationShown = new Promise<void>((resolve) => (waiting = resolve));
        const r = recordedController({ client, confirmSplit: () => (waiting(), asked) });
        const first = r.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft(many) });
        await confirmationShown;
        await r.controller.handle({ type: 'submit', requestId: 2, draft: standardDraft(many) });
        confirm(true);
        await first;
        assert.equal(r.confirmations, 1, 'the user was asked twice');
        const second = responseTo(r, 2);
        assert.ok(second && !second.ok && /still running/.test(second.error.message), 'the second submit was not refused');
        assert.equal(requestsTo(big.sandbox, 'POST', ':textEnableNumbers').length, 2, 'one submission of two orders');
      } finally {
        await big.close();
      }
    });

    it('a split submission whose second order fails keeps only that order\'s numbers; sending them again makes each number part of exactly one order', async () => {
      const big = await harness({ numbers: 12_000 });
      const orders: string[] = [];
      big.sandbox.onEvent((e) => {
        if (e.type === 'hostingOrder' && e.state === 'SUBMITTED') orders.push(e.hostingOrderId);
      });
      try {
        const client = big.client();
        const verified: string[] = [];
        for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', regionCode: 'US', pageSize: 100 })) if (!isTollFree(n.phoneNumber)) verified.push(n.phoneNumber);
        assert.ok(verified.length > 500, `only ${verified.length} verified US numbers in the seed`);
        const numbers = verified.slice(0, 520);
        const r = recordedController({ client });
        // The first order goes through; the second gets a 503 and is not resent.
        big.sandbox.scriptFaults([{ kind: 'latency', ms: 0, method: 'POST', pathPrefix: `${API_PREFIX}/qualifiedNumbers:textEnable` }, { kind: 'status', status: 503, method: 'POST', pathPrefix: `${API_PREFIX}/qualifiedNumbers:textEnable` }]);
        await r.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft(numbers) });
        const outcome = (responseTo(r, 1) as { result: SubmitOutcome }).result;
        assert.ok(outcome.status === 'done');
        assert.deepEqual(outcome.orders.map((o) => o.ok), [true, false]);
        const left = outcome.remainingNumbersText.split('\n');
        assert.deepEqual(left, numbers.slice(500), 'the failed order\'s numbers are not exactly what is left');

        await r.controller.handle({ type: 'submit', requestId: 2, draft: standardDraft(left) });
        const retry = (responseTo(r, 2) as { result: SubmitOutcome }).result;
        assert.ok(retry.status === 'done' && retry.orders.every((o) => o.ok), JSON.stringify(retry).slice(0, 300));
        assert.equal(orders.length, 2);
        const inProgress = new Set<string>();
        for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS', pageSize: 100 })) inProgress.add(n.phoneNumber);
        for (const n of numbers) assert.ok(inProgress.has(n), `${n} is in no order`);
        const perOrder = await Promise.all(orders.map(async (id) => (await client.getHostingOrder(id)).numbers ?? []));
        assert.deepEqual(perOrder.map((n) => n.length), [500, 20]);
        assert.equal(new Set(perOrder.flat()).size, 520, 'a number is in two orders');
        await assertConsistentStore(client);
      } finally {
        await big.close();
      }
    });
  });
});
