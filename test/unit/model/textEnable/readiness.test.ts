import * as assert from 'node:assert/strict';
import type { QualifiedNumbersClient } from '../../../../src/api/index';
import { checkReadiness, describeNotReady, notReadyMessage, notReadyReason } from '../../../../src/model/textEnable/readiness';
import { harness, type Harness } from '../../reliability/helpers';

describe('text-enable readiness check (against the sandbox)', () => {
  let h: Harness;
  let client: QualifiedNumbersClient;

  before(async () => {
    h = await harness();
    client = h.client();
  });
  after(() => h.close());

  async function first(state: Parameters<QualifiedNumbersClient['list']>[0]['state']): Promise<string> {
    const page = await client.list({ state, pageSize: 1 });
    const n = page.qualifiedNumbers[0]?.phoneNumber;
    assert.ok(n, `the seeded sandbox has no number in ${state}`);
    return n;
  }

  it('names each number that cannot be text-enabled, with the reason in words', async () => {
    const verified = await first('GLOBAL_PROCESS_STATE_VERIFIED');
    const done = await first('GLOBAL_PROCESS_STATE_HOSTING_DONE');
    const eligible = await first('GLOBAL_PROCESS_STATE_ELIGIBLE');
    const unknown = '+12025559876';
    const check = await checkReadiness(client, [verified, done, eligible, unknown]);
    const byNumber = new Map(check.notReady.map((n) => [n.phoneNumber, describeNotReady(n)]));
    assert.deepEqual([...byNumber.keys()].sort(), [done, eligible, unknown].sort());
    assert.match(byNumber.get(done) ?? '', /is text-enabled already \(Hosting done\)\.$/);
    assert.match(byNumber.get(eligible) ?? '', /voice challenge .* \(Eligible\)\.$/);
    assert.match(byNumber.get(unknown) ?? '', /is not one of the qualified numbers of this project/);
    for (const line of byNumber.values()) assert.doesNotMatch(line, /GLOBAL_PROCESS_STATE_/);
    assert.deepEqual(check.unnamed, []);
    assert.match(notReadyMessage(check.notReady), /^Not sent: 3 numbers cannot be text-enabled\./);
  });

  it('costs one list request per state when every number is ready, and no look-ups', async () => {
    const verified = await first('GLOBAL_PROCESS_STATE_VERIFIED');
    const before = h.sandbox.requestLog().length;
    const check = await checkReadiness(client, [verified]);
    const sent = h.sandbox.requestLog().slice(before);
    assert.deepEqual(check.notReady, []);
    assert.equal(sent.length, 1, `expected one list request, got ${sent.map((r) => `${r.method} ${r.path}`).join(', ')}`);
    assert.equal(sent[0].method, 'GET');
  });

  it('knows every state a number can be in', () => {
    assert.equal(notReadyReason('GLOBAL_PROCESS_STATE_VERIFIED'), undefined);
    assert.equal(notReadyReason('GLOBAL_PROCESS_STATE_HOSTING_FAILED'), undefined);
    assert.equal(notReadyReason('GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS'), 'is being text-enabled already by an earlier order (Hosting in progress)');
    assert.match(notReadyReason('GLOBAL_PROCESS_STATE_SOMETHING_NEW') ?? '', /is not Verified or Hosting failed/);
  });
});
