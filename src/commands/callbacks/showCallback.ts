// "Show Callback": a received callback as a read-only Markdown document (headers, raw body,
// pretty JSON, the verdict and why). A content provider, so there is nothing to save by mistake.
import * as vscode from 'vscode';
import type { CommandContext } from '../context';
import { callbackUri } from './callbackDocuments';
import { pickCallback } from './pickCallback';

export async function showCallback(ctx: CommandContext, node?: unknown): Promise<void> {
  const record = await pickCallback(ctx, node, 'Show Callback');
  if (!record) return;
  const uri = callbackUri(record.id, record.event ? `${record.event.eventType} ${record.event.resourceId}` : 'malformed delivery');
  // A document already open shows the latest deliveries and replays.
  ctx.callbackDocuments.refresh(uri);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
}
