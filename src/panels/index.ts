// Entry point of the webview panels; `activate` calls this once. Registers a serializer per form,
// so an open form comes back with its draft after a window reload. The two commands that open the
// forms ("sinch.textEnable", "sinch.textEnableTollFree") are in the command table (commands/index.ts).
import * as vscode from 'vscode';
import type { ExtensionServices } from '../services';
import { TextEnablePanel, VIEW_TYPES } from './textEnablePanel';

export function registerPanels(services: ExtensionServices): vscode.Disposable[] {
  const disposables: vscode.Disposable[] = [];
  for (const kind of ['standard', 'tollFree'] as const) {
    disposables.push(
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
