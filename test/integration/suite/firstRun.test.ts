// Issue 12 inside a real extension host, against the extension's own sandbox: the walkthrough as
// contributed (steps, completion events, media in the package) and shown once; the chat tools
// through vscode.lm.invokeTool (reads, a write behind its confirmation, bad input, not connected);
// the hover over numbers in a document (known, unknown, malformed, not connected, turned off).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { createClient } from '../../../src/api/index';
import type { QualifiedNumbersApi } from '../../../src/api/types';
import { showWalkthroughOnce, WALKTHROUGH_SHOWN_KEY } from '../../../src/commands/getStarted';
import type { SinchExtensionApi } from '../../../src/extension';
import { TOOL_NAMES, type ToolName } from '../../../src/model/tools/toolInputs';
import type { RunningSandbox } from '../../../src/sandbox/index';
import { MemoryMemento } from '../../fixtures/memoryMemento';
import { ScriptedUser as Ui, waitFor } from './scriptedUser';

const EXTENSION_ID = 'sinch-community.sinch-qualified-numbers';

/** An input each tool accepts. */
const VALID_INPUTS: Record<ToolName, object> = {
  sinch_listQualifiedNumbers: {},
  sinch_getQualifiedNumber: { phoneNumber: '+12025550134' },
  sinch_getHostingOrder: { hostingOrderId: 'abc' },
  sinch_summarizeQualifiedNumbers: {},
  sinch_addNumbers: { phoneNumbers: ['+12025550134'] },
  sinch_sendVoiceChallenge: { phoneNumber: '+12025550134' },
  sinch_deleteQualifiedNumbers: { phoneNumbers: ['+12025550134'] },
};

interface WalkthroughStep {
  id: string;
  description: string;
  media: { svg?: string; markdown?: string; image?: string };
  completionEvents: string[];
}

