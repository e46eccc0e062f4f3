// "Replay Callback": the delivery again, byte for byte with its original signature header, to a
// URL the user picks (remembered per workspace); the answer's status shows on the row.
import * as vscode from 'vscode';
import { callbackCore } from '../../inspector/callbackCore';
import type { CommandContext } from '../context';
import { pickCallback } from './pickCallback';

const LAST_URL_KEY = 'sinch.callbacks.replayUrl';

export async function replayCallback(ctx: CommandContext, node?: unknown): Promise<void> {
  const record = await pickCallback(ctx, node, 'Replay Callback');
  if (!record) return;
  if (record.bodyTruncated || record.answeredStatus === 413) {
    void vscode.window.showErrorMessage('This delivery\'s body was not kept whole (over the size limit), so it cannot be replayed byte for byte.');
    return;
  }
  const { checkSendTarget, sendOutcomeWords } = callbackCore();
  const state = ctx.services.context.workspaceState;
  const url = await vscode.window.showInputBox({
    title: 'Replay Callback',
    prompt: 'Your handler\'s URL: https, or http on this machine. The body and X-Sinch-Signature go exactly as received.',
    value: state.get<string>(LAST_URL_KEY) ?? 'http://localhost:3000/sinch/callbacks',
    ignoreFocusOut: true,
    validateInput: (v) => {
      const checked = checkSendTarget(v);
      return checked.ok ? undefined : checked.reason;
    },
  });
  if (url === undefined) return;
  const target = checkSendTarget(url);
  if (!target.ok) return;
  await state.update(LAST_URL_KEY, target.url);
  const outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Replaying to ${target.url}…` }, () => ctx.services.callbacks.replay(record, target.url));
  const words = `Callback ${sendOutcomeWords(outcome)} (${target.url}).`;
  if (outcome.status !== undefined && outcome.status < 400) void vscode.window.showInformationMessage(words);
  else void vscode.window.showWarningMessage(words);
}
