// The text-enable forms' host side in the real extension host, against the built-in sandbox over
// loopback HTTP: the commands open one panel per kind; the controller refuses malformed and
// unknown webview messages without side effects, re-checks drafts, submits, splits >500 numbers
// into orders, maps Sinch's field violations onto fields and tracks orders.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SinchExtensionApi } from '../../../src/extension';
import type { QualifiedNumbersApi } from '../../../src/api/types';
import { isTollFree } from '../../../src/model/phone';
import { emptyDraft, type TextEnableDraft } from '../../../src/model/textEnable/fields';
import { nextSteps } from '../../../src/model/textEnable/orderSummary';
import { stateLabel } from '../../../src/model/states';
import type { HostToWebview, ResponseResults, SubmitOutcome } from '../../../src/model/webviewMessages';
import type { ConnectionService } from '../../../src/services';
import { DraftStore } from '../../../src/panels/draftStore';
import { TextEnableController, type FormUi } from '../../../src/panels/textEnableController';
import type { FormKind } from '../../../src/model/textEnable/fields';
import type { RunningSandbox } from '../../../src/sandbox/index';
import { draftWithNumbers } from '../../fixtures/textEnableDrafts';
import { MemoryMemento } from '../../fixtures/memoryMemento';

const EXTENSION_ID = 'sinch-community.sinch-qualified-numbers';


interface Harness {
  controller: TextEnableController;
  posts: HostToWebview[];
  memento: MemoryMemento;
  clipboard: string[];
  saved: Array<{ name: string; content: string }>;
  confirmations: Array<{ numbers: number; orders: number }>;
  moved: string[][];
  treeRefreshes: number;
}

function draftFor(kind: FormKind, numbers: string[], overrides: Partial<TextEnableDraft> = {}): TextEnableDraft {
  return draftWithNumbers(numbers, { campaignId: kind === 'standard' ? 'C3O84GA' : '', ...overrides });
}

