// Entry point of the webview panels; `activate` calls this once. (Filled in by the forms work.)
import type * as vscode from 'vscode';
import type { ExtensionServices } from '../services';

export function registerPanels(_services: ExtensionServices): vscode.Disposable[] {
  return [];
}
