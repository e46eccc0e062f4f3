// "Clear Callbacks" and "Export Callbacks" (JSON of what is listed; never a secret).
import * as vscode from 'vscode';
import { callbackCore } from '../../inspector/callbackCore';
import type { CommandContext } from '../context';
import { showError } from '../errors';

export async function clearCallbacks(ctx: CommandContext): Promise<void> {
  const count = ctx.services.callbacks.inbox.size;
  if (count === 0) {
    void vscode.window.showInformationMessage('There are no callbacks to clear.');
    return;
  }
  const clear = 'Clear';
  const answer = await vscode.window.showWarningMessage(`Clear the ${count} callback${count === 1 ? '' : 's'} received in this workspace?`, { modal: true, detail: 'Export them first to keep a copy.' }, clear);
  if (answer !== clear) return;
  ctx.services.callbacks.clear();
}

export async function exportCallbacks(ctx: CommandContext): Promise<void> {
  await ctx.services.callbacks.settled();
  const records = ctx.services.callbacks.inbox.list();
  if (records.length === 0) {
    void vscode.window.showInformationMessage('There are no callbacks to export yet.');
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: 'Export Callbacks',
    filters: { JSON: ['json'] },
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'sinch-callbacks.json') : undefined,
  });
  if (!target) return;
  try {
    await vscode.workspace.fs.writeFile(target, Buffer.from(callbackCore().exportCallbacks(records, Date.now()), 'utf8'));
  } catch (error) {
    await showError(ctx, error, `Could not write ${target.fsPath}`);
    return;
  }
  void vscode.window.showInformationMessage(`Exported ${records.length} callback${records.length === 1 ? '' : 's'} to ${target.fsPath}.`);
}
