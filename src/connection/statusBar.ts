// The status bar item: which profile and project (or the sandbox) the sidebar shows; a click
// opens "Switch Profile".
import * as vscode from 'vscode';
import type { ConnectionManager } from './connectionManager';
import { sandboxProjectUrl } from './sandboxOptions';

export function createStatusBarItem(connection: ConnectionManager): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sinch.connection', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Sinch Connection';
  item.command = 'sinch.switchProfile';
  const render = (): void => {
    const state = connection.state;
    if (state.kind === 'profile') {
      const { name, projectId, authMethod } = state.profile;
      item.text = `$(cloud) Sinch: ${name} (${projectId.slice(0, 8)})`;
      item.tooltip = `Sinch profile "${name}", project ${projectId}, ${authMethod === 'oauth2' ? 'OAuth2' : 'Basic'} authentication. Click to switch profile.`;
    } else if (state.kind === 'sandbox') {
      item.text = '$(beaker) Sinch: Offline Sandbox';
      item.tooltip = `Connected to the offline sandbox; no account needed. Your own code can use it at ${sandboxProjectUrl(state.sandbox.url)} ("Sinch: Copy Sandbox URL"). Click to switch profile.`;
    } else {
      item.text = '$(plug) Sinch: Not Connected';
      item.tooltip = 'Click to sign in, pick a profile or use the offline sandbox.';
    }
    item.show();
  };
  render();
  const subscription = connection.onDidChange(render);
  return vscode.Disposable.from(item, subscription);
}
