// While the callback listener runs, the status bar says so; a click copies the callback URL.
import * as vscode from 'vscode';
import type { CallbackInspector } from './callbackInspector';

export function createListenerStatusItem(inspector: CallbackInspector): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sinch.callbackListener', vscode.StatusBarAlignment.Left, 9);
  item.name = 'Sinch Callback Listener';
  item.command = 'sinch.copyCallbackUrl';
  const render = (): void => {
    const address = inspector.address;
    if (!address) {
      item.hide();
      return;
    }
    item.text = `$(radio-tower) Callbacks :${address.port}`;
    item.tooltip = `Sinch callback listener on ${address.localUrl}${address.externalUrl !== address.localUrl ? ` (from your browser: ${address.externalUrl})` : ''}. ${inspector.inbox.size} received. Click to copy the callback URL.`;
    item.show();
  };
  render();
  return vscode.Disposable.from(item, inspector.onDidChangeListening(render), inspector.onDidChange(render));
}
