// "Sinch: Delete Qualified Numbers": a modal confirmation naming the count, progress (cancellable
// between numbers), and the outcome per number.
import * as vscode from 'vscode';
import type { QualifiedNumber } from '../api/types';
import { runBatch, summariseBatch } from '../model/batch';
import { deleteConfirmation } from '../model/confirmations';
import type { CommandContext } from './context';
import { resolveTargets } from './targets';

export async function deleteNumbers(ctx: CommandContext, given: readonly QualifiedNumber[]): Promise<string[] | undefined> {
  const client = await ctx.connection.ensureClient();
  if (!client) return undefined;
  const targets = await resolveTargets(ctx, client, given, { action: 'delete', many: true, title: 'Delete Qualified Numbers' });
  if (!targets) return undefined;
  const phoneNumbers = targets.map((t) => t.phoneNumber);
  const count = phoneNumbers.length;
  const words = deleteConfirmation(phoneNumbers, ctx.connection.describe());
  const confirm = 'Delete';
  const answer = await vscode.window.showWarningMessage(words.title, { modal: true, detail: words.detail }, confirm);
  if (answer !== confirm) return undefined;
  const outcomes = await ctx.tree.withBusy(phoneNumbers, 'Deleting…', () =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Sinch: deleting ${count} number${count === 1 ? '' : 's'}`, cancellable: true }, (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      return runBatch(phoneNumbers, (n) => client.delete(n), {
        signal: abort.signal,
        onSettled: (outcome, done) => {
          progress.report({ increment: 100 / count, message: `${done} of ${count}` });
          if (!outcome.ok) ctx.services.log.warn(`Delete ${outcome.phoneNumber} failed`);
        },
      });
    }),
  );
  ctx.services.refreshTree();
  const summary = summariseBatch(outcomes, count, 'Deleted');
  const message = ctx.connection.redactor.redact(summary.message);
  for (const failure of summary.failed) ctx.services.log.error(ctx.connection.redactor.redact(`Delete ${failure.phoneNumber}: ${failure.reason}`));
  if (summary.failed.length === 0 && summary.notStarted === 0) {
    void vscode.window.showInformationMessage(message);
  } else {
    const showLog = 'Show Log';
    void vscode.window.showErrorMessage(message, showLog).then((choice) => {
      if (choice === showLog) ctx.services.log.show(true);
    });
  }
  return summary.succeeded;
}
