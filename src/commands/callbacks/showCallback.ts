// "Show Callback": a received callback as a read-only Markdown document (headers, raw body,
// pretty JSON, the verdict and why). A content provider, so there is nothing to save by mistake.
import * as vscode from 'vscode';
import { callbackDocument } from '../../model/callbacks/presentation';
import type { CommandContext } from '../context';
import { pickCallback } from './pickCallback';

export const CALLBACK_SCHEME = 'sinch-callback';

export class CallbackDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly ctx: CommandContext) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.split('/')[1] ?? '';
    const record = this.ctx.services.callbacks.inbox.get(id);
    return record ? callbackDocument(record) : 'This callback is no longer listed (cleared, or older than the last 5,000).\n';
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

export async function showCallback(ctx: CommandContext, provider: CallbackDocumentProvider, node?: unknown): Promise<void> {
  const record = await pickCallback(ctx, node, 'Show Callback');
  if (!record) return;
  const uri = callbackUri(record.id, record.event ? `${record.event.eventType} ${record.event.resourceId}` : 'malformed delivery');
  // A document already open shows the latest deliveries and replays.
  provider.refresh(uri);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
}
