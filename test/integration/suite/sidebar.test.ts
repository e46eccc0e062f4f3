// The sidebar inside a real extension host, against the extension's own sandbox over loopback
// HTTP (SINCH_SANDBOX_CLOCK=manual from the runner): the tree's groups and counts, the palette and
// menu commands end to end, and where credentials may and may not end up.
// Dialogs, input boxes and quick picks are answered by a scripted stand-in for the user (`Ui`),
// which also records every notification, as a person reading them would.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { createClient, isSinchApiError } from '../../../src/api/index';
import { NOT_ADDED_KEY } from '../../../src/commands/addNumbersSource';
import type { GlobalProcessState, QualifiedNumbersApi } from '../../../src/api/types';
import type { SinchExtensionApi } from '../../../src/extension';
import { formatNanp } from '../../../src/model/phone';
import { secretKeyFor } from '../../../src/model/profiles';
import { STATE_ORDER, stateInfo, statesFor } from '../../../src/model/states';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index';
import type { NumberNode, SinchTreeNode } from '../../../src/views/nodes';
import { filesUnder, ScriptedUser as Ui, waitFor } from './scriptedUser';

const EXTENSION_ID = 'sinch-community.sinch-qualified-numbers';

describe('Sinch sidebar', function () {
  this.timeout(60_000);
  let api: SinchExtensionApi;
  let sandbox: RunningSandbox;
  let client: QualifiedNumbersApi;
  let ui: Ui;

  async function useSandbox(): Promise<void> {
    sandbox = await api.connectToSandbox();
    const current = api.services.connection.current();
    assert.ok(current, 'no client after connecting to the sandbox');
    // An independent client for checking what the sandbox holds.
    client = createClient({ projectId: current.projectId, credentials: { keyId: 'check', keySecret: 'check' }, auth: 'basic', baseUrl: sandbox.url });
  }

  function roots(): SinchTreeNode[] {
    return api.tree.getChildren();
  }

  function groupNode(state: GlobalProcessState): SinchTreeNode {
    const node = roots().find((n) => n.kind === 'group' && n.state === state);
    assert.ok(node, `no group for ${state}`);
    return node;
  }

  function numberNodes(state: GlobalProcessState): NumberNode[] {
    return api.tree.getChildren(groupNode(state)).filter((n): n is NumberNode => n.kind === 'number');
  }

  async function serverTotal(state: GlobalProcessState): Promise<number> {
    return (await client.list({ state, pageSize: 1 })).totalSize ?? -1;
  }

  /** The number's state on the server; 'gone' only for a 404 (any other error is not proof of deletion). */
  async function stateOf(phoneNumber: string): Promise<string> {
    try {
      return (await client.get(phoneNumber)).globalProcessState;
    } catch (error) {
      if (isSinchApiError(error) && error.status === 404) return 'gone';
      throw error;
    }
  }

  before(async () => {
    const extension = vscode.extensions.getExtension<SinchExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    api = await extension.activate();
    await useSandbox();
  });

  beforeEach(async () => {
    if (api.services.connection.current() === undefined || api.sandbox() === undefined) await useSandbox();
    sandbox.reset();
    ui = new Ui();
    ui.install();
    const outcome = await api.tree.refresh();
    assert.strictEqual(outcome?.failed, 0);
  });

  afterEach(async () => {
    ui.restore();
    await vscode.commands.executeCommand('sinch.clearFilter');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepStrictEqual(ui.problems, []);
  });

  it('lists one group per state, in lifecycle order, with the sandbox counts', async () => {
    const groups = roots();
    assert.deepStrictEqual(
      groups.map((g) => api.tree.getTreeItem(g).label),
      STATE_ORDER.map((s) => stateInfo(s).label),
    );
    for (const state of STATE_ORDER) {
      const item = api.tree.getTreeItem(groupNode(state));
      assert.strictEqual(item.description, String(await serverTotal(state)), `count of ${state}`);
      assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, stateInfo(state).icon);
    }
  });

  it('shows each number with its formatted label, E.164 id, state menus and a tooltip of every detail', async () => {
    const [first] = numberNodes('GLOBAL_PROCESS_STATE_ELIGIBLE');
    assert.ok(first, 'the seed has an eligible number');
    const item = api.tree.getTreeItem(first);
    const e164 = first.number.phoneNumber;
    assert.strictEqual(item.id, e164);
    assert.strictEqual(item.label, `+1 ${e164.slice(2, 5)}-${e164.slice(5, 8)}-${e164.slice(8)}`);
    assert.strictEqual(item.contextValue, 'qualifiedNumber.eligible');
    assert.match(String(item.description), /^(US|CA) · /);
    // The tooltip comes on hover: VS Code asks resolveTreeItem for an item without one.
    assert.strictEqual(item.tooltip, undefined, 'the tooltip is built on hover, not for every row');
    const resolved = api.tree.resolveTreeItem(item, first);
    const tooltip = (resolved.tooltip as vscode.MarkdownString).value;
    for (const part of ['OSR eligibility', 'Ownership verification', 'Hosting', 'Created']) assert.ok(tooltip.includes(part), `tooltip has ${part}`);
  });

  it('pages a group with a "Load more" node', async () => {
    const config = vscode.workspace.getConfiguration('sinch');
    await config.update('pageSize', 2, vscode.ConfigurationTarget.Global);
    try {
      const state = await waitFor(() => STATE_ORDER.find((s) => api.tree.getChildren(groupNode(s)).some((n) => n.kind === 'loadMore')), 'a group with more than one page');
      // Any reload still under way (the settings change, a sandbox event) would fold the page back.
      await api.tree.model.whenIdle();
      const more = api.tree.getChildren(groupNode(state)).find((n) => n.kind === 'loadMore');
      assert.ok(more);
      const item = api.tree.getTreeItem(more);
      assert.match(String(item.label), /^Load more \(2 of \d+ shown\)$/);
      assert.strictEqual(item.command?.command, 'sinch.loadMore');
      await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
      assert.strictEqual(numberNodes(state).length, Math.min(4, await serverTotal(state)));
    } finally {
      await config.update('pageSize', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('folds a group of more than 1000 numbers into ranges, and a page then refreshes only the open range', async () => {
    const state: GlobalProcessState = 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING';
    const added = Array.from({ length: 1500 }, (_, i) => `+1415700${String(i).padStart(4, '0')}`);
    for (let i = 0; i < added.length; i += 500) await client.addNumbers(added.slice(i, i + 500));
    const config = vscode.workspace.getConfiguration('sinch');
    await config.update('pageSize', 100, vscode.ConfigurationTarget.Global);
    const fired: unknown[] = [];
    const listening = api.tree.onDidChangeTreeData((change) => fired.push(change));
    try {
      await api.tree.refresh();
      const shown = (): readonly string[] => (api.tree.model.groupViews().find((g) => g.state === state)?.numbers ?? []).map((n) => n.phoneNumber);
      const loadMore = (): SinchTreeNode => {
        const node = api.tree.getChildren(groupNode(state)).find((n) => n.kind === 'loadMore');
        assert.ok(node, `no Load more in the group at ${shown().length} shown`);
        return node;
      };
      while (shown().length <= 1000) await vscode.commands.executeCommand('sinch.loadMore', loadMore());
      await api.tree.model.whenIdle();
      assert.strictEqual(shown().length, 1100);

      // Two ranges and "Load more": the first folded, the open one (where pages land) expanded.
      const children = api.tree.getChildren(groupNode(state));
      assert.deepStrictEqual(children.map((n) => n.kind), ['range', 'range', 'loadMore']);
      const [folded, open] = children.map((n) => api.tree.getTreeItem(n));
      assert.deepStrictEqual([folded.label, open.label], ['1–1000', '1001–1100']);
      assert.deepStrictEqual([folded.collapsibleState, open.collapsibleState], [vscode.TreeItemCollapsibleState.Collapsed, vscode.TreeItemCollapsibleState.Expanded]);
      assert.strictEqual(folded.description, `${formatNanp(shown()[0])} … ${formatNanp(shown()[999])}`);
      assert.strictEqual(folded.accessibilityInformation?.label, `Numbers 1 to 1000, ${formatNanp(shown()[0])} to ${formatNanp(shown()[999])}`);
      const inRanges = (): string[] => api.tree.getChildren(groupNode(state)).filter((n) => n.kind === 'range').flatMap((r) => api.tree.getChildren(r)).map((n) => (n as NumberNode).number.phoneNumber);
      assert.deepStrictEqual(inRanges(), shown(), 'every number shown once, in order, across the ranges');

      // One more page: the open range and "Load more" change, not the group of 1,200 numbers.
      fired.length = 0;
      await vscode.commands.executeCommand('sinch.loadMore', loadMore());
      await api.tree.model.whenIdle();
      const pageEvent = fired[fired.length - 1];
      assert.ok(Array.isArray(pageEvent), `the page changed ${JSON.stringify(pageEvent)}, not the open range`);
      assert.deepStrictEqual(pageEvent.map((n: SinchTreeNode) => n.kind), ['range', 'loadMore']);
      assert.strictEqual(api.tree.getTreeItem(pageEvent[0] as SinchTreeNode).label, '1001–1200');
      assert.deepStrictEqual(inRanges(), shown());

      // A number's parent is its range (what reveal walks up), and reveal opens a folded one.
      const numberAt = (index: number): NumberNode => {
        const range = api.tree.getChildren(groupNode(state)).filter((n) => n.kind === 'range')[index < 1000 ? 0 : 1];
        return api.tree.getChildren(range)[index % 1000] as NumberNode;
      };
      assert.strictEqual(api.tree.getTreeItem(api.tree.getParent(numberAt(5)) as SinchTreeNode).label, '1–1000');
      assert.strictEqual(api.tree.getTreeItem(api.tree.getParent(numberAt(1050)) as SinchTreeNode).label, '1001–1200');
      const target = numberAt(5);
      await api.tree.treeView.reveal(target, { select: true, focus: false, expand: false });
      await waitFor(() => api.tree.treeView.selection.some((n) => n.kind === 'number' && n.number.phoneNumber === target.number.phoneNumber), 'the revealed number selected');
    } finally {
      listening.dispose();
      await config.update('pageSize', undefined, vscode.ConfigurationTarget.Global);
      sandbox.reset();
    }
  });

  it('deletes the selected numbers after a modal confirmation naming the count', async () => {
    const nodes = numberNodes('GLOBAL_PROCESS_STATE_ELIGIBLE').slice(0, 2);
    assert.strictEqual(nodes.length, 2);
    const before = await serverTotal('GLOBAL_PROCESS_STATE_ELIGIBLE');

    ui.answer = () => undefined; // the user closes the dialog
    await vscode.commands.executeCommand('sinch.deleteNumbers', nodes[0], nodes);
    assert.strictEqual(await serverTotal('GLOBAL_PROCESS_STATE_ELIGIBLE'), before, 'nothing is deleted without a yes');

    ui.answer = (m) => (m.modal && /^Delete 2 qualified numbers/.test(m.text) ? 'Delete' : undefined);
    await vscode.commands.executeCommand('sinch.deleteNumbers', nodes[0], nodes);
    for (const n of nodes) assert.strictEqual(await stateOf(n.number.phoneNumber), 'gone');
    const named = nodes.map((n) => formatNanp(n.number.phoneNumber)).join(' and ');
    assert.ok(ui.find('info', new RegExp(`^Deleted ${named.replace(/\+/g, '\\+')}\\.$`)), `the outcome names the numbers: ${ui.summary()}`);
    await waitFor(async () => (await api.tree.model.whenIdle(), api.tree.getTreeItem(groupNode('GLOBAL_PROCESS_STATE_ELIGIBLE')).description === String(before - 2)), 'the tree to show the new count');
    const listed = numberNodes('GLOBAL_PROCESS_STATE_ELIGIBLE').map((n) => n.number.phoneNumber);
    for (const n of nodes) assert.ok(!listed.includes(n.number.phoneNumber));
  });

  it('reports the outcome per number when some deletions fail', async () => {
    const nodes = numberNodes('GLOBAL_PROCESS_STATE_NOT_ELIGIBLE').slice(0, 2);
    assert.strictEqual(nodes.length, 2);
    await client.delete(nodes[1].number.phoneNumber);
    ui.answer = (m) => (m.modal ? 'Delete' : undefined);
    await vscode.commands.executeCommand('sinch.deleteNumbers', nodes[0], nodes);
    const report = ui.find('error', /^Deleted 1 of 2 numbers \(\+1 [\d-]+\)\. 1 failed:/);
    assert.ok(report, `a per-number report, got ${JSON.stringify(ui.shown.map((m) => m.text))}`);
    assert.ok(report.text.includes('HTTP 404'));
    assert.deepStrictEqual(report.items, ['Show Log']);
  });

  it('adds a pasted batch, leaving out the invalid number with its reason, then reminds about the invoices', async () => {
    ui.pick = (items) => items.find((i) => i.label.includes('Paste'));
    ui.inputs = ['+12025550188, 12345\n(202) 555-0189'];
    ui.answer = (m) => {
      if (m.modal) return 'Add 2 Valid Numbers';
      if (m.text.includes('orders@sinch.com')) return 'Copy Numbers';
      return undefined;
    };
    await vscode.commands.executeCommand('sinch.addNumbers');
    const warning = ui.find('warning', /^1 of 3 entries is not a valid US\/CA number and will be left out\./);
    assert.ok(warning?.modal, 'the invalid entry is shown before submitting');
    assert.match(warning.detail ?? '', /^12345: has 5 digits/);
    assert.strictEqual(await stateOf('+12025550188'), 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    assert.strictEqual(await stateOf('+12025550189'), 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    assert.ok(ui.find('info', /e-mail the invoices .* to orders@sinch\.com/));
    assert.strictEqual(await vscode.env.clipboard.readText(), '+12025550188\n+12025550189');
    assert.ok(ui.find('info', /^Copied 2 numbers to the clipboard\.$/), `Copy Numbers says it copied: ${ui.summary()}`);
  });

  it('adds a batch holding existing numbers: folds the repeat, skips what the tree lists, and adds the rest after one confirmation of the 409', async () => {
    const [listed, unlisted] = numberNodes('GLOBAL_PROCESS_STATE_ELIGIBLE').map((n) => n.number.phoneNumber);
    // A filter hides the second existing number from the tree: only Sinch's 409 can tell it exists.
    await vscode.commands.executeCommand('sinch.filter', listed.slice(-4));
    assert.ok(api.tree.model.find(listed) && !api.tree.model.find(unlisted), 'the filter lists one of the two');
    ui.answer = (m) => (m.modal && /already exists/.test(m.text) ? 'Add 1 Number' : undefined);
    await vscode.commands.executeCommand('sinch.addNumbers', { text: `${listed}, ${formatNanp(unlisted)}\n${unlisted.slice(2)} +12025550187` });
    const confirm = ui.find('warning', /^1 number already exists in offline sandbox .*; Sinch refused the batch\. Add the other 1\?$/);
    assert.ok(confirm?.modal, ui.summary());
    assert.match(confirm.detail ?? '', new RegExp(formatNanp(unlisted).replace(/\+/g, '\\+')));
    assert.strictEqual(await stateOf('+12025550187'), 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    const result = ui.find('info', /^Added \+1 202-555-0187 to qualify\./);
    assert.ok(result, ui.summary());
    assert.ok(result.text.includes(`Already qualified, not sent: ${formatNanp(listed)} and ${formatNanp(unlisted)}. A number pasted twice was sent once.`), result.text);
    const adds = sandbox.requestLog().filter((e) => e.method === 'POST' && e.path.endsWith(':addNumbers'));
    assert.deepStrictEqual(adds.map((e) => e.status), [409, 200]);
    assert.deepStrictEqual(ui.shown.filter((m) => m.level === 'error'), [], ui.summary());
  });

  it('keeps the numbers of a refused batch and offers them when Add runs again', async () => {
    const [existing] = numberNodes('GLOBAL_PROCESS_STATE_VERIFIED').map((n) => n.number.phoneNumber);
    // Numbers an earlier suite's failed add left on offer are not this test's.
    await api.services.context.globalState.update(NOT_ADDED_KEY, undefined);
    await vscode.commands.executeCommand('sinch.filter', '+1999*');
    ui.answer = () => undefined; // "Add the other 1?": the user closes the dialog
    await vscode.commands.executeCommand('sinch.addNumbers', { text: `${existing} +12025550186` });
    const refused = ui.find('error', /^The number was not added: .* Add Numbers to Qualify offers it again\.$/);
    assert.ok(refused, ui.summary());
    assert.strictEqual(await stateOf('+12025550186'), 'gone');

    await vscode.commands.executeCommand('sinch.clearFilter');
    let offered: string[] = [];
    ui.pick = (items) => {
      offered = items.map((i) => `${i.label} ${i.description ?? ''}`);
      return items.find((i) => i.label.includes('not added last time') && i.label.includes('Add'));
    };
    ui.answer = () => undefined;
    await vscode.commands.executeCommand('sinch.addNumbers');
    assert.ok(offered[0]?.startsWith('$(history) Add the number not added last time +1 202-555-0186'), JSON.stringify(offered));
    assert.strictEqual(await stateOf('+12025550186'), 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    // Added: the next run no longer offers it.
    ui.pick = (items) => ((offered = items.map((i) => i.label)), undefined);
    await vscode.commands.executeCommand('sinch.addNumbers');
    assert.ok(!offered.some((l) => l.includes('not added last time')), JSON.stringify(offered));
  });

  it('sends a voice challenge, then verifies with the code the sandbox call said', async () => {
    const [node] = numberNodes('GLOBAL_PROCESS_STATE_ELIGIBLE');
    const phone = node.number.phoneNumber;
    const spoken = new RegExp(`^Sandbox call to \\+1 ${phone.slice(2, 5)}-${phone.slice(5, 8)}-${phone.slice(8)}: the caller said (\\d+)$`);
    ui.answer = (m) => (m.text.startsWith('Calling ') ? 'Enter Code' : undefined);
    ui.inputs = [() => spoken.exec(ui.find('info', spoken)?.text ?? '')?.[1] ?? 'no call seen'];
    await vscode.commands.executeCommand('sinch.sendVoiceChallenge', node, [node]);
    assert.strictEqual(await stateOf(phone), 'GLOBAL_PROCESS_STATE_VERIFIED');
    assert.ok(ui.find('info', /is now Verified: Ownership is proven/), 'the new state is reported in words');
  });

  it('verifies from the palette with a pick of the waiting numbers, and reports a wrong code in words', async () => {
    const phone = numberNodes('GLOBAL_PROCESS_STATE_ELIGIBLE')[0].number.phoneNumber;
    await client.sendVoiceChallenge(phone);
    const code = sandbox.lastCode(client.projectId, phone);
    assert.ok(code);
    const wrong = code.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    // What the pick must offer: every number the server holds where verifying applies.
    const waiting: string[] = [];
    for (const state of statesFor('verifyChallenge')) for await (const n of client.listAll({ state, pageSize: 100 })) waiting.push(formatNanp(n.phoneNumber));
    assert.ok(waiting.includes(formatNanp(phone)), `${phone} should be waiting for its code`);
    let offered: string[] = [];
    ui.pick = (items) => {
      offered = items.map((i) => i.label);
      return items.find((i) => i.label === `+1 ${phone.slice(2, 5)}-${phone.slice(5, 8)}-${phone.slice(8)}`);
    };
    // A wrong code, then "Enter Code Again" with the right code of the same call.
    ui.inputs = [wrong, code];
    ui.answer = (m) => (m.text.startsWith('Wrong code') ? 'Enter Code Again' : undefined);
    await vscode.commands.executeCommand('sinch.verifyVoiceChallenge');
    assert.deepStrictEqual([...offered].sort(), waiting.sort(), 'the pick offers exactly the numbers waiting for a code');
    assert.strictEqual(offered[0], formatNanp(phone), 'the number just called comes first, newest first as in the tree');
    const warning = ui.find('warning', /^Wrong code for /);
    assert.ok(warning, ui.summary());
    assert.match(warning.text, /2 more wrong codes block the number\. The code from the same call still works: enter it again\. Send a new challenge only if you missed or forgot the code\.$/);
    assert.deepStrictEqual(warning.items, ['Enter Code Again', 'Send New Challenge']);
    assert.strictEqual(await stateOf(phone), 'GLOBAL_PROCESS_STATE_VERIFIED', 'the same call\'s code verified the number');
    assert.ok(ui.find('info', /is now Verified/), ui.summary());
  });

  it('does not call a number that was already failed "now" failed, and counts down the tries', async () => {
    const [node] = numberNodes('GLOBAL_PROCESS_STATE_VERIFICATION_FAILED');
    const phone = node.number.phoneNumber;
    const code = sandbox.lastCode(client.projectId, phone);
    assert.ok(code, 'the seeded failed number has a call');
    ui.inputs = [code.replace(/\d$/, (d) => String((Number(d) + 1) % 10))];
    await vscode.commands.executeCommand('sinch.verifyVoiceChallenge', node, [node]);
    const warning = ui.find('warning', /^Wrong code again for /);
    assert.ok(warning, ui.summary());
    assert.match(warning.text, /One more wrong code blocks the number/);
    assert.ok(!ui.shown.some((m) => /is now Verification failed/.test(m.text)), ui.summary());
  });

  it('after a sandbox reset, shows the seeded numbers again on its own and tells no state change about it', async () => {
    // Someone else verifies a number: the next refresh tells it (a real change).
    const [node] = numberNodes('GLOBAL_PROCESS_STATE_VERIFICATION_PENDING');
    const phone = node.number.phoneNumber;
    const code = sandbox.lastCode(client.projectId, phone);
    assert.ok(code, 'the seeded pending number has a call');
    await client.verifyVoiceChallenge(phone, code);
    await api.tree.refresh();
    await waitFor(() => ui.find('info', /is now Verified/) !== undefined, 'the change told after a refresh');
    ui.shown.length = 0;

    // The sandbox is reset (POST /_sandbox/reset, as a script or a test would): the number is back
    // to Verification pending in the tree without a refresh by the user, and that is no news.
    sandbox.reset();
    await waitFor(() => numberNodes('GLOBAL_PROCESS_STATE_VERIFICATION_PENDING').some((n) => n.number.phoneNumber === phone), 'the tree to show the reset numbers');
    await api.tree.refresh();
    assert.ok(!ui.shown.some((m) => / is now /.test(m.text)), `told a reset as state changes: ${ui.summary()}`);
  });

  it('filters by digits, shows the filter in the view description and clears it', async () => {
    const target = numberNodes('GLOBAL_PROCESS_STATE_ELIGIBLE')[0].number.phoneNumber;
    const digits = target.slice(-4);
    await vscode.commands.executeCommand('sinch.filter', digits);
    assert.strictEqual(api.tree.treeView.description, `Filter: ${digits}`);
    const listed = api.tree.model.listedNumbers().map((n) => n.phoneNumber);
    assert.ok(listed.includes(target));
    assert.ok(listed.every((n) => n.includes(digits)));
    assert.match(String(api.tree.getTreeItem(groupNode('GLOBAL_PROCESS_STATE_ELIGIBLE')).description), /^\d+ of \d+ match$/);
    await vscode.commands.executeCommand('sinch.clearFilter');
    assert.strictEqual(api.tree.treeView.description, undefined);
    assert.ok(api.tree.model.listedNumbers().length > listed.length);
  });

  it('shows digit and region filters above the tree, and Clear Filter clears both', async () => {
    const config = vscode.workspace.getConfiguration('sinch');
    try {
      await vscode.commands.executeCommand('sinch.filterRegion', 'US');
      await vscode.commands.executeCommand('sinch.filter', '555');
      await waitFor(() => api.tree.treeView.message === 'Filtered: numbers matching 555 in US only. Clear Filter shows every number.', `the filter message, got ${api.tree.treeView.message}`);
      await vscode.commands.executeCommand('sinch.clearFilter');
      assert.strictEqual(api.tree.treeView.message, undefined);
      assert.strictEqual(config.inspect('regionFilter')?.globalValue, undefined, 'the region filter is cleared too');
      assert.strictEqual(api.tree.model.currentQuery.regionCode, undefined);
      // The region alone narrows the list: it shows, and Clear Filter is offered for it.
      await vscode.commands.executeCommand('sinch.filterRegion', 'CA');
      await waitFor(() => api.tree.treeView.message === 'Filtered: numbers in CA only. Clear Filter shows every number.', 'the region message');
    } finally {
      await config.update('regionFilter', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('refuses a filter with letters, saying why, through the input box', async () => {
    ui.inputs = ['5a5'];
    await vscode.commands.executeCommand('sinch.filter');
    assert.deepStrictEqual(ui.problems.splice(0), ['input box "Sinch: Filter Qualified Numbers" refused "5a5": "a" cannot appear in a phone number; use digits, * and ?.']);
  });

  it('exports the listed numbers as CSV', async () => {
    const file = vscode.Uri.file(path.join(os.tmpdir(), `sinch-export-${process.pid}.csv`));
    await vscode.commands.executeCommand('sinch.export', { format: 'csv', uri: file, scope: 'listed' });
    const lines = fs.readFileSync(file.fsPath, 'utf8').trim().split('\n');
    assert.match(lines[0], /^phoneNumber,regionCode,globalProcessState,state,/);
    assert.strictEqual(lines.length - 1, api.tree.model.listedNumbers().length);
    fs.rmSync(file.fsPath);
  });

  it('shows number details as a read-only JSON document', async () => {
    const [node] = numberNodes('GLOBAL_PROCESS_STATE_VERIFIED');
    await vscode.commands.executeCommand('sinch.showDetails', node, [node]);
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the details editor');
    assert.strictEqual(editor.document.uri.scheme, 'sinch-number');
    const text = editor.document.getText();
    assert.strictEqual(JSON.parse(text.replace(/ \/\/ .*$/gm, '')).phoneNumber, node.number.phoneNumber);
    // hostedNumber.status arrives as a number: its meaning is written beside it.
    assert.match(text, /"hostedNumber": \{\n {4}"status": 0 \/\/ HOSTING_STATUS_UNSPECIFIED: Not hosted yet$/m);
    assert.strictEqual(editor.document.languageId, 'jsonc');
  });

  it('shows one "Failed to load - show log" node when every state fails', async () => {
    sandbox.scriptFaults([{ kind: 'status', status: 403, pathPrefix: '/v1/', times: STATE_ORDER.length }]);
    const outcome = await api.tree.refresh();
    assert.strictEqual(outcome?.failed, STATE_ORDER.length);
    const nodes = roots();
    assert.strictEqual(nodes.length, 1);
    const item = api.tree.getTreeItem(nodes[0]);
    assert.strictEqual(item.label, 'Failed to load - show log');
    assert.strictEqual(item.command?.command, 'sinch.showLog');
    assert.match(String(item.tooltip), /HTTP 403/);
  });

  describe('profiles and secrets', () => {
    let server: RunningSandbox;
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('sinch');

    before(async () => {
      server = await startSandbox({ port: 0, clock: 'manual' });
      await config().update('apiBaseUrl', server.url, vscode.ConfigurationTarget.Global);
      await config().update('authBaseUrl', server.url, vscode.ConfigurationTarget.Global);
    });

    after(async () => {
      await config().update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
      await config().update('authBaseUrl', undefined, vscode.ConfigurationTarget.Global);
      await server.close();
    });

    it('signs in with a key checked by one list call, keeps it only in SecretStorage, and signs out', async () => {
      const keyId = `it-key-${process.pid}-${Date.now()}`;
      const secret = `it-secret-${Math.random().toString(36).slice(2)}-${Date.now()}`;
      ui.inputs = ['integration', 'it-project', keyId, secret];
      await vscode.commands.executeCommand('sinch.signIn');
      assert.deepStrictEqual(ui.problems, []);
      assert.strictEqual(api.services.connection.describe(), 'profile integration (project it-project)');
      assert.strictEqual(api.sandbox(), undefined, 'signing in to a real profile stops the built-in sandbox');
      assert.ok(server.requestLog().some((e) => e.method === 'GET' && e.path.startsWith('/v1/projects/it-project/qualifiedNumbers')), 'the key was checked with a list call');
      const stored = await api.services.context.secrets.get(secretKeyFor('integration'));
      assert.ok(stored?.includes(secret), 'the secret is in SecretStorage');

      // The tree loads with the new profile, and the log records its requests.
      await api.tree.refresh();
      await api.services.connection.current()?.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 });
      const logsDir = process.env.SINCH_TEST_LOGS_DIR;
      assert.ok(logsDir, 'the runner passes SINCH_TEST_LOGS_DIR');
      const logFile = await waitFor(
        () => filesUnder(logsDir).find((f) => f.endsWith('.log') && fs.readFileSync(f, 'utf8').includes('GET /v1/projects/it-project/qualifiedNumbers')),
        'the Sinch log to record the requests',
      );
      assert.match(fs.readFileSync(logFile, 'utf8'), /GET \/v1\/projects\/it-project\/qualifiedNumbers\?\S+ 200 \d+ ms/);

      // Nowhere else: not in globalState, settings, settings.json, or any log or state file.
      const state = api.services.context.globalState;
      const stateText = JSON.stringify(state.keys().map((k) => [k, state.get(k)]));
      assert.ok(stateText.includes('it-project'), 'the profile itself is in globalState');
      const settingsText = JSON.stringify(config().inspect('') ?? {}) + JSON.stringify(['apiBaseUrl', 'authBaseUrl', 'authMethod'].map((k) => config().inspect(k)));
      const userDir = path.dirname(logsDir);
      const files = filesUnder(userDir).filter((f) => fs.statSync(f).size < 20_000_000);
      for (const value of [secret, keyId]) {
        assert.ok(!stateText.includes(value), 'not in globalState');
        assert.ok(!settingsText.includes(value), 'not in settings');
        const leaking = files.filter((f) => fs.readFileSync(f).includes(value));
        assert.deepStrictEqual(leaking, [], `${value === secret ? 'the secret' : 'the key ID'} is in no file of the user data folder`);
      }

      ui.answer = (m) => (m.modal && m.text === 'Sign out of Sinch profile "integration"?' ? 'Sign Out' : undefined);
      await vscode.commands.executeCommand('sinch.signOut');
      assert.strictEqual(api.services.connection.current(), undefined);
      assert.strictEqual(await api.services.context.secrets.get(secretKeyFor('integration')), undefined, 'signing out deletes the secret');
      assert.ok(!JSON.stringify(state.get('sinch.profiles')).includes('integration'));
      assert.deepStrictEqual(api.tree.getChildren(), [], 'the tree is empty (the welcome view shows) when signed out');
    });

    it('switches between stored profiles and the offline sandbox, and copies numbers from the tree', async () => {
      for (const name of ['alpha', 'beta']) {
        ui.inputs = [name, `${name}-project`, `${name}-key-id`, `${name}-key-secret`];
        await vscode.commands.executeCommand('sinch.signIn');
      }
      assert.strictEqual(api.services.connection.describe(), 'profile beta (project beta-project)');

      ui.pick = (items) => items.find((i) => i.label.endsWith(' alpha'));
      await vscode.commands.executeCommand('sinch.switchProfile');
      assert.strictEqual(api.services.connection.describe(), 'profile alpha (project alpha-project)');
      await api.tree.refresh();
      const [node] = numberNodes('GLOBAL_PROCESS_STATE_VERIFIED');
      assert.ok(server.requestLog().some((e) => e.path.startsWith('/v1/projects/alpha-project/')));
      await vscode.commands.executeCommand('sinch.copyNumber', node, [node]);
      assert.strictEqual(await vscode.env.clipboard.readText(), node.number.phoneNumber);

      ui.pick = (items) => items.find((i) => i.label.includes('Offline sandbox'));
      await vscode.commands.executeCommand('sinch.switchProfile');
      assert.match(api.services.connection.describe(), /^offline sandbox \(http:\/\/127\.0\.0\.1:\d+\)$/);
      assert.ok(api.sandbox(), 'the built-in sandbox runs again');

      // Sign Out on the sandbox stops it; then, not connected, Sign Out offers the stored profiles.
      await vscode.commands.executeCommand('sinch.signOut');
      assert.strictEqual(api.services.connection.current(), undefined);
      assert.strictEqual(api.sandbox(), undefined);
      for (const name of ['alpha', 'beta']) {
        ui.pick = (items) => items.find((i) => i.label === name);
        ui.answer = (m) => (m.modal && m.text === `Sign out of Sinch profile "${name}"?` ? 'Sign Out' : undefined);
        await vscode.commands.executeCommand('sinch.signOut');
        assert.strictEqual(await api.services.context.secrets.get(secretKeyFor(name)), undefined, `${name}'s key is deleted`);
      }
      assert.deepStrictEqual(api.services.context.globalState.get<{ profiles: unknown[] }>('sinch.profiles')?.profiles, []);
    });

    it('says what was wrong when Sinch refuses the key, and saves nothing', async () => {
      server.scriptFaults([{ kind: 'status', status: 401, pathPrefix: '/', times: 20 }]);
      ui.inputs = ['refused', 'it-project', 'bad-key-id', 'bad-key-secret'];
      await vscode.commands.executeCommand('sinch.signIn');
      const error = ui.find('error', /^Sign-in failed\. Sinch did not accept the key ID and secret for this project\./);
      assert.ok(error, `got ${JSON.stringify(ui.shown.map((m) => m.text))}`);
      assert.ok(error.text.includes('Nothing was saved.'));
      assert.deepStrictEqual(error.items, ['Try Again', 'Show Log']);
      assert.ok(!error.text.includes('bad-key-secret'));
      assert.strictEqual(await api.services.context.secrets.get(secretKeyFor('refused')), undefined);
      assert.ok(!JSON.stringify(api.services.context.globalState.get('sinch.profiles') ?? {}).includes('refused'));
      server.scriptFaults([]);
    });
  });
});
