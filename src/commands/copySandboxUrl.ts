// "Sinch: Copy Sandbox URL": the built-in sandbox's base URL with the project path, so the user's
// own code or curl can talk to the very sandbox the extension shows (a fixed port comes from the
// `sinch.sandbox.port` setting).
import * as vscode from 'vscode';
import { sandboxProjectUrl } from '../connection/sandboxOptions';
import type { CommandContext } from './context';

export async function copySandboxUrl(ctx: CommandContext): Promise<void> {
  const state = ctx.connection.state;
  if (state.kind !== 'sandbox') {
    const start = 'Use Offline Sandbox';
    const choice = await vscode.window.showInformationMessage('The offline sandbox is not running: start it first, then copy its URL.', start);
    if (choice !== start) return;
    await vscode.commands.executeCommand('sinch.useSandbox');
    if (ctx.connection.state.kind !== 'sandbox') return;
  }
  const current = ctx.connection.state;
  if (current.kind !== 'sandbox') return;
  const url = sandboxProjectUrl(current.sandbox.url);
  await vscode.env.clipboard.writeText(url);
  void vscode.window.showInformationMessage(`Copied ${url}. Any key ID and secret work (HTTP Basic, or OAuth2 at ${current.sandbox.url}/oauth2/token).`);
}
