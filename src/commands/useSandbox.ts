// "Sinch: Use Offline Sandbox": the built-in emulator of the API, on a loopback port in the
// extension host. No account, no secrets. A failure is shown by the runner as "The offline sandbox did not start: ...".
import * as vscode from 'vscode';
import type { CommandContext } from './context';

export async function useSandbox(ctx: CommandContext): Promise<void> {
  const sandbox = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Sinch: starting the offline sandbox…' }, () => ctx.connection.connectSandbox());
  void vscode.window.showInformationMessage(
    `Connected to the offline sandbox at ${sandbox.url}. Its numbers, voice calls and hosting orders run on this machine; nothing reaches Sinch.`,
  );
}
