// Secrets and trust in the real extension host. A profile is signed in with a known key ID and
// secret (against a standalone sandbox on loopback), every feature is exercised, errors included,
// and then the key is looked for everywhere it must not be: settings, global and workspace state,
// the log, notifications, tree items, webview messages, the cURL and .http snippets, exports,
// documents and every file VS Code keeps. Then: a workspace cannot redirect the credentials, a
// foreign host needs https and a one-time yes, and a failing SecretStorage is explained.
import * as assert from 'assert';
import { createHmac } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { SinchExtensionApi } from '../../../src/extension';
import { secretKeyFor } from '../../../src/model/profiles';
import { emptyDraft, type TextEnableDraft } from '../../../src/model/textEnable/fields';
import type { HostToWebview } from '../../../src/model/webviewMessages';
import { DraftStore } from '../../../src/panels/draftStore';
import { TextEnableController } from '../../../src/panels/textEnableController';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index';
import type { NumberNode, SinchTreeNode } from '../../../src/views/nodes';
import { activateExtension, filesUnder, flushedLogs, RejectionWatch, ScriptedUser, waitFor } from './reliabilityHelpers';
import { draftWithNumbers } from '../../fixtures/textEnableDrafts';

const PROJECT = 'reliability-secrets';
const CONSENT_KEY = 'sinch.approvedHosts';

function draft(numbers: string[]): TextEnableDraft {
  return draftWithNumbers(numbers, { displayName: 'Secrets run' });
}

