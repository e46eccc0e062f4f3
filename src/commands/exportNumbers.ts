// "Sinch: Export Qualified Numbers": what the tree lists (or every page) as CSV or JSON, to a file
// the user picks. A failure is shown by the runner as "Export failed: ...".
import * as vscode from 'vscode';
import type { QualifiedNumber, QualifiedNumbersApi } from '../api/types';
import { exportFileName, exportNumbers as render, type ExportFormat } from '../model/exportFormat';
import { STATE_ORDER } from '../model/states';
import type { CommandContext } from './context';

/** Optional arguments, for automation: `executeCommand('sinch.export', { format: 'csv', uri, scope: 'listed' })`. */
export interface ExportArgs {
  format?: ExportFormat;
  uri?: vscode.Uri;
  scope?: 'listed' | 'all';
}

export async function exportNumbers(ctx: CommandContext, args?: unknown): Promise<vscode.Uri | undefined> {
  const client = await ctx.connection.ensureClient();
  if (!client) return undefined;
  const given = (typeof args === 'object' && args !== null ? args : {}) as ExportArgs;
  const format = given.format ?? (await pickFormat());
  if (!format) return undefined;
  const scope = given.scope ?? (ctx.tree.model.hasUnlistedNumbers() ? await pickScope(ctx.tree.model.listedNumbers().length) : 'listed');
  if (!scope) return undefined;
  const uri =
    given.uri ??
    (await vscode.window.showSaveDialog({
      title: 'Sinch: Export Qualified Numbers',
      defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.env.HOME ?? '/'), exportFileName(format, new Date())),
      filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    }));
  if (!uri) return undefined;
  const numbers = scope === 'all' ? await everyNumber(ctx, client) : ctx.tree.model.listedNumbers();
  await vscode.workspace.fs.writeFile(uri, Buffer.from(render(numbers, format), 'utf8'));
  const open = 'Open';
  void vscode.window.showInformationMessage(`Exported ${numbers.length} qualified number${numbers.length === 1 ? '' : 's'} to ${uri.fsPath}.`, open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(uri);
  });
  return uri;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'CSV', description: 'one row per number, for spreadsheets', format: 'csv' as const },
      { label: 'JSON', description: 'the API\'s own fields', format: 'json' as const },
    ],
    { title: 'Sinch: Export Qualified Numbers', placeHolder: 'Export as' },
  );
  return picked?.format;
}

async function pickScope(listed: number): Promise<'listed' | 'all' | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: `The ${listed} listed numbers`, description: 'as the tree shows them now', scope: 'listed' as const },
      { label: 'Every number', description: 'fetches every page of every state (with the current filters)', scope: 'all' as const },
    ],
    { title: 'Sinch: Export Qualified Numbers', placeHolder: 'Some states have more pages than the tree has loaded' },
  );
  return picked?.scope;
}

async function everyNumber(ctx: CommandContext, client: QualifiedNumbersApi): Promise<QualifiedNumber[]> {
  const query = ctx.tree.model.currentQuery;
  const filter = ctx.tree.model.activeFilter;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Sinch: fetching every qualified number…', cancellable: true }, async (_progress, token) => {
    const abort = new AbortController();
    token.onCancellationRequested(() => abort.abort());
    const lists = await Promise.all(
      STATE_ORDER.map(async (state) => {
        const found: QualifiedNumber[] = [];
        for await (const n of client.listAll({ state, regionCode: query.regionCode, orderBy: query.orderBy, pageSize: 100 }, { signal: abort.signal })) {
          if (!filter || filter.matches(n.phoneNumber)) found.push(n);
        }
        return found;
      }),
    );
    return lists.flat();
  });
}
