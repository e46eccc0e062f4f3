// Entry point of the webview panels; `activate` calls this once. Registers the two commands
// (also run from the tree's context menu with the selected numbers) and a serializer per form,
// so an open form comes back with its draft after a window reload.
import * as vscode from 'vscode';
import type { FormKind } from '../model/textEnable/fields';
import type { ExtensionServices } from '../services';
import { numbersFromCommandArgs } from './nodeNumbers';
import { TextEnablePanel, VIEW_TYPES } from './textEnablePanel';

export const COMMANDS: Readonly<Record<FormKind, string>> = {
  standard: 'sinch.textEnable',
  tollFree: 'sinch.textEnableTollFree',
};

export function registerPanels(services: ExtensionServices): vscode.Disposable[] {
  const disposables: vscode.Disposable[] = [];
  for (const kind of ['standard', 'tollFree'] as const) {
    disposables.push(
      vscode.commands.registerCommand(COMMANDS[kind], (node?: unknown, nodes?: unknown) => {
        TextEnablePanel.show(services, kind, numbersFromCommandArgs(node, nodes));
      }),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPES[kind], {
        async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
          TextEnablePanel.restore(services, kind, panel, state);
        },
      }),
    );
  }
  disposables.push({ dispose: () => (['standard', 'tollFree'] as const).forEach((k) => TextEnablePanel.current(k)?.dispose()) });
  return disposables;
}

export { TextEnablePanel } from './textEnablePanel';
