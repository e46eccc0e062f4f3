// Failures in words, with "Show Log" (the log has the request lines around the failure).
import * as vscode from 'vscode';
import { errorWords } from '../model/errorWords';
import type { CommandContext } from './context';

export async function showError(ctx: CommandContext, error: unknown, prefix?: string): Promise<void> {
  const words = ctx.connection.redactor.redact(errorWords(error));
  const message = prefix ? `${prefix}: ${words}` : words;
  ctx.services.log.error(message);
  const showLog = 'Show Log';
  if ((await vscode.window.showErrorMessage(message, showLog)) === showLog) ctx.services.log.show(true);
}
