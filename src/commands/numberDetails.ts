// The read-only documents "Show Number Details" opens: a content provider under its own scheme,
// so there is nothing to save by mistake. registerCommands creates one and hands it to the command.
import * as vscode from 'vscode';

export const DETAILS_SCHEME = 'sinch-number';

export class NumberDetailsProvider implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  set(uri: vscode.Uri, content: string): void {
    this.contents.set(uri.toString(), content);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