describe('Reliability: secrets and trust', function () {
  this.timeout(120_000);
  let api: SinchExtensionApi;
  let extensionPath: string;
  let server: RunningSandbox;
  let user: ScriptedUser;
  const watch = new RejectionWatch();
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('sinch');

  async function pointSettingsAt(apiBaseUrl: string | undefined, authBaseUrl: string | undefined = apiBaseUrl): Promise<void> {
    await config().update('apiBaseUrl', apiBaseUrl, vscode.ConfigurationTarget.Global);
    await config().update('authBaseUrl', authBaseUrl, vscode.ConfigurationTarget.Global);
  }

  /** Signs out of whatever profile is active (through the command, as a user would) and forgets this suite's profiles. */
  async function signOutEverywhere(): Promise<void> {
    if (api.services.connection.current()) {
      const answer = user.answer;
      user.answer = (m) => (m.modal && /^Sign out of Sinch profile/.test(m.text) ? 'Sign Out' : undefined);
      await vscode.commands.executeCommand('sinch.signOut');
      user.answer = answer;
    }
    for (const name of ['secrets', 'foreign', 'keyring']) await api.services.context.secrets.delete(secretKeyFor(name));
    await api.services.context.globalState.update('sinch.profiles', undefined);
    // The list's mirror in SecretStorage too: the store adopts it when newer, and the next suite's
    // profile checks (the sidebar's, run right after under --grep) found this suite's profile back.
    await api.services.context.secrets.delete('sinch.profiles.latest');
  }

  before(async () => {
    const activated = await activateExtension();
    api = activated.api;
    extensionPath = activated.extension.extensionPath;
    server = await startSandbox({ port: 0, clock: 'manual', numbers: 80 });
    watch.start();
  });

  after(async () => {
    watch.stop();
    await pointSettingsAt(undefined);
    await api.services.context.globalState.update(CONSENT_KEY, undefined);
    await server.close();
    assert.deepStrictEqual(watch.ours(extensionPath), []);
  });

  beforeEach(() => {
    user = new ScriptedUser().install();
  });

  afterEach(async () => {
    await signOutEverywhere();
    user.restore();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('signs in with a known key, runs every feature and error, and the key is found nowhere but SecretStorage', async () => {
    const keyId = `rel-key-id-${process.pid}-${Date.now().toString(36)}`;
    const secret = `rel-secret-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
    await pointSettingsAt(server.url);
    user.inputs = ['secrets', PROJECT, keyId, secret];
    await vscode.commands.executeCommand('sinch.signIn');
    assert.strictEqual(api.services.connection.describe(), `profile secrets (project ${PROJECT})`, user.summary());
    assert.strictEqual(user.inputBoxes[3].password, true, 'the key secret was typed into an unmasked box');

    const collected: string[] = [];
    const tree = (): SinchTreeNode[] => api.tree.getChildren().flatMap((g) => [g, ...api.tree.getChildren(g)]);
    const treeText = (): string => JSON.stringify(tree().map((n) => {
      // As on hover: a number's tooltip is built by resolveTreeItem.
      const item = api.tree.resolveTreeItem(api.tree.getTreeItem(n), n);
      return [item.label, item.description, item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip, item.id, item.contextValue];
    }));
    const numbersIn = (state: string): NumberNode[] => tree().filter((n): n is NumberNode => n.kind === 'number' && n.group === state);

    // The tree, a filter, paging.
    await vscode.commands.executeCommand('sinch.refresh');
    await vscode.commands.executeCommand('sinch.filter', '55');
    collected.push(treeText());
    await vscode.commands.executeCommand('sinch.clearFilter');
    collected.push(treeText());
    // Add, challenge, verify, details, copy, export, delete.
    user.answer = (m) => (m.text.includes('orders@sinch.com') ? 'Copy Numbers' : undefined);
    await vscode.commands.executeCommand('sinch.addNumbers', { text: '+12065550171, +12065550172, 12345' });
    collected.push(await vscode.env.clipboard.readText());
    server.advanceClock(31);
    await vscode.commands.executeCommand('sinch.refresh');
    const eligible = numbersIn('GLOBAL_PROCESS_STATE_ELIGIBLE')[0];
    assert.ok(eligible, 'no eligible number in the tree');
    user.answer = () => undefined;
    await vscode.commands.executeCommand('sinch.sendVoiceChallenge', eligible, [eligible]);
    const code = server.lastCode(PROJECT, eligible.number.phoneNumber);
    assert.ok(code);
    user.inputs = [code];
    await vscode.commands.executeCommand('sinch.verifyVoiceChallenge', eligible.number.phoneNumber);
    await vscode.commands.executeCommand('sinch.showDetails', eligible, [eligible]);
    const details = await waitFor(() => vscode.window.activeTextEditor?.document.uri.scheme === 'sinch-number' && vscode.window.activeTextEditor.document, 'the details document');
    collected.push(details.getText());
    await vscode.commands.executeCommand('sinch.copyNumber', eligible, [eligible]);
    collected.push(await vscode.env.clipboard.readText());
    for (const format of ['csv', 'json'] as const) {
      const file = vscode.Uri.file(path.join(os.tmpdir(), `sinch-secrets-${process.pid}.${format}`));
      await vscode.commands.executeCommand('sinch.export', { format, uri: file, scope: 'all' });
      collected.push(fs.readFileSync(file.fsPath, 'utf8'));
      fs.rmSync(file.fsPath);
    }
    const doomed = numbersIn('GLOBAL_PROCESS_STATE_NOT_ELIGIBLE').slice(0, 2);
    user.answer = (m) => (m.modal ? 'Delete' : undefined);
    await vscode.commands.executeCommand('sinch.deleteNumbers', doomed[0], doomed);

    // Errors of every kind: refused, rate-limited, broken, unreachable auth, bad input.
    for (const fault of [
      { kind: 'status' as const, status: 401, times: 40 },
      { kind: 'status' as const, status: 403, times: 40 },
      { kind: 'status' as const, status: 429, retryAfter: '120', times: 40 },
      { kind: 'html' as const, times: 60 },
    ]) {
      server.scriptFaults([{ ...fault, pathPrefix: '/v1/' }]);
      await vscode.commands.executeCommand('sinch.refresh');
      await fetch(`${server.url}/_sandbox/faults`, { method: 'DELETE' });
    }
    server.advanceClock(4000);
    server.scriptFaults([{ kind: 'status', status: 401, pathPrefix: '/oauth2/token', times: 10 }]);
    await vscode.commands.executeCommand('sinch.refresh');
    await fetch(`${server.url}/_sandbox/faults`, { method: 'DELETE' });
    await vscode.commands.executeCommand('sinch.addNumbers', { text: 'not a number' });
    collected.push(treeText());
    await vscode.commands.executeCommand('sinch.refresh');

    // The text-enable forms' host side: its webview messages, the cURL and the .http snippets.
    const posts: HostToWebview[] = [];
    const clipboard: string[] = [];
    const saved: string[] = [];
    const memento = api.services.context.workspaceState;
    for (const kind of ['standard', 'tollFree'] as const) {
      const controller = new TextEnableController({
        kind,
        post: (m) => posts.push(m),
        connection: api.services.connection,
        drafts: new DraftStore(memento),
        refreshTree: () => api.services.refreshTree(),
        log: api.services.log,
        ui: {
          confirmSplit: async () => true,
          writeClipboard: async (text) => {
            clipboard.push(text);
            await vscode.env.clipboard.writeText(text);
          },
          saveFile: async (name, content) => {
            saved.push(content);
            return name;
          },
          withProgress: (_title, task) => task(),
        },
        moveToOtherForm: async () => undefined,
        initialDraft: () => new DraftStore(memento).get(kind) ?? emptyDraft(),
        now: () => new Date(),
      });
      const verified = numbersIn('GLOBAL_PROCESS_STATE_VERIFIED').map((n) => n.number.phoneNumber).filter((p) => (kind === 'tollFree') === /^\+18(00|33|44|55|66|77|88)/.test(p));
      const messages: unknown[] = [
        { type: 'ready' },
        { type: 'draftChanged', draft: draft(verified.slice(0, 1)) },
        { type: 'listPickable', requestId: 1 },
        { type: 'copyCurl', requestId: 2, draft: draft(verified.slice(0, 1)), auth: 'basic' },
        { type: 'copyCurl', requestId: 3, draft: draft(verified.slice(0, 1)), auth: 'bearer' },
        { type: 'saveHttpFile', requestId: 4, draft: draft(verified.slice(0, 1)), auth: 'basic' },
        { type: 'submit', requestId: 5, draft: draft(verified.slice(0, 1)) },
        { type: 'trackOrder', requestId: 6, hostingOrderId: 'no-such-order' },
        { type: 'submit', requestId: 7, draft: draft(['+12065559999']) },
      ];
      for (const message of messages) await controller.handle(message);
      const submitted = posts.find((p) => p.type === 'response' && p.requestId === 5);
      assert.ok(submitted && submitted.type === 'response' && submitted.ok, `the ${kind} submit was not answered`);
    }
    collected.push(JSON.stringify(posts), ...clipboard, ...saved);
    assert.ok(clipboard.some((c) => c.includes('$SINCH_KEY_SECRET')) && saved.some((s) => s.includes('{{keySecret}}')), 'the snippets were not produced');

    // Where the key must not be.
    const logs = await flushedLogs(api);
    assert.match(logs, /GET \/v1\/projects\/reliability-secrets\/qualifiedNumbers\?\S+ 200/, 'the log has no request lines to check');
    const state = (memento: vscode.Memento): string => JSON.stringify(memento.keys().map((k) => [k, memento.get(k)]));
    const settings = JSON.stringify(config()) + JSON.stringify(['apiBaseUrl', 'authBaseUrl', 'authMethod', 'pageSize', 'regionFilter', 'orderBy', 'autoRefreshSeconds', 'sandbox.autoStart'].map((k) => config().inspect(k)));
    const places: Record<string, string> = {
      'the log': logs,
      'global state': state(api.services.context.globalState),
      'workspace state': state(api.services.context.workspaceState),
      settings,
      notifications: JSON.stringify(user.shown),
      'tree items, documents, clipboard, exports, webview messages and snippets': collected.join('\n'),
    };
    for (const [place, text] of Object.entries(places)) {
      assert.ok(text.length > 0, `nothing was read from ${place}`);
      for (const [what, value] of [['the key secret', secret], ['the key ID', keyId]] as const) assert.ok(!text.includes(value), `${what} is in ${place}`);
    }
    const logsDir = process.env.SINCH_TEST_LOGS_DIR;
    assert.ok(logsDir);
    const userDir = path.dirname(logsDir);
    const folders = [userDir, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath)];
    const files = folders.flatMap(filesUnder).filter((f) => fs.statSync(f).size < 50_000_000);
    assert.ok(files.length > 10, 'too few files to scan');
    for (const value of [secret, keyId]) {
      assert.deepStrictEqual(files.filter((f) => fs.readFileSync(f).includes(value)), [], 'a file on disk holds the key');
    }
    // SecretStorage holds it, and signing out removes it.
    assert.ok((await api.services.context.secrets.get(secretKeyFor('secrets')))?.includes(secret));
    user.answer = (m) => (m.modal && /^Sign out of Sinch profile "secrets"/.test(m.text) ? 'Sign Out' : undefined);
    await vscode.commands.executeCommand('sinch.signOut');
    assert.strictEqual(await api.services.context.secrets.get(secretKeyFor('secrets')), undefined);
    assert.deepStrictEqual(user.problems, []);
  });

  it('the new stores (Hosting Orders, callbacks with a callback secret, Export Callbacks, walkthrough, chat tools) hold neither the key secret nor the callback secret', async () => {
    const keyId = `stores-key-id-${process.pid}-${Date.now().toString(36)}`;
    const secret = `stores-secret-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
    const callbackSecret = `cb-secret-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
    await pointSettingsAt(server.url);
    user.inputs = ['secrets', PROJECT, keyId, secret];
    await vscode.commands.executeCommand('sinch.signIn');
    assert.strictEqual(api.services.connection.describe(), `profile secrets (project ${PROJECT})`, user.summary());
    const client = api.services.connection.current();
    assert.ok(client);
    const collected: string[] = [];

    // A callback secret for this project, the listener, and a text-enable order that calls it back.
    user.inputs = [callbackSecret];
    await vscode.commands.executeCommand('sinch.setCallbackSecret');
    assert.ok(user.find('info', new RegExp(`Saved the callback secret of project ${PROJECT}`)), user.summary());
    await vscode.commands.executeCommand('sinch.startCallbackListener');
    const address = api.services.callbacks.address;
    assert.ok(address, 'the listener runs');
    let verified: string | undefined;
    for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 100 })) if (!/^\+18(00|33|44|55|66|77|88)/.test(n.phoneNumber) && n.regionCode === 'US') verified = n.phoneNumber;
    assert.ok(verified, 'a verified US number');
    const order = await client.textEnableNumbers({
      regionCode: 'US', numbers: [verified], servicePlanId: '0123456789abcdef0123456789abcdef', campaignId: 'C3O84GA', callbackUrl: `${address.localUrl}sinch`,
      directLoaInfo: { authorisedPerson: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' }, address: { buildingNumber: '1', street: 'Main St', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' }, currentVoiceCarrier: 'Verizon' },
    });
    await api.services.hostingOrders.track(order.hostingOrderId, { source: 'submission', kind: 'standard', regionCode: 'US', numbers: [verified], state: 'SUBMITTED' });
    // Signed deliveries about it, as Sinch would send them, and a forged one (earlier suites' rows cleared).
    api.services.callbacks.clear();
    for (const [i, key] of [callbackSecret, callbackSecret, 'forged'].entries()) {
      const body = JSON.stringify({ resourceType: 'HOSTING_ORDER_NUMBER', eventType: 'HOSTING_PROCESS', eventId: `stores-${i}`, timestamp: new Date().toISOString(), projectId: PROJECT, resourceId: order.hostingOrderId, status: 'IN_PROGRESS' });
      const res: Response = await fetch(address.localUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Sinch-Signature': createHmac('sha1', key).update(body).digest('hex') }, body });
      assert.strictEqual(res.status, 200);
    }
    await api.services.callbacks.settled();
    await waitFor(() => api.callbacksView.getChildren().filter((r) => r.event?.eventId.startsWith('stores-')).length === 3, `three callbacks listed: ${api.callbacksView.getChildren().length} rows`);
    for (const record of api.callbacksView.getChildren()) {
      // As on hover: the tooltip is built by resolveTreeItem.
      const item = api.callbacksView.resolveTreeItem(api.callbacksView.getTreeItem(record), record);
      collected.push(JSON.stringify([item.label, item.description, item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip]));
      await vscode.commands.executeCommand('sinch.showCallback', record);
      collected.push(vscode.window.activeTextEditor?.document.getText() ?? '');
    }
    // The Hosting Orders view, its details and copy.
    await vscode.commands.executeCommand('sinch.refreshHostingOrders');
    for (const node of api.orders.getChildren()) {
      const item = await api.orders.getTreeItem(node);
      collected.push(JSON.stringify([item.label, item.description, item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip]));
    }
    await vscode.commands.executeCommand('sinch.showHostingOrderDetails', order.hostingOrderId);
    collected.push(vscode.window.activeTextEditor?.document.getText() ?? '');
    await vscode.commands.executeCommand('sinch.copyHostingOrderId', order.hostingOrderId);
    collected.push(await vscode.env.clipboard.readText());
    // Export Callbacks.
    const exportFile = vscode.Uri.file(path.join(os.tmpdir(), `sinch-stores-${process.pid}.json`));
    const w = vscode.window as unknown as Record<string, unknown>;
    const original = w.showSaveDialog;
    w.showSaveDialog = async () => exportFile;
    try {
      await vscode.commands.executeCommand('sinch.exportCallbacks');
    } finally {
      w.showSaveDialog = original;
    }
    const exported = fs.readFileSync(exportFile.fsPath, 'utf8');
    fs.rmSync(exportFile.fsPath);
    assert.ok((JSON.parse(exported) as { count: number }).count >= 3);
    // The walkthrough and the chat tools' answers.
    await vscode.commands.executeCommand('sinch.getStarted');
    const tools: string[] = [];
    for (const [name, input] of [
      ['sinch_listQualifiedNumbers', {}], ['sinch_getQualifiedNumber', { phoneNumber: verified }], ['sinch_getHostingOrder', { hostingOrderId: order.hostingOrderId }],
      ['sinch_summarizeQualifiedNumbers', {}], ['sinch_addNumbers', { phoneNumbers: ['+12065550191'] }], ['sinch_getHostingOrder', { hostingOrderId: 'no-such-order' }],
    ] as const) {
      const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
      tools.push(result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : JSON.stringify(part))).join('\n'));
    }
    assert.match(tools[2], new RegExp(order.hostingOrderId), 'the order tool answered');

    await api.services.callbacks.flush();
    const logs = await flushedLogs(api);
    assert.match(logs, /Callback HOSTING_PROCESS|Callback .* signature valid/i, 'the log has the callbacks to check');
    const state = (memento: vscode.Memento): string => JSON.stringify(memento.keys().map((k) => [k, memento.get(k)]));
    const globalState = state(api.services.context.globalState);
    const workspaceState = state(api.services.context.workspaceState);
    assert.ok(globalState.includes(order.hostingOrderId), 'the order is not in globalState (nothing to check)');
    assert.ok(workspaceState.includes('stores-0'), 'the callbacks are not in workspaceState (nothing to check)');
    const places: Record<string, string> = {
      'the log': logs,
      'global state (Hosting Orders)': globalState,
      'workspace state (callbacks)': workspaceState,
      'the callbacks export': exported,
      'chat tool results': tools.join('\n'),
      notifications: JSON.stringify(user.shown),
      'view items, documents and clipboard': collected.join('\n'),
    };
    for (const [place, text] of Object.entries(places)) {
      for (const [what, value] of [['the key secret', secret], ['the key ID', keyId], ['the callback secret', callbackSecret]] as const) assert.ok(!text.includes(value), `${what} is in ${place}`);
    }
    const logsDir = process.env.SINCH_TEST_LOGS_DIR;
    assert.ok(logsDir);
    const folders = [path.dirname(logsDir), ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath)];
    const files = folders.flatMap(filesUnder).filter((f) => fs.statSync(f).size < 50_000_000);
    for (const value of [secret, callbackSecret]) assert.deepStrictEqual(files.filter((f) => fs.readFileSync(f).includes(value)), [], 'a file on disk holds a secret');
    api.services.callbacks.clear();
    await api.services.callbacks.stop();
    await api.services.callbacks.secrets.set(PROJECT, '');
    assert.deepStrictEqual(user.problems, []);
  });

  it('a server that echoes the key in every encoding, and the bearer token, gets only *** into notifications, the log and the tree', async () => {
    // Characters that change under URL and form encoding, so each encoding differs from the raw value.
    const keyId = `echo-key/id+${process.pid}`;
    const secret = `echo sécret=/+~${Date.now().toString(36)}`;
    const pair = `${keyId}:${secret}`;
    const base64 = Buffer.from(pair, 'utf8').toString('base64');
    const forms: Record<string, string> = {
      'raw key ID': keyId,
      'raw secret': secret,
      'user:pass': pair,
      'user:pass@ URL': `https://${encodeURIComponent(keyId)}:${encodeURIComponent(secret)}@api.example/`,
      'URL-encoded key ID': encodeURIComponent(keyId),
      'URL-encoded secret': encodeURIComponent(secret),
      'pair as base64': base64,
      'pair as base64 without padding': base64.replace(/=+$/, ''),
    };
    // The sandbox fills in what it got: the Authorization header, and its value without the scheme
    // (the bearer token on the API, the bare Basic base64 on the token endpoint).
    const echo = `${Object.entries(forms).map(([name, value]) => `|${name}:${value}|`).join(' ')} |header:{authorization}| |bare:{credentials}|`;
    await pointSettingsAt(server.url);
    user.inputs = ['secrets', PROJECT, keyId, secret];
    await vscode.commands.executeCommand('sinch.signIn');
    assert.strictEqual(api.services.connection.describe(), `profile secrets (project ${PROJECT})`, user.summary());

    // The API echoes (the bearer token), then, with the token expired, the token endpoint (the Basic base64).
    server.scriptFaults([{ kind: 'status', status: 400, pathPrefix: '/v1/', message: echo, times: 40 }]);
    await vscode.commands.executeCommand('sinch.refresh');
    const apiEcho = user.find('error', /^Refreshing failed/);
    assert.ok(apiEcho, user.summary());
    assert.match(apiEcho.text, /\|header:Bearer \*\*\*\| \|bare:\*\*\*\|/);
    const treeError = api.tree.getChildren().map((n) => api.tree.getTreeItem(n)).find((item) => item.label === 'Failed to load - show log');
    assert.ok(treeError, 'no error node in the tree');
    await fetch(`${server.url}/_sandbox/faults`, { method: 'DELETE' });
    server.advanceClock(4000);
    server.scriptFaults([{ kind: 'status', status: 500, pathPrefix: '/oauth2/token', message: echo, times: 40 }]);
    user.shown.length = 0;
    await vscode.commands.executeCommand('sinch.addNumbers', { text: '+12065550181' });
    await fetch(`${server.url}/_sandbox/faults`, { method: 'DELETE' });
    const tokenEcho = user.find('error', /Sign in to Sinch failed/);
    assert.ok(tokenEcho, user.summary());
    assert.match(tokenEcho.text, /\|raw key ID:\*\*\*\|/, 'the echo of the token endpoint was not quoted');

    const logs = await flushedLogs(api);
    const places: Record<string, string> = {
      'the API error notification': apiEcho.text,
      'the token error notification': tokenEcho.text,
      'the tree': JSON.stringify([treeError.description, treeError.tooltip]),
      'the log': logs,
    };
    for (const [place, text] of Object.entries(places)) {
      for (const [name, value] of Object.entries(forms)) assert.ok(!text.includes(value), `the ${name} is in ${place}`);
      // Each echo that reached this place shows *** where the secret was (the token has no other test: the test cannot know it).
      const echoed = [...text.matchAll(/\|([^|:]+):([^|]*)\|/g)].filter(([, name]) => name in forms || name === 'header' || name === 'bare');
      for (const [whole, , value] of echoed) assert.ok(value.includes('***'), `${place} shows ${whole}`);
    }
    assert.match(logs, /\|bare:\*\*\*\|/, 'the log has no redacted echo: the check above proved nothing');
    assert.deepStrictEqual(user.problems, []);
  });

  it('a workspace cannot point the credentials elsewhere: its base URL settings are ignored and cannot be written', async () => {
    await pointSettingsAt(server.url);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the integration run has no workspace folder');
    const settingsFile = path.join(folder.uri.fsPath, '.vscode', 'settings.json');
    const existed = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : undefined;
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    // pageSize may be set by a workspace: once it is read, the file has been read.
    fs.writeFileSync(settingsFile, JSON.stringify({ 'sinch.apiBaseUrl': 'https://evil.example', 'sinch.authBaseUrl': 'https://evil.example', 'sinch.authMethod': 'basic', 'sinch.pageSize': 7 }));
    try {
      await waitFor(() => config().get('pageSize') === 7, 'VS Code to read the workspace settings');
      assert.strictEqual(config().get('apiBaseUrl'), server.url);
      assert.strictEqual(config().get('authBaseUrl'), server.url);
      assert.strictEqual(config().get('authMethod'), 'oauth2');
      await assert.rejects(Promise.resolve(config().update('apiBaseUrl', 'https://evil.example', vscode.ConfigurationTarget.Workspace)));
      await assert.rejects(Promise.resolve(config().update('authBaseUrl', 'https://evil.example', vscode.ConfigurationTarget.WorkspaceFolder)));
      // A sign-in in this workspace still goes to the user's own setting.
      user.inputs = ['foreign', PROJECT, 'workspace-key', 'workspace-secret'];
      const before = server.requestLog().length;
      await vscode.commands.executeCommand('sinch.signIn');
      assert.ok(server.requestLog().length > before, 'the sign-in check did not reach the configured host');
      assert.strictEqual(user.shown.filter((m) => m.modal).length, 0, 'asked about a host although none is foreign');
    } finally {
      if (existed === undefined) fs.rmSync(settingsFile);
      else fs.writeFileSync(settingsFile, existed);
      await waitFor(() => config().get('pageSize') !== 7, 'VS Code to drop the workspace settings');
    }
  });

  it('a workspace cannot switch the connection: its sandbox.autoStart is ignored on start, signed in or not', async () => {
    await pointSettingsAt(server.url);
    await signOutEverywhere();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the integration run has no workspace folder');
    const settingsFile = path.join(folder.uri.fsPath, '.vscode', 'settings.json');
    const existed = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : undefined;
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    // As a cloned repository's .vscode/settings.json would; pageSize shows when VS Code has read it.
    fs.writeFileSync(settingsFile, JSON.stringify({ 'sinch.sandbox.autoStart': true, 'sinch.pageSize': 7 }));
    try {
      await waitFor(() => config().get('pageSize') === 7, 'VS Code to read the workspace settings');
      assert.strictEqual(config().get('sandbox.autoStart'), false);
      await assert.rejects(Promise.resolve(config().update('sandbox.autoStart', true, vscode.ConfigurationTarget.Workspace)));

      // Not signed in: a window start stays disconnected (the sandbox is one click away, not forced).
      assert.strictEqual(api.services.connection.describe(), 'not connected');
      await api.connectOnStart();
      assert.strictEqual(api.services.connection.describe(), 'not connected');
      assert.strictEqual(api.sandbox(), undefined, 'the sandbox was started');

      // Signed in: a window start keeps the profile; before the fix it moved to the sandbox.
      user.inputs = ['secrets', PROJECT, 'workspace-switch-key', 'workspace-switch-secret'];
      await vscode.commands.executeCommand('sinch.signIn');
      assert.strictEqual(api.services.connection.describe(), `profile secrets (project ${PROJECT})`, user.summary());
      await api.connectOnStart();
      assert.strictEqual(api.services.connection.describe(), `profile secrets (project ${PROJECT})`);
      assert.strictEqual(api.sandbox(), undefined, 'the sandbox was started');
    } finally {
      if (existed === undefined) fs.rmSync(settingsFile);
      else fs.writeFileSync(settingsFile, existed);
      await waitFor(() => config().get('pageSize') !== 7, 'VS Code to drop the workspace settings');
    }
    // The user's own setting still counts.
    await config().update('sandbox.autoStart', true, vscode.ConfigurationTarget.Global);
    try {
      await api.connectOnStart();
      assert.match(api.services.connection.describe(), /^offline sandbox/);
    } finally {
      await config().update('sandbox.autoStart', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('a foreign host needs https, and a one-time yes before any credential goes there', async () => {
    await api.services.context.globalState.update(CONSENT_KEY, undefined);
    // Plain http off loopback: refused before anything is asked or sent.
    await pointSettingsAt('http://sinch-proxy.invalid');
    user.inputs = ['foreign', PROJECT, 'foreign-key', 'foreign-secret'];
    await vscode.commands.executeCommand('sinch.signIn');
    assert.strictEqual(user.shown.filter((m) => m.modal).length, 0, 'asked to send credentials over plain http');
    assert.ok(user.find('error', /must use https \(plain http only for localhost\)/), user.summary());
    assert.strictEqual(api.services.connection.current(), undefined);

    // https to a host that is not Sinch: asked first; "no" sends nothing and saves nothing.
    await pointSettingsAt('https://sinch-proxy.invalid');
    user.shown.length = 0;
    user.inputs = ['foreign', PROJECT, 'foreign-key', 'foreign-secret'];
    user.answer = () => undefined;
    await vscode.commands.executeCommand('sinch.signIn');
    const asked = user.find('warning', /^Send your Sinch key ID and secret to https:\/\/sinch-proxy\.invalid\?$/);
    assert.ok(asked?.modal, user.summary());
    assert.deepStrictEqual(asked.items, ['Send Credentials There']);
    assert.strictEqual(user.find('error', /Sign-in failed/), undefined, 'something was sent after the user said no');
    assert.strictEqual(api.services.context.globalState.get(CONSENT_KEY), undefined);
    assert.strictEqual(await api.services.context.secrets.get(secretKeyFor('foreign')), undefined);

    // "yes" once: remembered, so the next sign-in does not ask again.
    user.shown.length = 0;
    user.inputs = ['foreign', PROJECT, 'foreign-key', 'foreign-secret'];
    user.answer = (m) => (m.modal ? 'Send Credentials There' : undefined);
    await vscode.commands.executeCommand('sinch.signIn');
    assert.ok(user.find('warning', /^Send your Sinch key ID/));
    assert.ok(user.find('error', /^Sign-in failed\. The key could not be checked\..*Nothing was saved\./), user.summary());
    assert.deepStrictEqual(api.services.context.globalState.get(CONSENT_KEY), ['https://sinch-proxy.invalid']);
    user.shown.length = 0;
    user.inputs = ['foreign', PROJECT, 'foreign-key', 'foreign-secret'];
    await vscode.commands.executeCommand('sinch.signIn');
    assert.strictEqual(user.shown.filter((m) => m.modal).length, 0, 'asked twice for the same host');
    assert.ok(user.find('error', /^Sign-in failed/));
    assert.strictEqual(await api.services.context.secrets.get(secretKeyFor('foreign')), undefined);
    await api.services.context.globalState.update(CONSENT_KEY, undefined);
    await pointSettingsAt(undefined);
  });

  it('when SecretStorage fails, sign-in says how to fix the keyring and keeps the key nowhere', async () => {
    await pointSettingsAt(server.url);
    const secrets = api.services.context.secrets as unknown as Record<string, unknown>;
    const original = secrets.store;
    const secret = `keyring-secret-${Date.now().toString(36)}`;
    Object.defineProperty(secrets, 'store', { configurable: true, writable: true, value: async () => Promise.reject(new Error('Cannot create an item in a locked collection')) });
    try {
      user.inputs = ['keyring', PROJECT, 'keyring-key-id', secret];
      await vscode.commands.executeCommand('sinch.signIn');
    } finally {
      if (Object.prototype.hasOwnProperty.call(secrets, 'store')) delete secrets.store;
      if (secrets.store !== original) secrets.store = original;
    }
    const error = user.find('error', /^Not signed in: VS Code could not save the key in the system's secret store \(Cannot create an item in a locked collection\)\./);
    assert.ok(error, user.summary());
    assert.match(error.text, /install GNOME Keyring or KWallet.*The key is never written anywhere else\./);
    assert.deepStrictEqual(error.items, ['Show Log']);
    assert.strictEqual(api.services.connection.current(), undefined);
    const global = JSON.stringify(api.services.context.globalState.keys().map((k) => [k, api.services.context.globalState.get(k)]));
    assert.ok(!global.includes('keyring'), 'the profile was listed without its key');
    assert.ok(!global.includes(secret) && !JSON.stringify(config()).includes(secret));
    assert.ok(!(await flushedLogs(api)).includes(secret));
    await pointSettingsAt(undefined);
  });
});
