// Keeps the `sinch.selectionHasNumbers` context key: true while the active editor's selection
// holds a valid US/CA number, so the editor's context menu offers "Add Numbers to Qualify" only
// then. Cheap: only the selected text is looked at, at most MAX_SCANNED characters of it.
import * as vscode from 'vscode';
import { validNumbersIn } from '../model/editor/phoneFinder';

export const SELECTION_CONTEXT_KEY = 'sinch.selectionHasNumbers';
const MAX_SCANNED = 100_000;

export function trackSelectionNumbers(): vscode.Disposable {
  let current: boolean | undefined;
  const update = (editor: vscode.TextEditor | undefined): void => {
    const text = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).slice(0, MAX_SCANNED) : '';
    const has = text !== '' && validNumbersIn(text).length > 0;
    if (has === current) return;
    current = has;
    void vscode.commands.executeCommand('setContext', SELECTION_CONTEXT_KEY, has);
  };
  update(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((event) => update(event.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
}
