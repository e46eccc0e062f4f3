// Several windows of one machine share SecretStorage and globalState. One extension host is one
// window, so the other window is played by writing the shared stores directly through the
// extension's own context (what another window's sign-out, sign-in or delete writes); VS Code then
// reports the change as it would from another window (`secrets.onDidChange`).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ConnectionManager } from '../../../src/connection/connectionManager';
import type { SinchExtensionApi } from '../../../src/extension';
import { secretKeyFor } from '../../../src/model/profiles';
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
    server = await startSandbox({ port: 0, clock: 'manual', numbers: 20 });
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
});
