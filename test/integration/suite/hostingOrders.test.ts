// "Hosting Orders" in a real extension host, against the extension's own sandbox (manual clock):
// orders created by a form submission appear with their numbers; "Open Hosting Order" checks the
// ID before any request; a 404 order is shown as such with Forget offered; unfinished orders
// refresh on their own only until all are finished, and reaching Completed is told once; the
// number tree tells the state changes it sees, coalesced.
import * as assert from 'assert';
import { createHmac } from 'node:crypto';
import * as vscode from 'vscode';
import type { QualifiedNumbersApi } from '../../../src/api/types';
import type { SinchExtensionApi } from '../../../src/extension';
import { isTollFree } from '../../../src/model/phone';
import { emptyDraft } from '../../../src/model/textEnable/fields';
import type { HostToWebview } from '../../../src/model/webviewMessages';
import { DraftStore } from '../../../src/panels/draftStore';
import { TextEnableController } from '../../../src/panels/textEnableController';
import { ordersForForm } from '../../../src/panels/textEnablePanel';
import type { RunningSandbox } from '../../../src/sandbox/index';
import { TIMINGS } from '../../../src/sandbox/lifecycle';
import type { HostingOrderNode } from '../../../src/views/hostingOrderNodes';
import { MemoryMemento } from '../../fixtures/memoryMemento';
import { draftWithNumbers } from '../../fixtures/textEnableDrafts';
import { ScriptedUser as Ui, waitFor } from './scriptedUser';

const EXTENSION_ID = 'sinch-community.sinch-qualified-numbers';

