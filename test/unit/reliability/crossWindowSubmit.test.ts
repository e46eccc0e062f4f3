// Two VS Code windows submitting the same text-enable draft. Each window is a form controller with
// its own SubmissionLocks (its own window ID) on one shared storage folder, as two windows of one
// user data directory share the extension's global storage; both talk to one sandbox over HTTP.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { QualifiedNumbersClient } from '../../../src/api';
import { SubmissionLocks } from '../../../src/connection/submissionLock';
import { isTollFree } from '../../../src/model/phone';
import { submissionKey } from '../../../src/model/textEnable/submissionKey';
import type { SubmitOutcome } from '../../../src/model/webviewMessages';
import { recordedController, responseTo, standardDraft, type Recorded } from './controllerHarness';
import { API_PREFIX, harness, requestsTo, type Harness } from './helpers';

async function verifiedUs(client: QualifiedNumbersClient, count: number): Promise<string[]> {
  const found: string[] = [];
  for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 100 })) {
    if (!isTollFree(n.phoneNumber) && n.regionCode === 'US') found.push(n.phoneNumber);
    if (found.length === count) return found;
  }
  throw new Error(`the seed has fewer than ${count} verified US numbers`);
}

function outcomeOf(r: Recorded, requestId: number): SubmitOutcome {
  const answer = responseTo(r, requestId);
  assert.ok(answer?.ok, `request ${requestId}: ${JSON.stringify(answer).slice(0, 300)}`);
  return answer.result as SubmitOutcome;
}

describe('reliability: two windows submitting one draft', function () {
  let h: Harness;
  let dir: string;
  let created: string[];

  beforeEach(async () => {
    h = await harness({ numbers: 300 });
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sinch-windows-'));
    created = [];
    h.sandbox.onEvent((e) => {
      if (e.type === 'hostingOrder' && e.state === 'SUBMITTED') created.push(e.hostingOrderId);
    });
  });

  afterEach(async () => {
    await h.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const window = (id: string, confirmResend?: (q: string) => Promise<boolean>): Recorded =>
    recordedController({ client: h.client(), submissionLocks: new SubmissionLocks({ dir, windowId: id }), ...(confirmResend ? { confirmResend } : {}) });

  it('both windows press Submit in the same moment: one order; the other window is told why nothing was sent', async () => {
    const [number] = await verifiedUs(h.client(), 1);
    const a = window('window-a');
    const b = window('window-b');
    const draft = standardDraft([number]);
    await Promise.all([a.controller.handle({ type: 'submit', requestId: 1, draft }), b.controller.handle({ type: 'submit', requestId: 1, draft })]);
    assert.equal(requestsTo(h.sandbox, 'POST', ':textEnableNumbers').length, 1, 'both windows sent the order');
    assert.equal(created.length, 1);
    const outcomes = [outcomeOf(a, 1), outcomeOf(b, 1)];
    assert.equal(outcomes.filter((o) => o.status === 'done').length, 1);
    const refused = outcomes.find((o) => o.status === 'cancelled');
    assert.ok(refused?.status === 'cancelled');
    assert.equal(refused.reason, 'Nothing was sent: another VS Code window is submitting the same number to the same project right now. Wait for it to finish and check Hosting Orders; submit here only if that window\'s order failed.');
    assert.deepEqual(await fs.readdir(path.join(dir)).then((f) => f.filter((n) => n.endsWith('.lock'))), [], 'a lock was left behind');
  });

  it('the second window submits while the first window\'s order is on its way (slow API): refused, one order', async () => {
    const numbers = await verifiedUs(h.client(), 3);
    h.sandbox.scriptFaults([{ kind: 'latency', ms: 300, method: 'POST', pathPrefix: `${API_PREFIX}/qualifiedNumbers:textEnable` }]);
    const a = window('window-a');
    const b = window('window-b');
    const first = a.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft(numbers) });
    await waitUntil(() => a.posts.some((p) => p.type === 'submitProgress' && p.phase === 'sending'));
    // The same numbers typed in another order are the same submission.
    await b.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft([...numbers].reverse()) });
    await first;
    assert.equal(outcomeOf(b, 1).status, 'cancelled');
    assert.equal(outcomeOf(a, 1).status, 'done');
    assert.equal(requestsTo(h.sandbox, 'POST', ':textEnableNumbers').length, 1);
  });

  it('right after: the second window is asked, naming the order; "no" sends nothing, "yes" goes on to the usual checks', async () => {
    const [number] = await verifiedUs(h.client(), 1);
    const a = window('window-a');
    await a.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft([number]) });
    const done = outcomeOf(a, 1);
    assert.ok(done.status === 'done' && done.orders[0].ok);
    const orderId = done.orders[0].ok ? done.orders[0].order.hostingOrderId : '';

    const declining = window('window-b', async () => false);
    await declining.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft([number]) });
    assert.equal(declining.resendQuestions.length, 1);
    assert.match(declining.resendQuestions[0], new RegExp(`^This draft was just submitted from another VS Code window \\(or this one before a reload\\) as order ${orderId} \\(\\d+ s ago\\)\\. Send it again as a new order\\?$`));
    assert.deepEqual(outcomeOf(declining, 1), { status: 'cancelled', reason: `Nothing was sent: this draft was already submitted as order ${orderId}.` });

    const confirming = window('window-c', async () => true);
    await confirming.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft([number]) });
    assert.equal(confirming.resendQuestions.length, 1);
    // Confirmed: the submission runs as usual, and the state check finds the number in the first order.
    const after = outcomeOf(confirming, 1);
    assert.equal(after.status, 'notReady', JSON.stringify(after).slice(0, 300));
    assert.equal(requestsTo(h.sandbox, 'POST', ':textEnableNumbers').length, 1, 'a second order was sent');

    // The window that sent it is not asked about its own submission.
    await a.controller.handle({ type: 'submit', requestId: 2, draft: standardDraft([number]) });
    assert.equal(a.resendQuestions.length, 0);
  });

  it('a submission that created no order (refused by Sinch) is not remembered: the next window is not asked', async () => {
    const [number] = await verifiedUs(h.client(), 1);
    h.sandbox.scriptFaults([{ kind: 'status', status: 400, method: 'POST', pathPrefix: `${API_PREFIX}/qualifiedNumbers:textEnable` }]);
    const a = window('window-a');
    await a.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft([number]) });
    const failed = outcomeOf(a, 1);
    assert.ok(failed.status === 'done' && !failed.orders[0].ok);
    const b = window('window-b', async () => true);
    await b.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft([number]) });
    assert.equal(b.resendQuestions.length, 0);
    assert.equal(outcomeOf(b, 1).status, 'done');
    assert.equal(created.length, 1);
  });

  it('a window that crashed while submitting (its lock left behind, its process gone) does not block the others', async () => {
    const [number] = await verifiedUs(h.client(), 1);
    const b = window('window-b');
    // Take the lock as a process that then exits: what a crashed window leaves.
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    const crashed = new SubmissionLocks({ dir: path.join(dir), windowId: 'crashed', pid: deadPid });
    const held = await crashed.acquire(submissionKey({ target: 'https://imported.numbers.api.sinch.com', projectId: 'reliability-project', kind: 'standard', numbers: [number] }));
    assert.ok(held.ok);
    await b.controller.handle({ type: 'submit', requestId: 1, draft: standardDraft([number]) });
    assert.equal(outcomeOf(b, 1).status, 'done');
    assert.equal(created.length, 1);
  });
});

/** Polls a condition the code under test makes true (no fixed sleep). */
async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(condition(), 'the condition never held');
}
