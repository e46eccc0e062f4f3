// Several windows of one machine share SecretStorage and globalState. One extension host is one
// window, so the other window is played by writing the shared stores directly through the
// extension's own context (what another window's sign-out, sign-in or delete writes); VS Code then
// reports the change as it would from another window (`secrets.onDidChange`).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ConnectionManager } from '../../../src/connection/connectionManager';
import type { SinchExtensionApi } from '../../../src/extension';
import { SubmissionLocks } from '../../../src/connection/submissionLock';
import { isTollFree } from '../../../src/model/phone';
import { secretKeyFor } from '../../../src/model/profiles';
import { emptyDraft } from '../../../src/model/textEnable/fields';
import type { HostToWebview, SubmitOutcome } from '../../../src/model/webviewMessages';
import { DraftStore } from '../../../src/panels/draftStore';
import { TextEnableController } from '../../../src/panels/textEnableController';
import { draftWithNumbers } from '../../fixtures/textEnableDrafts';
import { MemoryMemento } from '../../fixtures/memoryMemento';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index';
import { activateExtension, RejectionWatch, ScriptedUser, waitFor } from './reliabilityHelpers';

const PROJECT = 'reliability-windows';
const NAME = 'windows';

describe('Reliability: several windows', function () {
  this.timeout(120_000);
  let api: SinchExtensionApi;
  let extensionPath: string;
  let server: RunningSandbox;
  let user: ScriptedUser;
  const watch = new RejectionWatch();
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('sinch');
  const connection = (): ConnectionManager => api.services.connection as ConnectionManager;
  const secrets = (): vscode.SecretStorage => api.services.context.secrets;

  before(async () => {
    const activated = await activateExtension();
    api = activated.api;
    extensionPath = activated.extension.extensionPath;
    // 60 numbers: the seed then has verified US numbers for the text-enable test.
    server = await startSandbox({ port: 0, clock: 'manual', numbers: 60 });
    await config().update('apiBaseUrl', server.url, vscode.ConfigurationTarget.Global);
    await config().update('authBaseUrl', server.url, vscode.ConfigurationTarget.Global);
    watch.start();
  });

  after(async () => {
    watch.stop();
    await config().update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await config().update('authBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await server.close();
    assert.deepStrictEqual(watch.ours(extensionPath), []);
  });

  beforeEach(async () => {
    user = new ScriptedUser().install();
    user.inputs = [NAME, PROJECT, 'windows-key-id-1', 'windows-key-secret-1'];
    await vscode.commands.executeCommand('sinch.signIn');
    assert.strictEqual(api.services.connection.describe(), `profile ${NAME} (project ${PROJECT})`, user.summary());
  });

  afterEach(async () => {
    if (api.services.connection.current()) await connection().disconnect();
    await secrets().delete(secretKeyFor(NAME));
    await api.services.context.globalState.update('sinch.profiles', undefined);
    await secrets().delete('sinch.profiles.latest');
    user.restore();
  });

  it('signed out in another window: this window disconnects and says so', async () => {
    await secrets().delete(secretKeyFor(NAME));
    await waitFor(() => api.services.connection.current() === undefined, 'this window to disconnect');
    await waitFor(() => user.find('info', /^Signed out of Sinch profile "windows" in another window\.$/), `the notification; shown: ${user.summary()}`);
    await waitFor(() => api.tree.getChildren().length === 0, 'the tree to empty');
  });

  it('a key rotated by a new Sign In in another window: this window uses the new key', async () => {
    await secrets().store(secretKeyFor(NAME), JSON.stringify({ keyId: 'windows-key-id-2', keySecret: 'windows-key-secret-2' }));
    await waitFor(() => {
      const state = connection().state;
      return state.kind === 'profile' && state.credentials.keyId === 'windows-key-id-2';
    }, 'this window to take the new key');
    assert.strictEqual(api.services.connection.describe(), `profile ${NAME} (project ${PROJECT})`);
    await vscode.commands.executeCommand('sinch.refresh');
    assert.ok(api.tree.getChildren().length > 0, 'the tree loads with the new key');
  });

  it('the profile deleted in another window (key and list entry): this window disconnects and lists it no more', async () => {
    const theirs = { profiles: [{ name: 'other', projectId: 'other-project', authMethod: 'basic' }], revision: 1000 };
    await secrets().delete(secretKeyFor(NAME));
    await secrets().store('sinch.profiles.latest', JSON.stringify(theirs));
    await waitFor(() => api.services.connection.current() === undefined, 'this window to disconnect');
    await waitFor(() => (api.services.context.globalState.get<{ revision?: number }>('sinch.profiles')?.revision ?? 0) >= 1000, 'this window to adopt the newer list');
    const list = api.services.context.globalState.get<{ profiles: Array<{ name: string }> }>('sinch.profiles');
    assert.deepStrictEqual(list?.profiles.map((p) => p.name), ['other']);
  });

  describe('two windows submitting one text-enable draft', () => {
    /**
     * A form controller as another window would have it: its own lock store (its own window ID) on
     * this extension's real global storage folder, which every window of the user data shares.
     */
    function windowForm(windowId: string, answers: { resend: boolean; asked: string[] }): { controller: TextEnableController; posts: HostToWebview[] } {
      const posts: HostToWebview[] = [];
      const memento = new MemoryMemento();
      const controller = new TextEnableController({
        kind: 'standard',
        post: (m) => posts.push(m),
        connection: api.services.connection,
        drafts: new DraftStore(memento),
        refreshTree: () => undefined,
        log: api.services.log,
        ui: {
          confirmSplit: async () => true,
          writeClipboard: async () => undefined,
          saveFile: async () => undefined,
          withProgress: (_title, task) => task(),
          confirmResend: async (question) => (answers.asked.push(question), answers.resend),
        },
        moveToOtherForm: async () => undefined,
        initialDraft: () => emptyDraft(),
        now: () => new Date(),
        submissionLocks: new SubmissionLocks({ dir: vscode.Uri.joinPath(api.services.context.globalStorageUri, 'submissions').fsPath, windowId }),
      });
      return { controller, posts };
    }

    const outcome = (form: { posts: HostToWebview[] }): SubmitOutcome => {
      const response = form.posts.find((p) => p.type === 'response');
      assert.ok(response?.type === 'response' && response.ok, JSON.stringify(response).slice(0, 300));
      return response.result as SubmitOutcome;
    };

    it('both submit in the same moment: one order; the other is refused in words; a third window right after is asked first', async () => {
      const client = api.services.connection.current();
      assert.ok(client);
      let number: string | undefined;
      for await (const n of client.listAll({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 100 })) {
        if (!isTollFree(n.phoneNumber) && n.regionCode === 'US') number = n.phoneNumber;
      }
      assert.ok(number, 'the sandbox has no verified US number');
      const posted = (): number => server.requestLog().filter((e) => e.method === 'POST' && e.path.endsWith(':textEnableNumbers')).length;
      const before = posted();
      const draft = draftWithNumbers([number], { campaignId: 'C3O84GA' });
      const a = windowForm('integration-window-a', { resend: false, asked: [] });
      const b = windowForm('integration-window-b', { resend: false, asked: [] });
      await Promise.all([a.controller.handle({ type: 'submit', requestId: 1, draft }), b.controller.handle({ type: 'submit', requestId: 1, draft })]);
      assert.strictEqual(posted() - before, 1, 'both windows sent the order');
      const outcomes = [outcome(a), outcome(b)];
      const done = outcomes.find((o) => o.status === 'done');
      assert.ok(done?.status === 'done' && done.orders[0].ok, JSON.stringify(outcomes).slice(0, 400));
      const refused = outcomes.find((o) => o.status === 'cancelled');
      assert.ok(refused?.status === 'cancelled');
      assert.match(refused.reason, /^Nothing was sent: another VS Code window is submitting the same number to the same project right now\./);

      const third = { resend: false, asked: [] as string[] };
      const c = windowForm('integration-window-c', third);
      await c.controller.handle({ type: 'submit', requestId: 1, draft });
      const orderId = done.orders[0].ok ? done.orders[0].order.hostingOrderId : '';
      assert.strictEqual(third.asked.length, 1);
      assert.match(third.asked[0], new RegExp(`^This draft was just submitted from another VS Code window \\(or this one before a reload\\) as order ${orderId} `));
      assert.deepStrictEqual(outcome(c), { status: 'cancelled', reason: `Nothing was sent: this draft was already submitted as order ${orderId}.` });
      assert.strictEqual(posted() - before, 1);
      const left = fs.readdirSync(vscode.Uri.joinPath(api.services.context.globalStorageUri, 'submissions').fsPath).filter((f) => f.endsWith('.lock'));
      assert.deepStrictEqual(left, [], 'a lock was left behind');
    });
  });
});