describe('Hosting Orders view', function () {
  this.timeout(60_000);
  let api: SinchExtensionApi;
  let sandbox: RunningSandbox;
  let client: QualifiedNumbersApi;
  let ui: Ui;

  function orderNodes(): HostingOrderNode[] {
    return api.orders.getChildren().filter((n): n is HostingOrderNode => n.kind === 'hostingOrder');
  }

  function item(id: string): vscode.TreeItem {
    return api.orders.getTreeItem({ kind: 'hostingOrder', hostingOrderId: id });
  }

  async function verifiedUsNumbers(count: number): Promise<string[]> {
    const found: string[] = [];
    for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 100 })) if (!isTollFree(n.phoneNumber) && n.regionCode === 'US') found.push(n.phoneNumber);
    assert.ok(found.length >= count, 'the seed has verified US numbers');
    return found.slice(0, count);
  }

  /** Submits the standard form's host side, wired to the view as the real panel is. */
  async function submit(numbers: string[], displayName: string): Promise<{ id: string; controller: TextEnableController; posts: HostToWebview[] }> {
    const posts: HostToWebview[] = [];
    const memento = new MemoryMemento();
    const controller = new TextEnableController({
      kind: 'standard',
      post: (m) => posts.push(m),
      connection: api.services.connection,
      drafts: new DraftStore(memento),
      refreshTree: () => undefined,
      log: api.services.log,
      ui: { confirmSplit: async () => true, writeClipboard: async () => undefined, saveFile: async () => undefined, withProgress: (_t, task) => task() },
      moveToOtherForm: async () => undefined,
      initialDraft: () => emptyDraft(),
      now: () => new Date(),
      orders: ordersForForm(api.services),
    });
    await controller.handle({ type: 'submit', requestId: 1, draft: draftWithNumbers(numbers, { displayName }) });
    const response = posts.find((p) => p.type === 'response' && p.requestId === 1);
    assert.ok(response?.type === 'response' && response.ok, `the submission went through: ${JSON.stringify(response)}`);
    const done = response.result as { status: string; orders: Array<{ ok: boolean; order?: { hostingOrderId: string } }> };
    const id = done.orders[0]?.order?.hostingOrderId;
    assert.ok(id, 'an order ID came back');
    return { id, controller, posts };
  }

  before(async () => {
    const extension = vscode.extensions.getExtension<SinchExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    api = await extension.activate();
  });

  beforeEach(async () => {
    sandbox = await api.connectToSandbox();
    const current = api.services.connection.current();
    assert.ok(current);
    client = current;
    sandbox.reset();
    // The sandbox's order IDs start over after a reset: forget what earlier tests listed.
    for (const node of orderNodes()) await api.orders.model.forget(node.hostingOrderId);
    ui = new Ui();
    ui.install();
    await vscode.commands.executeCommand('sinch.hostingOrders.focus');
  });

  afterEach(async () => {
    ui.restore();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepStrictEqual(ui.problems, []);
  });

  it('lists an order created by a submission with its numbers, and "Track order" reveals it', async () => {
    const numbers = await verifiedUsNumbers(2);
    const { id, controller, posts } = await submit(numbers, 'Spring campaign');
    await waitFor(() => orderNodes().some((n) => n.hostingOrderId === id) && api.orders.model.find(id)?.fetch.status === 'loaded', 'the order in the view');
    const order = item(id);
    assert.strictEqual(order.label, 'Spring campaign');
    assert.match(String(order.description), /^Submitted · text enable · /);
    assert.strictEqual((order.iconPath as vscode.ThemeIcon).id, 'send');
    assert.strictEqual(order.contextValue, 'hostingOrder.submitted');
    const tooltip = (order.tooltip as vscode.MarkdownString).value;
    for (const field of ['Service plan', 'Campaign', 'LoA e-mail', 'filed from this editor']) assert.ok(tooltip.includes(field), `tooltip has ${field}`);
    const children = api.orders.getChildren({ kind: 'hostingOrder', hostingOrderId: id });
    assert.deepStrictEqual(children.map((c) => (c.kind === 'hostingOrderNumber' ? c.phoneNumber : '')), numbers);
    assert.strictEqual(api.orders.getTreeItem(children[0]).command?.command, 'sinch.revealNumber');

    await controller.handle({ type: 'trackOrder', requestId: 2, hostingOrderId: id });
    assert.ok(posts.some((p) => p.type === 'response' && p.requestId === 2 && p.ok));
    await waitFor(() => api.orders.treeView.selection.some((n) => n.kind === 'hostingOrder' && n.hostingOrderId === id), 'the order selected in the view');
  });

  it("keeps a form's result following its order: the state \"Hosting Orders\" fetches is posted to the form, and a rebuilt form gets it at once", async () => {
    const numbers = await verifiedUsNumbers(1);
    const { id, controller, posts } = await submit(numbers, 'Followed from the form');
    // Wired as the panel wires it.
    const listening = api.orders.onDidChangeOrders(() => controller.ordersChanged());
    try {
      const statesOf = (from: number): string[] => posts.slice(from).flatMap((p) => (p.type === 'orderStates' ? p.orders.filter((o) => o.hostingOrderId === id).map((o) => o.stateLabel ?? '') : []));
      sandbox.advanceClock(TIMINGS.orderCompleteSeconds);
      await waitFor(() => statesOf(0).includes('Completed'), 'Completed posted to the form without "Track order"');
      // A form torn down while hidden comes back with the orders its results show.
      const before = posts.length;
      await controller.handle({ type: 'ready', shownOrders: [id] });
      assert.deepStrictEqual(statesOf(before), ['Completed'], 'the rebuilt form is told the state at once');
      // Nothing is posted again while nothing changed.
      const quiet = posts.length;
      controller.ordersChanged();
      assert.strictEqual(posts.length, quiet);
    } finally {
      listening.dispose();
    }
  });

  it('opens an order by ID, refusing a malformed ID before any request', async () => {
    const numbers = await verifiedUsNumbers(1);
    const request = { regionCode: 'US' as const, numbers, servicePlanId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', campaignId: 'C3O84GA', displayName: 'Made elsewhere', blanketLoaInfo: {} };
    const { hostingOrderId } = await client.textEnableNumbers(request);
    ui.inputs = ['../hostingOrders/x', `  ${hostingOrderId} `];
    await vscode.commands.executeCommand('sinch.openHostingOrder');
    assert.match(ui.problems.shift() ?? '', /refused "\.\.\/hostingOrders\/x": A hosting order ID has only letters, digits/);
    assert.ok(!sandbox.requestLog().some((e) => e.path.includes('/hostingOrders/..')), 'nothing malformed reached the API');
    await vscode.commands.executeCommand('sinch.openHostingOrder');
    await waitFor(() => api.orders.model.find(hostingOrderId)?.fetch.status === 'loaded', 'the opened order');
    assert.strictEqual(item(hostingOrderId).label, 'Made elsewhere');
    assert.match((item(hostingOrderId).tooltip as vscode.MarkdownString).value, /opened by ID/);
  });

  it('lists an order a received callback names, for the connected project only', async () => {
    const numbers = await verifiedUsNumbers(1);
    // An order made outside the extension, whose callbacks go to the inspector's listener: only the
    // sandbox's real, signed HOSTING_ORDER_NUMBER delivery can make it appear here.
    await vscode.commands.executeCommand('sinch.startCallbackListener');
    try {
      const listener = api.services.callbacks.address;
      assert.ok(listener, 'the callback listener is running');
      const { hostingOrderId } = await client.textEnableNumbers({ regionCode: 'US', numbers, servicePlanId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', campaignId: 'C3O84GA', displayName: 'Seen in a callback', callbackUrl: `${listener.localUrl}hooks`, blanketLoaInfo: {} });
      api.orders.followCallback({ resourceType: 'HOSTING_ORDER_NUMBER', resourceId: hostingOrderId, projectId: 'another-project' }, true);
      assert.strictEqual(api.orders.model.find(hostingOrderId), undefined, "another project's callback lists nothing");
      sandbox.advanceClock(70);
      await waitFor(() => api.orders.model.find(hostingOrderId)?.fetch.status === 'loaded', 'the order a callback named');
      assert.strictEqual(item(hostingOrderId).label, 'Seen in a callback');
      assert.match((item(hostingOrderId).tooltip as vscode.MarkdownString).value, /named by a received callback/);
      assert.strictEqual(orderNodes().length, 1);
    } finally {
      await vscode.commands.executeCommand('sinch.stopCallbackListener');
      api.services.callbacks.clear();
    }
  });

  it('never lists an order named only by a forged callback: a wrong signature, or none while a secret is stored', async () => {
    const numbers = await verifiedUsNumbers(2);
    const order = (n: string, name: string) => client.textEnableNumbers({ regionCode: 'US', numbers: [n], servicePlanId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', campaignId: 'C3O84GA', displayName: name, blanketLoaInfo: {} });
    const forged = (await order(numbers[0], 'Named by a forger')).hostingOrderId;
    const genuine = (await order(numbers[1], 'Named by Sinch')).hostingOrderId;
    const address = await api.services.callbacks.start();
    try {
      const projectId = client.projectId;
      const secret = await api.services.callbacks.secrets.get(projectId);
      assert.ok(secret, 'the sandbox project has a callback secret');
      const body = (resourceId: string, eventId: string): string => JSON.stringify({ resourceType: 'HOSTING_ORDER_NUMBER', eventType: 'HOSTING_PROCESS', eventId, timestamp: '2025-01-06T09:00:00Z', projectId, resourceId, status: 'SUCCEEDED' });
      const post = async (text: string, signature?: string): Promise<void> => {
        const res = await fetch(address.localUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(signature ? { 'X-Sinch-Signature': signature } : {}) }, body: text });
        assert.strictEqual(res.status, 200);
      };
      await post(body(forged, 'forged-bad'), createHmac('sha1', 'not-the-secret').update(body(forged, 'forged-bad')).digest('hex'));
      await post(body(forged, 'forged-unsigned'));
      await post(body(genuine, 'genuine'), createHmac('sha1', secret).update(body(genuine, 'genuine')).digest('hex'));
      await api.services.callbacks.settled();
      await waitFor(() => api.orders.model.find(genuine)?.fetch.status === 'loaded', 'the order a signed callback named');
      assert.strictEqual(api.orders.model.find(forged), undefined, 'the forged callbacks listed no order');
      assert.ok(!sandbox.requestLog().some((e) => e.path.endsWith(`/hostingOrders/${forged}`)), 'nor made a request for it');
      assert.strictEqual(api.callbacksView.getChildren().length, 3, 'all three deliveries are still shown in Callbacks');
    } finally {
      await vscode.commands.executeCommand('sinch.stopCallbackListener');
      api.services.callbacks.clear();
    }
  });

  it('shows an order the API does not know as "Not found (404)" and offers Forget', async () => {
    ui.inputs = ['01nosuchorder'];
    ui.answer = () => undefined;
    await vscode.commands.executeCommand('sinch.openHostingOrder');
    const warning = ui.find('warning', /does not know hosting order 01nosuchorder .*\(404\)/);
    assert.ok(warning, ui.summary());
    assert.deepStrictEqual(warning.items, ['Forget Hosting Order']);
    assert.match(String(item('01nosuchorder').description), /^Not found \(404\)/);
    assert.strictEqual(item('01nosuchorder').contextValue, 'hostingOrder.notFound');
    // Still listed after a manual refresh: never dropped silently.
    await vscode.commands.executeCommand('sinch.refreshHostingOrders');
    assert.ok(orderNodes().some((n) => n.hostingOrderId === '01nosuchorder'));
    await vscode.commands.executeCommand('sinch.forgetHostingOrder', { kind: 'hostingOrder', hostingOrderId: '01nosuchorder' });
    assert.ok(!orderNodes().some((n) => n.hostingOrderId === '01nosuchorder'));
  });

  it('refreshes unfinished orders on its own until all are finished, tells Completed once and the numbers\' new states once', async () => {
    const numbers = await verifiedUsNumbers(2);
    await api.tree.model.whenIdle();
    await api.tree.refresh();
    const before = ui.shown.length;
    const { id } = await submit(numbers, 'Followed');
    await waitFor(() => api.orders.model.find(id)?.fetch.status === 'loaded', 'the order fetched');
    await api.tree.refresh();
    await waitFor(() => api.orders.autoRefresher.scheduled, 'an automatic refresh scheduled while the order is unfinished');
    sandbox.advanceClock(TIMINGS.orderCompleteSeconds);
    await waitFor(() => api.orders.model.find(id)?.info.label === 'Completed', 'the order to reach Completed');
    await waitFor(() => ui.find('info', /Hosting order "Followed" .* is Completed/), 'the Completed notification');
    assert.strictEqual(api.orders.autoRefresher.scheduled, false, 'no automatic refresh once every order is finished');
    await vscode.commands.executeCommand('sinch.refreshHostingOrders');
    assert.strictEqual(ui.shown.filter((m) => /is Completed/.test(m.text)).length, 1, 'told once');

    await api.tree.model.whenIdle();
    await api.tree.refresh();
    const told = ui.shown.slice(before).filter((m) => /now Hosting done|moved to Hosting failed/.test(m.text));
    assert.strictEqual(told.length, 1, `one coalesced notification: ${ui.summary()}`);
    assert.match(told[0].text, /numbers are now Hosting done|moved to Hosting failed/);
    assert.deepStrictEqual(told[0].items, ['Show']);
    assert.ok(!ui.shown.slice(before).some((m) => /now Hosting in progress/.test(m.text)), 'the submission\'s own move is not announced');
  });

  it('says nothing about state changes with sinch.notifyOnStateChange off', async () => {
    const config = vscode.workspace.getConfiguration('sinch');
    await config.update('notifyOnStateChange', 'off', vscode.ConfigurationTarget.Global);
    try {
      const numbers = await verifiedUsNumbers(1);
      // The reset sandbox is seen first, so only what this test does can be news.
      await api.tree.model.whenIdle();
      await api.tree.refresh();
      const before = ui.shown.length;
      await client.textEnableNumbers({ regionCode: 'US', numbers, servicePlanId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', campaignId: 'C3O84GA', blanketLoaInfo: {} });
      await api.tree.model.whenIdle();
      await api.tree.refresh();
      assert.deepStrictEqual(ui.shown.slice(before), []);
    } finally {
      await config.update('notifyOnStateChange', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
