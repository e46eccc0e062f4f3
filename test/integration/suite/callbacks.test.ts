// The callback inspector in the real extension host, against the built-in sandbox over loopback
// HTTP: the sandbox's signed deliveries for a submitted order, test callbacks (a bad signature),
// replay byte for byte, forwarding from the user's settings, and a burst of 1,000 deliveries.
import * as assert from 'assert';
import { createHmac } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as vscode from 'vscode';
import type { QualifiedNumbersApi } from '../../../src/api/types';
import type { SinchExtensionApi } from '../../../src/extension';
import { forwardToSetting, type CallbackInspector, type ListenerAddress } from '../../../src/inspector/callbackInspector';
import { isTollFree } from '../../../src/model/phone';
import { callbackRow } from '../../../src/model/callbacks/presentation';
import type { CallbackRecord } from '../../../src/model/callbacks/record';
import type { RunningSandbox } from '../../../src/sandbox/index';
import { ScriptedUser as Ui, waitFor } from './scriptedUser';

const EXTENSION_ID = 'sinch-community.sinch-qualified-numbers';

interface Received {
  body: Buffer;
  headers: http.IncomingHttpHeaders;
}

/** A stand-in for the user's own handler. */
async function startHandler(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks), headers: req.headers });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/my/handler`,
    received,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

describe('Callback inspector', function () {
  this.timeout(120_000);
  let api: SinchExtensionApi;
  let sandbox: RunningSandbox;
  let client: QualifiedNumbersApi;
  let inspector: CallbackInspector;
  let ui: Ui;

  const rows = (): CallbackRecord[] => api.callbacksView.getChildren();
  const description = (record: CallbackRecord): string => String(api.callbacksView.getTreeItem(record).description);

  before(async () => {
    const extension = vscode.extensions.getExtension<SinchExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    api = await extension.activate();
    inspector = api.services.callbacks;
  });

  beforeEach(async () => {
    if (api.services.connection.current() === undefined || api.sandbox() === undefined) sandbox = await api.connectToSandbox();
    sandbox = api.sandbox() as RunningSandbox;
    client = api.services.connection.current() as QualifiedNumbersApi;
    sandbox.reset();
    inspector.clear();
    ui = new Ui();
    ui.install();
  });

  afterEach(async () => {
    ui.restore();
    await vscode.workspace.getConfiguration('sinch').update('callbacks.forwardTo', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepStrictEqual(ui.problems, []);
  });

  it('starts the listener on loopback, shows it, and lists the sandbox\'s signed deliveries for a submitted order', async () => {
    await vscode.commands.executeCommand('sinch.startCallbackListener');
    const address = inspector.address;
    assert.ok(address, 'listening');
    assert.match(address.localUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.ok(ui.find('info', /Listening for Sinch callbacks on/), ui.summary());

    let verified: string | undefined;
    for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED' })) {
      if (!isTollFree(n.phoneNumber) && n.regionCode === 'US') {
        verified = n.phoneNumber;
        break;
      }
    }
    assert.ok(verified, 'the seeded sandbox has a verified US number');
    const order = await client.textEnableNumbers({
      regionCode: 'US',
      numbers: [verified],
      servicePlanId: '0123456789abcdef0123456789abcdef',
      campaignId: 'C3O84GA',
      callbackUrl: `${address.localUrl}sinch/callbacks`,
      directLoaInfo: {
        authorisedPerson: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
        address: { buildingNumber: '1', street: 'Main St', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' },
        currentVoiceCarrier: 'Verizon',
      },
    });
    sandbox.advanceClock(70);
    // OSR update, campaign link, provisioning and hosting process for the number, one for the order.
    await waitFor(() => rows().length >= 5, 'five callbacks listed');
    await inspector.settled();
    const listed = rows();
    assert.deepStrictEqual(listed.map((r) => r.event?.eventType).sort(), ['HOSTING_PROCESS', 'HOSTING_PROCESS', 'LINK_TO_10DLC_CAMPAIGN', 'OSR_UPDATE', 'PROVISIONING_TO_SMS_PLATFORM']);
    for (const record of listed) assert.match(description(record), /signature valid/, `${record.event?.eventType}: ${description(record)}`);
    assert.ok(listed.some((r) => r.event?.resourceId === order.hostingOrderId && api.callbacksView.getTreeItem(r).label === `Hosting process: order ${order.hostingOrderId}`));
    assert.ok(listed.every((r) => r.path === '/sinch/callbacks'));

    // Selecting a row opens its read-only document.
    await vscode.commands.executeCommand('sinch.showCallback', listed[0]);
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc, 'a document opened');
    assert.strictEqual(doc.uri.scheme, 'sinch-callback');
    assert.match(doc.getText(), /## Verdict[\s\S]*signature valid[\s\S]*## Headers[\s\S]*x-sinch-signature: [0-9a-f]{40}[\s\S]*## Raw body[\s\S]*## Pretty JSON/);
  });

  it('flags a badly signed test callback, counts a duplicate once and marks an out-of-order one', async () => {
    await vscode.commands.executeCommand('sinch.sendTestCallback', 'succeeded');
    await vscode.commands.executeCommand('sinch.sendTestCallback', 'duplicate');
    await vscode.commands.executeCommand('sinch.sendTestCallback', 'outOfOrder');
    await vscode.commands.executeCommand('sinch.sendTestCallback', 'badSignature');
    const [bad, older, first] = rows();
    assert.strictEqual(rows().length, 3);
    assert.match(description(bad), /signature invalid/);
    assert.doesNotMatch(description(bad), /signature valid|unsigned/);
    assert.match(description(older), /out of order/);
    assert.match(description(first), /signature valid · delivered 2 times/);
    // Kept for the next window: workspaceState holds the same rows a moment later.
    const stored = (): unknown[] => (api.services.context.workspaceState.get<{ records?: unknown[] }>('sinch.callbacks')?.records ?? []);
    await waitFor(() => stored().length === 3, 'the three rows saved in workspaceState');
  });

  it('checks with a secret set by "Set Callback Secret", hands it to the sandbox, and never exports it', async () => {
    const secret = `secret-${Date.now()}`;
    ui.inputs.push(secret);
    await vscode.commands.executeCommand('sinch.setCallbackSecret');
    assert.ok(ui.inputBoxes.at(-1)?.password, 'the secret is typed into a password box');
    assert.ok(ui.find('info', /Saved the callback secret of project sandbox-project/), ui.summary());
    await vscode.commands.executeCommand('sinch.sendTestCallback', 'succeeded');
    const [record] = rows();
    assert.match(description(record), /signature valid/);
    assert.strictEqual(record.headers['x-sinch-signature'], createHmac('sha1', secret).update(Buffer.from(record.bodyBase64, 'base64')).digest('hex'));
    const target = vscode.Uri.joinPath(api.services.context.globalStorageUri, `export-${Date.now()}.json`);
    const w = vscode.window as unknown as Record<string, unknown>;
    const original = w.showSaveDialog;
    w.showSaveDialog = async () => target;
    try {
      await vscode.commands.executeCommand('sinch.exportCallbacks');
    } finally {
      w.showSaveDialog = original;
    }
    const exported = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    assert.strictEqual((JSON.parse(exported) as { count: number }).count, 1);
    assert.ok(!exported.includes(secret), 'the secret is not in the export');
    assert.ok(!JSON.stringify(api.services.context.workspaceState.get('sinch.callbacks') ?? {}).includes(secret), 'nor in workspaceState');
  });

  it('replays a callback byte for byte with its original signature to a remembered URL, and shows the status', async () => {
    const handler = await startHandler();
    try {
      await vscode.commands.executeCommand('sinch.sendTestCallback', 'failed');
      const [record] = rows();
      ui.inputs.push(handler.url);
      await vscode.commands.executeCommand('sinch.replayCallback', record);
      assert.strictEqual(handler.received.length, 1);
      assert.deepStrictEqual(handler.received[0].body, Buffer.from(record.bodyBase64, 'base64'));
      assert.strictEqual(handler.received[0].headers['x-sinch-signature'], record.headers['x-sinch-signature']);
      assert.match(description(rows()[0]), /replayed: 200/);
      assert.match(description(record), /failed: The NNID is not valid/);
      // The URL is remembered for the next replay.
      ui.inputs.push(() => ui.inputBoxes.at(-1)?.value ?? '');
      await vscode.commands.executeCommand('sinch.replayCallback', record);
      assert.strictEqual(ui.inputBoxes.at(-1)?.value, handler.url);
      assert.strictEqual(handler.received.length, 2);
    } finally {
      await handler.close();
    }
  });

  it('forwards every delivery to sinch.callbacks.forwardTo from the user settings', async () => {
    const handler = await startHandler();
    try {
      await vscode.workspace.getConfiguration('sinch').update('callbacks.forwardTo', handler.url, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('sinch.sendTestCallback', 'succeeded');
      await waitFor(() => handler.received.length === 1, 'the forwarded delivery');
      const [record] = rows();
      assert.deepStrictEqual(handler.received[0].body, Buffer.from(record.bodyBase64, 'base64'));
      assert.strictEqual(handler.received[0].headers['x-sinch-signature'], record.headers['x-sinch-signature']);
      await waitFor(() => /forwarded: 200/.test(description(rows()[0])), 'the forward status on the row');
    } finally {
      await handler.close();
    }
  });

  it('ignores sinch.callbacks.forwardTo from a workspace\'s .vscode/settings.json', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder, 'the integration host has a workspace folder');
    const file = vscode.Uri.joinPath(folder, '.vscode', 'settings.json');
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('sinch');
    // pageSize (a window setting) shows when VS Code has read the file.
    await vscode.workspace.fs.writeFile(file, Buffer.from(JSON.stringify({ 'sinch.callbacks.forwardTo': 'https://attacker.example/steal', 'sinch.pageSize': 7 })));
    try {
      await waitFor(() => config().get('pageSize') === 7, 'VS Code to read the workspace settings');
      assert.strictEqual(forwardToSetting(), undefined, 'a cloned repository cannot redirect callbacks');
      await config().update('callbacks.forwardTo', 'http://localhost:3000/mine', vscode.ConfigurationTarget.Global);
      assert.strictEqual(forwardToSetting(), 'http://localhost:3000/mine');
    } finally {
      await vscode.workspace.fs.delete(file);
      await waitFor(() => config().get('pageSize') !== 7, 'the workspace settings to go');
    }
  });

  it('lists 1,000 concurrent deliveries once each, answering all with 200, while the host keeps serving', async () => {
    const address = await inspector.start();
    const secret = await inspector.secrets.get('sandbox-project');
    assert.ok(secret, 'the sandbox project has a callback secret');
    const bodies = Array.from({ length: 1000 }, (_, i) => JSON.stringify({
      resourceType: 'IMPORTED_NUMBER', eventType: 'HOSTING_PROCESS', eventId: `burst-${i}`, timestamp: new Date(Date.UTC(2025, 0, 6, 9) + i).toISOString(),
      projectId: 'sandbox-project', resourceId: `+1202555${String(1000 + i).padStart(4, '0')}`, status: 'SUCCEEDED',
    }));
    const burst = Promise.all(bodies.map((body) => fetch(address.localUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Sinch-Signature': createHmac('sha1', secret).update(body).digest('hex') },
      body,
    }).then((res) => res.status)));
    // Meanwhile the host answers the workbench and the view.
    await vscode.commands.executeCommand('sinch.copyCallbackUrl');
    assert.strictEqual(await vscode.env.clipboard.readText(), address.externalUrl);
    assert.ok(Array.isArray(api.callbacksView.getChildren()));
    const statuses = await burst;
    assert.deepStrictEqual([...new Set(statuses)], [200]);
    await inspector.settled();
    await waitFor(() => rows().length === 1000, '1,000 rows');
    const ids = rows().map((r) => r.event?.eventId);
    assert.strictEqual(new Set(ids).size, 1000, 'each listed once');
    assert.ok(rows().every((r) => callbackRow(r, Date.now()).description.includes('signature valid')));
    // And it still takes the next one.
    const late = await fetch(address.localUrl, { method: 'POST', body: 'not json' });
    assert.strictEqual(late.status, 400);
    await waitFor(() => rows()[0]?.malformed !== undefined, 'the malformed delivery listed');
  });

  it('the fixed port taken (another window listening there): says so, offers a free port, and listens there once taken', async () => {
    // Another window's listener, played by a plain server on the port.
    const other = http.createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const taken = (other.address() as AddressInfo).port;
    const config = vscode.workspace.getConfiguration('sinch');
    try {
      await vscode.commands.executeCommand('sinch.stopCallbackListener');
      await config.update('callbacks.port', taken, vscode.ConfigurationTarget.Global);

      // Closed without a choice: not listening, and no second error on top of the offer.
      await vscode.commands.executeCommand('sinch.startCallbackListener');
      const offer = ui.find('warning', new RegExp(`^The callback listener cannot use port ${taken} \\(sinch\\.callbacks\\.port\\): another VS Code window's listener or another program is using it\\.`));
      assert.ok(offer, ui.summary());
      assert.deepStrictEqual(offer.items, ['Use a Free Port', 'Open Setting']);
      const listening = (): ListenerAddress | undefined => inspector.address;
      assert.strictEqual(listening(), undefined);
      assert.strictEqual(ui.shown.filter((m) => m.level === 'error').length, 0, ui.summary());

      // "Use a Free Port": this window listens elsewhere and takes deliveries there.
      ui.answer = (m) => (m.level === 'warning' && m.items.includes('Use a Free Port') ? 'Use a Free Port' : undefined);
      await vscode.commands.executeCommand('sinch.startCallbackListener');
      const address = listening();
      assert.ok(address, `not listening after "Use a Free Port"": ${ui.summary()}`);
      assert.notStrictEqual(address.port, taken);
      assert.match(address.localUrl, new RegExp(`^http://127\\.0\\.0\\.1:${address.port}/$`));
      assert.ok(ui.shown.some((m) => m.level === 'info' && m.text.startsWith(`Listening for Sinch callbacks on ${address.externalUrl}.`)), ui.summary());
      const res = await fetch(address.localUrl, { method: 'POST', body: 'not json' });
      assert.strictEqual(res.status, 400);
      await waitFor(() => rows()[0]?.malformed !== undefined, 'the delivery listed');
      // The other "window" still has its port.
      assert.strictEqual((await fetch(`http://127.0.0.1:${taken}/`)).status, 204);
    } finally {
      await inspector.stop();
      await config.update('callbacks.port', undefined, vscode.ConfigurationTarget.Global);
      other.closeAllConnections();
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('stops the listener, keeps what was received, and clears after a modal confirmation', async () => {
    await vscode.commands.executeCommand('sinch.sendTestCallback', 'succeeded');
    await vscode.commands.executeCommand('sinch.stopCallbackListener');
    assert.strictEqual(inspector.address, undefined);
    assert.strictEqual(rows().length, 1);
    ui.answer = (m) => (m.modal ? 'Clear' : undefined);
    await vscode.commands.executeCommand('sinch.clearCallbacks');
    assert.ok(ui.find('warning', /Clear the 1 callback received/)?.modal);
    assert.strictEqual(rows().length, 0);
  });
});
