// The store and the rules without HTTP: listing indexes stay right as numbers change state.
import * as assert from 'node:assert/strict';
import { challengeCode, failsHosting, isNotEligibleNumber, newNumberRecord, rejectionFor, runDue } from '../../../src/sandbox/lifecycle';
import { mulberry32 } from '../../../src/sandbox/prng';
import { seedProject } from '../../../src/sandbox/seed';
import { ProjectStore } from '../../../src/sandbox/store';

describe('sandbox store and rules', () => {
  it('re-sorts a state listing after a number enters, leaves or changes within it', () => {
    const store = new ProjectStore('p');
    for (const phone of ['+12025550300', '+12025550100', '+12025550200']) store.insertNumber(newNumberRecord(phone, 'US', false, 0));
    const pending = { state: 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING' as const };
    assert.deepEqual(store.list(pending, 10).items.map((r) => r.phoneNumber), ['+12025550100', '+12025550200', '+12025550300']);

    const r = store.getNumber('+12025550100');
    assert.ok(r);
    store.updateNumber(r, 5_000, (n) => {
      n.state = 'GLOBAL_PROCESS_STATE_ELIGIBLE';
    });
    assert.deepEqual(store.list(pending, 10).items.map((x) => x.phoneNumber), ['+12025550200', '+12025550300']);
    assert.deepEqual(store.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE' }, 10).items.map((x) => x.phoneNumber), ['+12025550100']);

    const byUpdate = { ...pending, orderBy: 'updatedTime' as const };
    assert.deepEqual(store.list(byUpdate, 10).items.map((x) => x.phoneNumber), ['+12025550200', '+12025550300']);
    const r2 = store.getNumber('+12025550200');
    assert.ok(r2);
    store.updateNumber(r2, 10, () => undefined);
    assert.deepEqual(store.list(byUpdate, 10).items.map((x) => x.phoneNumber), ['+12025550300', '+12025550200'], 'the cached order was rebuilt');
    store.deleteNumber('+12025550200');
    assert.equal(store.list(pending, 10).totalSize, 1);
  });

  it('applies nothing before a step is due, and every due step when asked later', () => {
    const store = new ProjectStore('p');
    store.insertNumber(newNumberRecord('+12025550134', 'US', false, 0));
    assert.equal(store.dueAt, 5_000);
    assert.deepEqual(runDue(store, 4_999), []);
    assert.equal(store.getNumber('+12025550134')?.osr.status, 'WAITING');
    runDue(store, 100_000);
    assert.equal(store.getNumber('+12025550134')?.state, 'GLOBAL_PROCESS_STATE_ELIGIBLE');
    assert.equal(store.dueAt, Infinity);
  });

  it('states its rules simply: 00xx not eligible, 99xx fails hosting, REJECT* rejected', () => {
    assert.ok(isNotEligibleNumber('+12025550099'));
    assert.ok(!isNotEligibleNumber('+12025550100'));
    assert.ok(failsHosting('+12025559900'));
    assert.ok(!failsHosting('+12025559899'));
    assert.equal(rejectionFor('reject-me', undefined)?.failureCode, 'CAMPAIGN_NOT_AVAILABLE');
    assert.equal(rejectionFor(undefined, 'Reject please')?.failureCode, 'LOA_REJECTED');
    assert.equal(rejectionFor('C123', 'Spring'), undefined);
  });

  it('is deterministic: the PRNG, codes and seeded projects depend only on their inputs', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
    assert.equal(challengeCode(1, '+12025550134', 1), challengeCode(1, '+12025550134', 1));
    const one = seedProject(3, 'p', 100, 1_000_000_000_000).toStored();
    const two = seedProject(3, 'p', 100, 1_000_000_000_000).toStored();
    assert.deepEqual(one, two);
    assert.equal(new Set(one.numbers.map((n) => n.phoneNumber)).size, 100);
    assert.ok(one.numbers.filter((n) => n.state === 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE').every((n) => isNotEligibleNumber(n.phoneNumber)));
    assert.ok(one.numbers.filter((n) => n.state === 'GLOBAL_PROCESS_STATE_HOSTING_FAILED').every((n) => failsHosting(n.phoneNumber)));
  });
});