/** Resolves once `condition` holds, re-checking on each `event`; fails after a deadline. */
async function until(condition: () => boolean, event: vscode.Event<unknown>, what: string, timeoutMs = 10_000): Promise<void> {
  if (condition()) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = event(() => {
      if (!condition()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

describe('Text-enable forms (host side)', function () {
  this.timeout(60_000);
  let api: SinchExtensionApi;
  let sandbox: RunningSandbox;
  let client: QualifiedNumbersApi;
  let confirmAnswer = true;

  function harness(kind: FormKind, connection: ConnectionService = api.services.connection): Harness {
    const record: Omit<Harness, 'controller'> = { posts: [], memento: new MemoryMemento(), clipboard: [], saved: [], confirmations: [], moved: [], treeRefreshes: 0 };
    const h = record as Harness;
    const ui: FormUi = {
      async confirmSplit(numbers, orders) {
        h.confirmations.push({ numbers, orders });
        return confirmAnswer;
      },
      async writeClipboard(text) {
        h.clipboard.push(text);
      },
      async saveFile(name, content) {
        h.saved.push({ name, content });
        return `/tmp/${name}`;
      },
      withProgress: (_title, task) => task(),
    };
    h.controller = new TextEnableController({
      kind,
      post: (m) => h.posts.push(m),
      connection,
      drafts: new DraftStore(h.memento),
      refreshTree: () => {
        h.treeRefreshes++;
      },
      log: api.services.log,
      ui,
      moveToOtherForm: async (numbers) => {
        h.moved.push(numbers);
      },
      initialDraft: () => new DraftStore(h.memento).get(kind) ?? emptyDraft(),
      now: () => new Date(),
    });
    return h;
  }

  /** Sends a request message and returns the one response with its id. */
  async function ask<K extends keyof ResponseResults>(h: Harness, message: { type: K; requestId: number } & Record<string, unknown>): Promise<{ ok: true; result: ResponseResults[K] } | { ok: false; message: string }> {
    await h.controller.handle(message);
    const response = h.posts.find((p) => p.type === 'response' && p.requestId === message.requestId);
    assert.ok(response && response.type === 'response', `no response to ${message.type} #${message.requestId}`);
    return response.ok ? { ok: true, result: response.result as ResponseResults[K] } : { ok: false, message: response.error.message };
  }

  /**
   * The extension's connection, except that listing numbers fails: the state check before sending
   * cannot run (a scripted sandbox fault would race the tree's own listings).
   */
  function listingFails(): ConnectionService {
    const real = api.services.connection;
    const failing = Object.create(client) as QualifiedNumbersApi;
    failing.listAll = () => ({
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('listing refused for this test')) }),
    });
    return { current: () => failing, ensureClient: async () => failing, describe: () => real.describe(), snippetTarget: () => real.snippetTarget(), onDidChange: real.onDidChange };
  }

  function posts(kind: 'textEnableNumbers' | 'textEnableTollFreeNumbers'): number {
    return sandbox.requestLog().filter((e) => e.method === 'POST' && e.path.endsWith(`:${kind}`)).length;
  }

  async function numbersIn(state: 'GLOBAL_PROCESS_STATE_VERIFIED' | 'GLOBAL_PROCESS_STATE_ELIGIBLE', tollFree: boolean): Promise<string[]> {
    const found: string[] = [];
    for await (const n of client.listAll({ state })) if (isTollFree(n.phoneNumber) === tollFree && (tollFree || n.regionCode === 'US')) found.push(n.phoneNumber);
    return found;
  }

  /** Takes a new number through the real flow: add, eligibility check, voice challenge, code. */
  async function verifiedNumber(phone: string): Promise<string> {
    await client.addNumbers([phone]);
    sandbox.advanceClock(31);
    await client.sendVoiceChallenge(phone);
    const code = sandbox.lastCode(client.projectId, phone);
    assert.ok(code, `the sandbox called ${phone} with no code`);
    const verified = await client.verifyVoiceChallenge(phone, code);
    assert.strictEqual(verified.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFIED');
    return phone;
  }

  before(async () => {
    const extension = vscode.extensions.getExtension<SinchExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    api = await extension.activate();
    sandbox = await api.connectToSandbox();
    const current = api.services.connection.current();
    assert.ok(current, 'connecting to the sandbox left no client');
    client = current;
  });

  beforeEach(() => {
    sandbox.reset();
    confirmAnswer = true;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens one panel per form kind from its command, revealing it when run again', async () => {
    const formTabs = (suffix: string) => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(suffix));
    await vscode.commands.executeCommand('sinch.textEnable', { number: { phoneNumber: '+12025550134' } }, [{ number: { phoneNumber: '+12025550134' } }, { number: { phoneNumber: '+12025550135' } }]);
    await vscode.commands.executeCommand('sinch.textEnable', '+12025550136');
    await vscode.commands.executeCommand('sinch.textEnableTollFree');
    // The tab model reaches the extension host a moment after the panels open: wait on its events.
    await until(() => formTabs('sinch.textEnableForm').length > 0 && formTabs('sinch.textEnableTollFreeForm').length > 0, vscode.window.tabGroups.onDidChangeTabs, 'the form tabs to appear');
    const standard = formTabs('sinch.textEnableForm');
    const tollFree = formTabs('sinch.textEnableTollFreeForm');
    assert.strictEqual(standard.length, 1, 'the standard form opened twice');
    assert.strictEqual(standard[0].label, 'Text Enable Numbers');
    assert.strictEqual(tollFree.length, 1);
    assert.strictEqual(tollFree[0].label, 'Text Enable Toll-Free Numbers');
  });

  it('serves the form under a strict CSP: nothing by default, one script by nonce, resources only from the extension', async () => {
    await vscode.commands.executeCommand('sinch.textEnable');
    const panel = api.formPanel('standard');
    assert.ok(panel, 'the form did not open');
    const html = panel.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    assert.ok(nonce, `no script nonce in the CSP: ${csp}`);
    assert.match(csp, /^default-src 'none';/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, 'the CSP lets in more than our own code');
    assert.ok(csp.split('; ').includes(`script-src 'nonce-${nonce}'`), `scripts come from elsewhere too: ${csp}`);
    // One script, carrying the nonce, loaded from the extension's dist folder; the style from media.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.strictEqual(scripts.length, 1, `one script expected: ${JSON.stringify(scripts)}`);
    assert.match(scripts[0], new RegExp(`^ nonce="${nonce.replace(/[+/=]/g, '\\$&')}" src="[^"]+/dist/webview/textEnableForm\\.js"$`));
    assert.match(html, /<link rel="stylesheet" href="[^"]+\/media\/webview\/textEnableForm\.css">/);
    const roots = (panel.webview.options.localResourceRoots ?? []).map((uri) => uri.path.split('/').slice(-1)[0]).sort();
    assert.deepStrictEqual(roots, ['dist', 'media'], 'the webview may read more of the extension than its bundles and CSS');
  });

  it('rejects malformed and unknown messages without any side effect', async () => {
    const h = harness('standard');
    const before = sandbox.requestLog().length;
    const cyclic: Record<string, unknown> = { type: 'ready' };
    cyclic.self = cyclic;
    const bad: unknown[] = [
      undefined, null, 'submit', 42, [],
      { type: 'deleteAllNumbers', requestId: 1 },
      { type: 'submit', requestId: 2, draft: { ...draftFor('standard', ['+12025550134']), extra: 'field' } },
      { type: 'submit', requestId: 3 },
      { type: 'submit', requestId: -1, draft: draftFor('standard', ['+12025550134']) },
      { type: 'draftChanged', draft: { ...draftFor('standard', []), regionCode: 'GB' } },
      { type: 'trackOrder', requestId: 4, hostingOrderId: '../qualifiedNumbers/+12025550134' },
      { type: 'copyCurl', requestId: 5, draft: draftFor('standard', []), auth: 'withMySecret' },
      { type: 'moveNumbers', requestId: 6, numbers: ['+1800/5550100'] },
      JSON.parse('{"type":"reset","__proto__":{"polluted":true}}'),
      { type: 'draftChanged', draft: { ...draftFor('standard', []), numbersText: 'x'.repeat(500_000) } },
      cyclic,
    ];
    for (const message of bad) await h.controller.handle(message);
    assert.strictEqual(h.controller.rejectedMessages, bad.length);
    assert.deepStrictEqual(h.posts, [], 'answered a rejected message');
    assert.strictEqual(h.memento.writes, 0, 'stored something from a rejected message');
    assert.deepStrictEqual(h.clipboard, []);
    assert.deepStrictEqual(h.moved, []);
    assert.strictEqual(h.treeRefreshes, 0);
    assert.strictEqual(sandbox.requestLog().length, before, 'a rejected message reached the API');
    assert.strictEqual((Object.prototype as Record<string, unknown>).polluted, undefined);
  });

  it('answers ready with the stored draft and queued numbers, stores drafts as they change, and forgets them on reset', async () => {
    const h = harness('standard');
    await h.memento.update(DraftStore.key('standard'), draftFor('standard', ['+12025550134'], { displayName: 'Stored' }));
    h.controller.addNumbers(['+12025550135'], false);
    await h.controller.handle({ type: 'ready' });
    const init = h.posts.find((p) => p.type === 'init');
    assert.ok(init && init.type === 'init');
    assert.strictEqual(init.kind, 'standard');
    assert.strictEqual(init.draft.displayName, 'Stored');
    assert.deepStrictEqual(init.addNumbers, ['+12025550135']);
    assert.strictEqual(init.connection.connected, true);

    await h.controller.handle({ type: 'draftChanged', draft: draftFor('standard', ['+12025550136'], { displayName: 'Edited' }) });
    assert.strictEqual(new DraftStore(h.memento).get('standard')?.displayName, 'Edited');
    assert.strictEqual(h.posts[h.posts.length - 1]?.type, 'draftSaved');
    await h.controller.handle({ type: 'reset' });
    assert.strictEqual(new DraftStore(h.memento).get('standard'), undefined, 'Reset form left the stored draft');
  });

  it('submits a standard draft to the sandbox, reports the hosting order and empties the sent numbers', async () => {
    const [number] = await numbersIn('GLOBAL_PROCESS_STATE_VERIFIED', false);
    assert.ok(number, 'the seeded sandbox has no verified US number');
    const h = harness('standard');
    const answer = await ask(h, { type: 'submit', requestId: 7, draft: draftFor('standard', [number], { displayName: 'Integration' }) });
    assert.ok(answer.ok, answer.ok ? '' : answer.message);
    const outcome = answer.result as SubmitOutcome;
    assert.strictEqual(outcome.status, 'done');
    assert.ok(outcome.status === 'done');
    assert.strictEqual(outcome.orders.length, 1);
    const [result] = outcome.orders;
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.strictEqual(outcome.remainingNumbersText, '');
    const order = await client.getHostingOrder(result.order.hostingOrderId);
    assert.deepStrictEqual(order.numbers, [number]);
    assert.strictEqual(order.displayName, 'Integration');
    // "What happens next" says where the numbers are now, as the tree shows them.
    const now = (await client.get(number)).globalProcessState;
    assert.strictEqual(now, 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS');
    assert.ok(nextSteps('direct', 'ada@example.com').startsWith(`The numbers are in ${stateLabel(String(now))} now.`), nextSteps('direct', 'ada@example.com'));
    sandbox.advanceClock(71);
    const end = stateLabel(String((await client.get(number)).globalProcessState));
    assert.ok(['Hosting done', 'Hosting failed'].includes(end) && nextSteps('direct', '').includes(end), `the order ended with the number ${end}, which the next steps do not name`);
    assert.strictEqual(h.treeRefreshes, 1);
    assert.strictEqual(new DraftStore(h.memento).get('standard')?.numbersText, '', 'the stored draft still lists the sent number');
    const progress = h.posts.filter((p) => p.type === 'submitProgress').map((p) => (p.type === 'submitProgress' ? p.phase : ''));
    assert.deepStrictEqual(progress, ['sending', 'sent']);

    // A webview hidden while the order went out is torn down and misses the answer: its next
    // `ready` gets the outcome again, until the form is reset.
    await h.controller.handle({ type: 'ready' });
    const init = h.posts.filter((p) => p.type === 'init').pop();
    assert.ok(init && init.type === 'init');
    assert.strictEqual(init.lastSubmission?.submissionId, outcome.submissionId);
    await h.controller.handle({ type: 'reset' });
    await h.controller.handle({ type: 'ready' });
    const afterReset = h.posts.filter((p) => p.type === 'init').pop();
    assert.ok(afterReset && afterReset.type === 'init' && afterReset.lastSubmission === undefined);
  });

  it('checks the draft again on the host: a tampered draft never reaches Sinch', async () => {
    const h = harness('standard');
    const answer = await ask(h, { type: 'submit', requestId: 8, draft: draftFor('standard', ['+12025550134'], { email: 'not-an-email', servicePlanId: '' }) });
    assert.ok(answer.ok);
    const outcome = answer.result as SubmitOutcome;
    assert.strictEqual(outcome.status, 'invalid');
    assert.ok(outcome.status === 'invalid');
    assert.match(outcome.errors.email ?? '', /e-mail address/);
    assert.match(outcome.errors.servicePlanId ?? '', /required/);
    assert.strictEqual(posts('textEnableNumbers'), 0);
  });

  it("checks the numbers' states before sending and says in words which cannot be text-enabled", async () => {
    const [verified] = await numbersIn('GLOBAL_PROCESS_STATE_VERIFIED', false);
    const h = harness('standard');
    // Submitted a minute ago: now Hosting in progress, then Hosting done.
    const first = await ask(h, { type: 'submit', requestId: 20, draft: draftFor('standard', [verified]) });
    assert.ok(first.ok && (first.result as SubmitOutcome).status === 'done');
    sandbox.advanceClock(71);
    assert.strictEqual((await client.get(verified)).globalProcessState, 'GLOBAL_PROCESS_STATE_HOSTING_DONE');
    const [another] = await numbersIn('GLOBAL_PROCESS_STATE_VERIFIED', false);
    const unknown = Array.from({ length: 30 }, (_, i) => `+1202${String(3000000 + i)}`);
    const before = posts('textEnableNumbers');
    const answer = await ask(h, { type: 'submit', requestId: 21, draft: draftFor('standard', [another, verified, ...unknown]) });
    assert.ok(answer.ok, answer.ok ? '' : answer.message);
    const outcome = answer.result as SubmitOutcome;
    assert.ok(outcome.status === 'notReady', JSON.stringify(outcome).slice(0, 300));
    assert.strictEqual(posts('textEnableNumbers'), before, 'sent although numbers cannot be text-enabled');
    assert.match(outcome.message, /^Not sent: 31 numbers cannot be text-enabled\. .* 11 more are not Verified or Hosting failed\.$/);
    assert.ok(outcome.details.some((d) => /^\+1 \d{3}-\d{3}-\d{4} is text-enabled already \(Hosting done\)\.$/.test(d) && d.includes(verified.slice(-4))), outcome.details.join('\n'));
    assert.ok(outcome.details.some((d) => /is not one of the qualified numbers of this project/.test(d)));
    assert.doesNotMatch(JSON.stringify(outcome), /GLOBAL_PROCESS_STATE_/);
    assert.deepStrictEqual([...outcome.numbers].sort(), [verified, ...unknown].sort(), 'the ready number was refused, or a refused one is missing');
    assert.deepStrictEqual(h.confirmations, []);
  });

  it('splits more than 500 numbers into orders after confirmation; a failed order keeps its numbers in the form', async () => {
    const [verified] = await numbersIn('GLOBAL_PROCESS_STATE_VERIFIED', false);
    // 500 numbers the project does not have (the first order fails with 404), then one it can text-enable.
    const unknown = Array.from({ length: 500 }, (_, i) => `+1202${String(3000000 + i)}`);
    const draft = draftFor('standard', [...unknown, verified]);
    // The state check before sending would stop these at once; when it cannot run (here its list
    // listing fails), the submission goes on and Sinch has the last word.

    confirmAnswer = false;
    const h0 = harness('standard', listingFails());
    const declined = await ask(h0, { type: 'submit', requestId: 9, draft });
    assert.ok(declined.ok && (declined.result as SubmitOutcome).status === 'cancelled');
    assert.deepStrictEqual(h0.confirmations, [{ numbers: 501, orders: 2 }]);
    assert.strictEqual(posts('textEnableNumbers'), 0, 'sent without confirmation');

    confirmAnswer = true;
    const h = harness('standard', listingFails());
    const answer = await ask(h, { type: 'submit', requestId: 10, draft });
    assert.ok(answer.ok, answer.ok ? '' : answer.message);
    const outcome = answer.result as SubmitOutcome;
    assert.ok(outcome.status === 'done');
    assert.strictEqual(posts('textEnableNumbers'), 2);
    const [first, second] = outcome.orders;
    assert.strictEqual(first.ok, false);
    assert.strictEqual(first.numbers.length, 500);
    assert.match(first.ok ? '' : first.error.message, /HTTP 404.*not qualified numbers of project/);
    assert.ok(second.ok, second.ok ? '' : second.error.message);
    assert.deepStrictEqual(second.numbers, [verified]);
    assert.deepStrictEqual(outcome.remainingNumbersText.split('\n'), unknown, 'the failed order\'s numbers are not all left in the form');
    const progress = h.posts.filter((p) => p.type === 'submitProgress').map((p) => (p.type === 'submitProgress' ? `${p.orderIndex}:${p.phase}` : ''));
    assert.deepStrictEqual(progress, ['0:sending', '0:failed', '1:sending', '1:sent']);
  });

  it("shows Sinch's field violations next to the fields they name, with states in words", async () => {
    const [eligible] = await numbersIn('GLOBAL_PROCESS_STATE_ELIGIBLE', false);
    assert.ok(eligible, 'the seeded sandbox has no eligible US number');
    const h = harness('standard', listingFails());
    const answer = await ask(h, { type: 'submit', requestId: 11, draft: draftFor('standard', [eligible]) });
    assert.ok(answer.ok);
    const outcome = answer.result as SubmitOutcome;
    assert.ok(outcome.status === 'done');
    const [result] = outcome.orders;
    assert.ok(!result.ok);
    assert.match(result.error.fieldErrors.numbersText ?? '', /is Eligible; only VERIFIED or HOSTING_FAILED numbers can be text-enabled/);
    assert.doesNotMatch(JSON.stringify(result.error), /GLOBAL_PROCESS_STATE_/);
    assert.strictEqual(outcome.remainingNumbersText, eligible);
    assert.strictEqual(h.treeRefreshes, 0);
  });

  it('submits a toll-free draft, shows the order state, and Track order fetches the state later', async () => {
    const number = await verifiedNumber('+18335870229');
    const h = harness('tollFree');
    const answer = await ask(h, { type: 'submit', requestId: 12, draft: draftFor('tollFree', [number], { migrateToSinchTmo: true }) });
    assert.ok(answer.ok, answer.ok ? '' : answer.message);
    const outcome = answer.result as SubmitOutcome;
    assert.ok(outcome.status === 'done');
    const [result] = outcome.orders;
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.strictEqual(result.order.state, 'SUBMITTED');
    assert.strictEqual(result.order.loaEmail, 'ada@example.com');
    sandbox.advanceClock(11);
    const tracked = await ask(h, { type: 'trackOrder', requestId: 13, hostingOrderId: result.order.hostingOrderId });
    assert.ok(tracked.ok, tracked.ok ? '' : tracked.message);
    assert.strictEqual((tracked.result as ResponseResults['trackOrder']).state, 'WAITING_FOR_LOA_SIGNATURE');
    assert.strictEqual((tracked.result as ResponseResults['trackOrder']).stateLabel, 'Waiting for the LoA signature');
    const missing = await ask(h, { type: 'trackOrder', requestId: 14, hostingOrderId: 'no-such-order' });
    assert.ok(!missing.ok);
    assert.match(missing.message, /HTTP 404/);
  });

  it('offers only numbers that can be text-enabled, of the form\'s kind', async () => {
    const tollFreeNumber = await verifiedNumber('+18445550188');
    const standard = await ask(harness('standard'), { type: 'listPickable', requestId: 15 });
    const tollFree = await ask(harness('tollFree'), { type: 'listPickable', requestId: 16 });
    assert.ok(standard.ok && tollFree.ok);
    const s = (standard.result as ResponseResults['listPickable']).numbers;
    const t = (tollFree.result as ResponseResults['listPickable']).numbers;
    assert.ok(s.length > 0);
    assert.ok(s.every((n) => !isTollFree(n.phoneNumber) && ['GLOBAL_PROCESS_STATE_VERIFIED', 'GLOBAL_PROCESS_STATE_HOSTING_FAILED'].includes(n.state)));
    assert.ok(t.some((n) => n.phoneNumber === tollFreeNumber));
    assert.ok(t.every((n) => isTollFree(n.phoneNumber)));
  });

  it('copies cURL and saves .http files with placeholders only, and moves numbers to the other form', async () => {
    const h = harness('standard');
    const draft = draftFor('standard', ['+12025550134']);
    const copied = await ask(h, { type: 'copyCurl', requestId: 17, draft, auth: 'basic' });
    assert.ok(copied.ok);
    assert.strictEqual(h.clipboard.length, 1);
    assert.match(h.clipboard[0], /\$SINCH_KEY_ID:\$SINCH_KEY_SECRET/);
    assert.match(h.clipboard[0], /\$SINCH_PROJECT_ID/);
    // On the sandbox the snippet goes to the sandbox (with the placeholders it accepts), and says so.
    assert.ok(h.clipboard[0].includes(`"${sandbox.url}/v1/projects/$SINCH_PROJECT_ID/qualifiedNumbers:textEnableNumbers"`), h.clipboard[0]);
    assert.match(copied.ok ? copied.result.message : '', new RegExp(`for the offline sandbox \\(${sandbox.url.replace(/[.:/]/g, '\\$&')}\\) that runs as is`));
    assert.ok(!h.clipboard[0].includes('imported.numbers.api.sinch.com'), 'the sandbox snippet targets production');
    const saved = await ask(h, { type: 'saveHttpFile', requestId: 18, draft, auth: 'bearer' });
    assert.ok(saved.ok);
    assert.strictEqual(h.saved[0].name, 'text-enable.http');
    assert.match(h.saved[0].content, /Authorization: Bearer \{\{token\}\}/);
    const moved = await ask(h, { type: 'moveNumbers', requestId: 19, numbers: ['+18005550100', '+12025550134'] });
    assert.ok(moved.ok);
    assert.deepStrictEqual((moved.result as ResponseResults['moveNumbers']).moved, ['+18005550100']);
    assert.deepStrictEqual(h.moved, [['+18005550100']]);
  });
});
