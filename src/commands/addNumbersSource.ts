// Where "Add Numbers to Qualify" reads its numbers: the numbers a previous run did not add (kept in
// globalState, so a failed batch or a cancelled confirmation loses nothing, even across a reload),
// a paste, a .csv/.txt file or the editor selection.
import * as vscode from 'vscode';
import { nameNumbers } from '../model/batch';
import { MAX_INPUT_BYTES } from '../model/numberInput';

/** globalState key of the numbers not added by earlier runs (E.164, no secrets). */
export const NOT_ADDED_KEY = 'sinch.addNumbers.notAdded';

export interface NumberSource {
  text: string;
  fileName?: string;
}

export function notAddedBefore(state: vscode.Memento): string[] {
  const stored = state.get<unknown>(NOT_ADDED_KEY);
  return Array.isArray(stored) ? stored.filter((n): n is string => typeof n === 'string') : [];
}

export async function rememberNotAdded(state: vscode.Memento, numbers: readonly string[]): Promise<void> {
  await state.update(NOT_ADDED_KEY, numbers.length > 0 ? [...numbers] : undefined);
}

export async function readSource(state: vscode.Memento): Promise<NumberSource | undefined> {
  const pending = notAddedBefore(state);
  const editor = vscode.window.activeTextEditor;
  const selection = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  type Item = vscode.QuickPickItem & { source: 'pending' | 'forget' | 'paste' | 'file' | 'selection' };
  const items: Item[] = [
    { label: '$(edit) Paste or type numbers…', description: 'separated by commas, spaces or new lines', source: 'paste' },
    { label: '$(file) Read a .csv or .txt file…', source: 'file' },
  ];
  if (selection.trim() !== '') items.unshift({ label: '$(selection) Use the editor selection', description: `${selection.length} characters`, source: 'selection' });
  if (pending.length > 0) {
    const noun = pending.length === 1 ? 'number' : `${pending.length} numbers`;
    items.unshift({ label: `$(history) Add the ${noun} not added last time`, description: nameNumbers(pending), source: 'pending' });
    items.push({ label: `$(close) Forget the ${noun} not added last time`, source: 'forget' });
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Sinch: Add Numbers to Qualify', placeHolder: 'Where are the numbers?' });
  if (!picked) return undefined;
  if (picked.source === 'pending') return { text: pending.join('\n') };
  if (picked.source === 'forget') {
    await rememberNotAdded(state, []);
    return undefined;
  }
  if (picked.source === 'selection') return { text: selection };
  if (picked.source === 'paste') {
    const text = await vscode.window.showInputBox({
      title: 'Sinch: Add Numbers to Qualify',
      prompt: pending.length > 0 ? 'Filled in: the numbers not added last time. US/CA numbers, e.g. +12025550134, (202) 555-0135' : 'US/CA numbers, e.g. +12025550134, (202) 555-0135 2025550136',
      placeHolder: '+12025550134, +12025550135',
      value: pending.join(', '),
      ignoreFocusOut: true,
    });
    return text === undefined || text.trim() === '' ? undefined : { text };
  }
  const files = await vscode.window.showOpenDialog({ title: 'Sinch: Add Numbers to Qualify', canSelectMany: false, filters: { 'Numbers (CSV, text)': ['csv', 'txt'] } });
  const file = files?.[0];
  if (!file) return undefined;
  const stat = await vscode.workspace.fs.stat(file);
  if (stat.size > MAX_INPUT_BYTES) {
    void vscode.window.showErrorMessage(`${file.fsPath} is ${Math.round(stat.size / 1024)} KB; lists above ${MAX_INPUT_BYTES / 1024} KB are not read.`);
    return undefined;
  }
  return { text: Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8'), fileName: file.path };
}
