// Activation: wiring only. (Filled in by the sidebar work.)
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Sinch', { log: true });
  context.subscriptions.push(log);
  log.info('Sinch Qualified Numbers activated');
}

export function deactivate(): void {}
