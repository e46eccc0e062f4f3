// Behind a proxy, in the real extension host: VS Code's `http.proxy` setting sends our token and
// API requests through it, the sandbox on loopback never, and a proxy that refuses is named.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ConnectionManager } from '../../../src/connection/connectionManager';
import type { SinchExtensionApi } from '../../../src/extension';
import { refusingProxyUrl, startCountingProxy, type CountingProxy } from '../../fixtures/countingProxy';
import { activateExtension } from './reliabilityHelpers';

const CREDENTIALS = { keyId: 'proxy-key-id', keySecret: 'proxy-key-secret' };

describe('Reliability: behind a proxy', function () {
  this.timeout(120_000);
  let api: SinchExtensionApi;
  let proxy: CountingProxy;
  const http = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('http');
  const connection = (): ConnectionManager => api.services.connection as ConnectionManager;

  before(async () => {
    api = (await activateExtension()).api;
    proxy = await startCountingProxy();
    await http().update('proxy', proxy.url, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await http().update('proxy', undefined, vscode.ConfigurationTarget.Global);
    if (api.services.connection.current()) await connection().disconnect();
    await proxy.close();
  });

  it('the sandbox (loopback) is never proxied; Sinch\'s token and API hosts always are', async () => {
    await api.connectToSandbox();
    await vscode.commands.executeCommand('sinch.refresh');
    assert.ok(api.tree.getChildren().length > 0, 'the tree loaded from the sandbox');
    assert.strictEqual(proxy.connects.length, 0, `loopback requests went through the proxy: ${proxy.connects.join(', ')}`);

    for (const authMethod of ['oauth2', 'basic'] as const) {
      const client = await connection().createClient({ projectId: 'proxy-project', credentials: CREDENTIALS, authMethod, baseUrl: 'https://imported.numbers.api.sinch.com', authBaseUrl: 'https://auth.sinch.com' });
      assert.ok(client);
      await assert.rejects(client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 }, { interactive: true }));
    }
    assert.ok(proxy.connects.includes('auth.sinch.com:443'), `the token request did not use the proxy: ${proxy.connects.join(', ')}`);
    assert.ok(proxy.connects.includes('imported.numbers.api.sinch.com:443'), `the API request did not use the proxy: ${proxy.connects.join(', ')}`);
    assert.ok(proxy.connects.every((c) => !c.startsWith('127.0.0.1')), 'a loopback request went through the proxy');
  });

  it('a proxy that refuses connections is named in the error', async () => {
    const refusing = await refusingProxyUrl();
    await http().update('proxy', refusing, vscode.ConfigurationTarget.Global);
    try {
      const client = await connection().createClient({ projectId: 'proxy-project', credentials: CREDENTIALS, authMethod: 'basic', baseUrl: 'https://imported.numbers.api.sinch.com' });
      assert.ok(client);
      const error = await client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 }, { interactive: true }).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof Error);
      assert.ok(error.message.includes(`through the proxy ${refusing}`), error.message);
    } finally {
      await http().update('proxy', proxy.url, vscode.ConfigurationTarget.Global);
    }
  });
});
