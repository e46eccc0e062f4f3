// "Sinch: Show Number Details": the number as the API returns it now, in a read-only JSON
// document (a content provider, so there is nothing to save by mistake).
import * as vscode from 'vscode';
import { numberDetailsDocument } from '../model/numberDetails';
import type { CommandContext } from './context';
import { showError } from './errors';
import { resolveTargets } from './targets';

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

export async function showDetails(ctx: CommandContext, provider: NumberDetailsProvider, node?: unknown, nodes?: unknown): Promise<void> {
  const client = await ctx.connection.ensureClient();
  if (!client) return;
  const targets = await resolveTargets(ctx, client, node, nodes, { many: false, title: 'Show Number Details' });
  if (!targets) return;
  const phoneNumber = targets[0].phoneNumber;
  try {
    const number = await client.get(phoneNumber);
    const uri = vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/${phoneNumber}.jsonc` });
    provider.set(uri, numberDetailsDocument(number));
    // The .jsonc path gives the document JSON highlighting with comments (the status meanings); the scheme makes it read-only.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  } catch (error) {
    await showError(ctx, error);
  }
}
