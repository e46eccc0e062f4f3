// Hovering a US/CA phone number in any document shows what Sinch knows of it, with links to show
// it in the tree, open its details, or add it to qualify. Only the hovered line is parsed; nothing
// shows when not connected or when `sinch.hover.enabled` is off.
import * as vscode from 'vscode';
import type { ConnectionManager } from '../connection/connectionManager';
import { HOVER_ENABLED_COMMANDS } from '../model/editor/commandLinks';
import { numberHoverMarkdown } from '../model/editor/numberHover';
import { numberAt } from '../model/editor/phoneFinder';
import type { NumberLookupService } from './numberLookup';

export const HOVER_SETTING = 'sinch.hover.enabled';

export class NumberHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly connection: ConnectionManager,
    private readonly lookups: NumberLookupService,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!vscode.workspace.getConfiguration().get<boolean>(HOVER_SETTING, true)) return undefined;
    if (!this.connection.current()) return undefined;
    const found = numberAt(document.lineAt(position.line).text, position.character);
    if (!found) return undefined;
    const abort = new AbortController();
    const cancel = token.onCancellationRequested(() => abort.abort());
    try {
      const lookup = found.parsed.ok ? await this.lookups.lookup(found.parsed.e164, abort.signal) : undefined;
      if (token.isCancellationRequested || (found.parsed.ok && !lookup)) return undefined;
      const markdown = new vscode.MarkdownString(numberHoverMarkdown(found, lookup, this.connection.describe()), true);
      // Only the hover's own links run; any other command link in the text stays inert.
      markdown.isTrusted = { enabledCommands: [...HOVER_ENABLED_COMMANDS] };
      markdown.supportHtml = false;
      return new vscode.Hover(markdown, new vscode.Range(position.line, found.start, position.line, found.end));
    } finally {
      cancel.dispose();
    }
  }
}
