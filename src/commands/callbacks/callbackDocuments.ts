// The read-only documents "Show Callback" opens (scheme sinch-callback), rendered from the
// listed record each time, so an open document follows new deliveries and replays.
import * as vscode from 'vscode';
import { callbackCore } from '../../inspector/callbackCore';
import type { CallbackInspector } from '../../inspector/callbackInspector';

export const CALLBACK_SCHEME = 'sinch-callback';

export class CallbackDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly inspector: CallbackInspector) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.split('/')[1] ?? '';
    const record = this.inspector.inbox.get(id);
    return record ? callbackCore().callbackDocument(record) : 'This callback is no longer listed (cleared, or older than the last 5,000).\n';
  }

  refresh(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function callbackUri(id: string, title: string): vscode.Uri {
  return vscode.Uri.from({ scheme: CALLBACK_SCHEME, path: `/${id}/${title.replace(/[^\w +.-]/g, '_').slice(0, 60)}.md` });
}