describe('First run: walkthrough, chat tools, hover', function () {
  this.timeout(60_000);
  let api: SinchExtensionApi;
  let extension: vscode.Extension<SinchExtensionApi>;
  let sandbox: RunningSandbox;
  let client: QualifiedNumbersApi;
  let ui: Ui;

  async function connect(): Promise<void> {
    sandbox = await api.connectToSandbox();
    const current = api.services.connection.current();
    assert.ok(current);
    client = createClient({ projectId: current.projectId, credentials: { keyId: 'check', keySecret: 'check' }, auth: 'basic', baseUrl: sandbox.url });
  }

  async function invoke(name: ToolName, input: object): Promise<string> {
    const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
    return result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : JSON.stringify(part))).join('\n');
  }

  async function firstOf(state: Parameters<QualifiedNumbersApi['list']>[0]['state']): Promise<string> {
    const page = await client.list({ state, pageSize: 1 });
    assert.ok(page.qualifiedNumbers[0], `the sandbox seeds ${state} numbers`);
    return page.qualifiedNumbers[0].phoneNumber;
  }

  before(async () => {
    const found = vscode.extensions.getExtension<SinchExtensionApi>(EXTENSION_ID);
    assert.ok(found);
    extension = found;
    api = await extension.activate();
  });

  beforeEach(async () => {
    await connect();
    sandbox.reset();
    ui = new Ui();
    ui.install();
    await api.tree.refresh();
  });

  afterEach(async () => {
    ui.restore();
    await vscode.commands.executeCommand('sinch.clearFilter');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepStrictEqual(ui.problems, []);
  });

  describe('walkthrough', () => {
    it('contributes "Get Started with Sinch Qualified Numbers" with actionable steps whose events fire and whose media ship', async () => {
      const walkthroughs = extension.packageJSON.contributes.walkthroughs as Array<{ id: string; title: string; steps: WalkthroughStep[] }>;
      assert.strictEqual(walkthroughs.length, 1);
      const [walkthrough] = walkthroughs;
      assert.strictEqual(walkthrough.title, 'Get Started with Sinch Qualified Numbers');
      assert.ok(walkthrough.steps.length >= 5 && walkthrough.steps.length <= 6, `${walkthrough.steps.length} steps`);
      // Contributed commands, and those the workbench adds for them (a view's ".focus").
      const commands = new Set(await vscode.commands.getCommands(true));
      for (const step of walkthrough.steps) {
        const links = [...step.description.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]);
        assert.strictEqual(links.length, 1, `${step.id} has one action link`);
        assert.ok(step.completionEvents.length >= 1, `${step.id} has a completion event`);
        const media = step.media.svg ?? step.media.markdown ?? step.media.image ?? '';
        assert.ok(fs.existsSync(path.join(extension.extensionPath, media)), `${step.id}'s media ${media} is in the package`);
        for (const event of step.completionEvents.filter((e) => e.startsWith('onCommand:'))) {
          assert.ok(commands.has(event.slice('onCommand:'.length)), `${event} names a command the host knows`);
        }
      }
      const events = walkthrough.steps.flatMap((s) => s.completionEvents);
      assert.ok(events.includes('onContext:sinch.connected'));
      assert.ok(events.includes('onContext:sinch.walkthrough.connected'), 'the key set once the walkthrough is open (commands/getStarted.ts)');
      assert.ok(events.includes('onView:sinch.qualifiedNumbers'));
      assert.ok(events.includes('onCommand:sinch.qualifiedNumbers.focus'), 'the numbers step completes when its button runs, the view on screen or not');
      assert.ok(events.includes('onCommand:sinch.addNumbers'));
      assert.ok(events.includes('onCommand:sinch.verifyVoiceChallenge'));
      assert.ok(events.includes('onCommand:sinch.textEnable'));
    });

    it('opens once after install, then never by itself again', async () => {
      const settings = vscode.workspace.getConfiguration('workbench.welcomePage');
      await settings.update('walkthroughs.openOnInstall', true, vscode.ConfigurationTarget.Global);
      try {
        const globalState = new MemoryMemento();
        const context = { globalState, extension: { id: EXTENSION_ID } } as unknown as vscode.ExtensionContext;
        assert.strictEqual(await showWalkthroughOnce(context, api.services.walkthrough), true);
        await waitFor(() => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => /Walkthrough|Get Started|Welcome/i.test(t.label))), 'the walkthrough editor');
        assert.strictEqual(globalState.get(WALKTHROUGH_SHOWN_KEY), true);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        assert.strictEqual(await showWalkthroughOnce(context, api.services.walkthrough), false, 'not a second time');
        assert.ok(!vscode.window.tabGroups.all.some((g) => g.tabs.length > 0), 'no editor opened the second time');
      } finally {
        await settings.update('walkthroughs.openOnInstall', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });

  describe('chat tools', () => {
    it('registers every tool the package contributes', () => {
      const contributed = (extension.packageJSON.contributes.languageModelTools as Array<{ name: string }>).map((t) => t.name);
      assert.deepStrictEqual(contributed.sort(), [...TOOL_NAMES].sort());
      const registered = vscode.lm.tools.map((t) => t.name);
      for (const name of TOOL_NAMES) assert.ok(registered.includes(name), `${name} is registered`);
    });

    it('lists numbers of a state with the total and "N more not shown"', async () => {
      const total = (await client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 })).totalSize ?? 0;
      assert.ok(total > 2);
      const text = await invoke('sinch_listQualifiedNumbers', { state: 'VERIFIED', limit: 2 });
      assert.match(text, new RegExp(`^${total} qualified numbers in state VERIFIED; 2 shown\\.`));
      assert.match(text, new RegExp(`${total - 2} more not shown`));
      const listed = JSON.parse(text.split('\n')[1]) as Array<{ phoneNumber: string; state: string }>;
      assert.strictEqual(listed.length, 2);
      assert.ok(listed.every((n) => n.state === 'VERIFIED (Verified)'));
    });

    it('filters by digits across states, and gets one number and a summary per state', async () => {
      const verified = await firstOf('GLOBAL_PROCESS_STATE_VERIFIED');
      const listed = await invoke('sinch_listQualifiedNumbers', { filter: verified.slice(2) });
      assert.match(listed, /^1 qualified number in all states, matching/);
      assert.ok(listed.includes(verified));

      const one = JSON.parse(await invoke('sinch_getQualifiedNumber', { phoneNumber: verified })) as Record<string, string>;
      assert.strictEqual(one.phoneNumber, verified);
      assert.strictEqual(one.state, 'VERIFIED (Verified)');
      assert.match(await invoke('sinch_getQualifiedNumber', { phoneNumber: '+12025550199' }), /^Failed: .*not \(or no longer\) in this project/);

      const summary = await invoke('sinch_summarizeQualifiedNumbers', {});
      assert.match(summary, /^60 qualified numbers, per processing state:/);
      assert.match(summary, /- VERIFIED \(Verified\): 6/);
    });

    it('gets a hosting order, with its numbers', async () => {
      const number = (await client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', regionCode: 'US', pageSize: 1 })).qualifiedNumbers[0]?.phoneNumber;
      assert.ok(number, 'the sandbox seeds a verified US number');
      const { hostingOrderId } = await client.textEnableNumbers({ regionCode: 'US', numbers: [number], servicePlanId: '0123456789abcdef0123456789abcdef', blanketLoaInfo: {} });
      const parsed = JSON.parse(await invoke('sinch_getHostingOrder', { hostingOrderId })) as { hostingOrderId: string; numbers: string[]; state: string };
      assert.strictEqual(parsed.hostingOrderId, hostingOrderId);
      assert.deepStrictEqual(parsed.numbers, [number]);
      assert.ok(parsed.state, 'the order has a state');
    });

    it('asks before a write, naming the numbers, and writes once confirmed', async () => {
      const numbers = ['+12025550134', '(202) 555-0135'];
      const tool = api.chatTools.get('sinch_addNumbers');
      assert.ok(tool?.prepareInvocation);
      const token = new vscode.CancellationTokenSource().token;
      const prepared = await tool.prepareInvocation({ input: { phoneNumbers: numbers } }, token);
      assert.ok(prepared?.confirmationMessages, 'a write asks first');
      assert.strictEqual(prepared.confirmationMessages.title, `Add 2 numbers to qualify in ${api.services.connection.describe()}?`);
      assert.match(String(prepared.confirmationMessages.message), /\+1 202-555-0134\n\+1 202-555-0135/);
      // Reads never ask.
      assert.strictEqual(await api.chatTools.get('sinch_listQualifiedNumbers')?.prepareInvocation?.({ input: {} }, token), undefined);

      // The workbench asks the question; this host answers its dialogs with yes (tests run unattended).
      const text = await invoke('sinch_addNumbers', { phoneNumbers: numbers });
      assert.match(text, /^Added 2 numbers to qualify: \+12025550134, \+12025550135\./);
      assert.strictEqual((await client.get('+12025550134')).globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');

      const deletePrepared = await api.chatTools.get('sinch_deleteQualifiedNumbers')?.prepareInvocation?.({ input: { phoneNumbers: ['+12025550134'] } }, token);
      assert.match(String(deletePrepared?.confirmationMessages?.title), /^Delete 1 qualified number from /);
      assert.match(String(deletePrepared?.confirmationMessages?.message), /\+1 202-555-0134/);
      assert.match(await invoke('sinch_deleteQualifiedNumbers', { phoneNumbers: ['+12025550134'] }), /^Deleted \+1 202-555-0134\./);
      await assert.rejects(client.get('+12025550134'));
    });

    it('sends a voice challenge after confirmation, to the number named', async () => {
      const eligible = await firstOf('GLOBAL_PROCESS_STATE_ELIGIBLE');
      const prepared = await api.chatTools.get('sinch_sendVoiceChallenge')?.prepareInvocation?.({ input: { phoneNumber: eligible } }, new vscode.CancellationTokenSource().token);
      assert.ok(String(prepared?.confirmationMessages?.title).includes(`+1 ${eligible.slice(2, 5)}-${eligible.slice(5, 8)}-${eligible.slice(8)}`));
      const text = await invoke('sinch_sendVoiceChallenge', { phoneNumber: eligible });
      assert.match(text, /^Sinch is calling /);
      assert.ok(sandbox.lastCode(api.services.connection.current()?.projectId ?? '', eligible), 'the sandbox placed the call');
    });

    it('refuses input outside the schema, and invalid numbers, without writing', async () => {
      const requestsBefore = sandbox.requestLog().length;
      // The workbench passes the input on unchecked: the tool itself refuses it, in words.
      const outOfSchema = await invoke('sinch_listQualifiedNumbers', { state: 'DONE', limit: 1000 });
      assert.match(outOfSchema, /^The input was refused, nothing was done\. state: Invalid option: expected one of "ELIGIBLE_CHECK_PENDING".*; limit: Too big: expected number to be <=100\.$/);
      assert.match(await invoke('sinch_addNumbers', { phoneNumbers: ['+12025550134', '12345'] }), /^The input was refused, nothing was done\. Not valid US\/CA numbers: 12345: has 5 digits; US\/CA numbers have 10 \(area code first/);
      assert.match(await invoke('sinch_getHostingOrder', { hostingOrderId: 'x', password: 'y' }), /Unrecognized key: "password"/);
      assert.match(await invoke('sinch_deleteQualifiedNumbers', { phoneNumbers: [] }), /phoneNumbers: Too small/);
      // The tree may refresh meanwhile (list GETs); what must not appear is a write or the order read.
      const sent = sandbox.requestLog().slice(requestsBefore).filter((e) => e.method !== 'GET' || e.path.includes('/hostingOrders/'));
      assert.deepStrictEqual(sent.map((e) => `${e.method} ${e.path}`), [], 'no refused call reached the API');
    });

    it('says how to connect when not connected', async () => {
      await vscode.commands.executeCommand('sinch.signOut');
      await waitFor(() => api.services.connection.current() === undefined, 'disconnected');
      for (const name of TOOL_NAMES) {
        const text = await invoke(name, VALID_INPUTS[name]);
        assert.match(text, /^Not connected to Sinch.*"Sinch: Sign In".*"Sinch: Use Offline Sandbox"/, `${name}: ${text}`);
      }
    });
  });

  describe('hover', () => {
    const files: string[] = [];
    after(() => {
      for (const file of files) fs.rmSync(file, { force: true });
    });

    async function hoverAt(text: string, needle: string): Promise<string[]> {
      // A file of its own per hover: a new untitled document may reuse the name ("Untitled-1") of one
      // just closed, and a hover asked at once can then meet the closed one's text.
      const file = path.join(os.tmpdir(), `sinch-hover-${process.pid}-${files.length}.txt`);
      files.push(file);
      fs.writeFileSync(file, text);
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document);
      const offset = text.indexOf(needle) + 2;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).filter((v) => v.includes('Sinch Qualified Numbers'));
    }

    it('shows a known number\'s state, region and links', async () => {
      const verified = await firstOf('GLOBAL_PROCESS_STATE_VERIFIED');
      const nanp = `(${verified.slice(2, 5)}) ${verified.slice(5, 8)}-${verified.slice(8)}`;
      const [hover] = await hoverAt(`call me at ${nanp} tomorrow`, nanp);
      assert.ok(hover, 'a hover');
      assert.match(hover, /\*\*Verified\*\*/);
      assert.match(hover, /\((US|CA)\)/);
      assert.match(hover, /\[Show in Sinch\]\(command:sinch\.showInSinch\?/);
      assert.match(hover, /\[Show Number Details\]\(command:sinch\.showDetails\?/);
      assert.ok(!hover.includes('Add Numbers to Qualify'));
    });

    it('offers "Add Numbers to Qualify" for a number Sinch does not know, and explains a malformed one', async () => {
      const [unknown] = await hoverAt('new: 202-555-0177', '202-555-0177');
      assert.match(unknown, /is not a qualified number in offline sandbox/);
      assert.match(unknown, /\[Add Numbers to Qualify\]\(command:sinch\.addNumbers\?/);
      const [malformed] = await hoverAt('bad: +1 (123) 555-0134', '(123)');
      assert.match(malformed, /not a valid US\/CA number: area code 123 cannot start with 1/);
      assert.ok(!malformed.includes('command:'));
    });

    it('shows nothing when not connected or when sinch.hover.enabled is off', async () => {
      const verified = await firstOf('GLOBAL_PROCESS_STATE_VERIFIED');
      const config = vscode.workspace.getConfiguration('sinch');
      await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
      try {
        assert.deepStrictEqual(await hoverAt(`n ${verified}`, verified), []);
      } finally {
        await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
      }
      assert.strictEqual((await hoverAt(`n ${verified}`, verified)).length, 1, 'on again');
      await vscode.commands.executeCommand('sinch.signOut');
      assert.deepStrictEqual(await hoverAt(`n ${verified}`, verified), []);
    });

    it('"Show in Sinch" reveals the number in the tree', async () => {
      const verified = await firstOf('GLOBAL_PROCESS_STATE_VERIFIED');
      await vscode.commands.executeCommand('sinch.showInSinch', verified);
      await waitFor(() => api.tree.treeView.selection.some((n) => n.kind === 'number' && n.number.phoneNumber === verified), 'the number selected in the tree');
    });
  });


  describe('editor selection', () => {
    it('"Add Numbers to Qualify" from the editor menu takes the numbers written in the selection', async () => {
      const content = 'const support = "(202) 555-0181"; // or +1 202 555 0182\nbad: +1 (123) 555-0134\nnot selected: 202-555-0183\n';
      const document = await vscode.workspace.openTextDocument({ content, language: 'typescript' });
      const editor = await vscode.window.showTextDocument(document);
      editor.selection = new vscode.Selection(0, 0, 2, 0);
      ui.answer = (m) => (m.modal && /^1 of 3 entries is not a valid US\/CA number and will be left out\./.test(m.text) ? 'Add 2 Valid Numbers' : undefined);
      // The editor's context menu passes the document's URI.
      await vscode.commands.executeCommand('sinch.addNumbers', document.uri);
      const asked = ui.shown.find((m) => m.modal);
      assert.ok(asked, ui.summary());
      assert.match(asked.detail ?? '', /\+1 \(123\) 555-0134: area code 123 cannot start with 1/);
      assert.strictEqual((await client.get('+12025550181')).globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
      assert.strictEqual((await client.get('+12025550182')).globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
      await assert.rejects(client.get('+12025550183'), 'only the selection is read');
    });
  });
});
