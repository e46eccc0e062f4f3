// "Send Test Callback" (sandbox only): the sandbox delivers a chosen event to the listener,
// signed with the same secret the inspector checks (or badly, on purpose).
import * as vscode from 'vscode';
import { SANDBOX_PROJECT_ID } from '../../connection/sandboxOptions';
import type { TestCallbackKind } from '../../sandbox/index';
import type { CommandContext } from '../context';
import { ensureListening } from './listener';

const KINDS: Array<{ test: TestCallbackKind; label: string; detail: string }> = [
  { test: 'succeeded', label: 'Succeeded', detail: 'Provisioning to the SMS platform succeeded, correctly signed.' },
  { test: 'failed', label: 'Failed (INVALID_NNID)', detail: 'A hosting process that failed, with its failure code.' },
  { test: 'duplicate', label: 'Duplicate', detail: 'The last event again, same eventId and bytes: one row, "delivered 2 times".' },
  { test: 'outOfOrder', label: 'Out of order', detail: 'An event for the same number stamped before the last one.' },
  { test: 'badSignature', label: 'Badly signed', detail: 'A delivery whose X-Sinch-Signature was made with another secret.' },
];

export async function sendTestCallback(ctx: CommandContext, kindArg?: unknown): Promise<void> {
  const state = ctx.connection.state;
  if (state.kind !== 'sandbox') {
    void vscode.window.showInformationMessage('Test callbacks come from the offline sandbox: run "Sinch: Use Offline Sandbox" first. Real Sinch sends callbacks as your orders move.');
    return;
  }
  const kind = KINDS.find((k) => k.test === kindArg)?.test ?? (await vscode.window.showQuickPick(KINDS, { title: 'Sinch: Send Test Callback', placeHolder: 'Which delivery the sandbox sends to the listener' }))?.test;
  if (!kind) return;
  const address = await ensureListening(ctx);
  if (!address) return;
  await state.sandbox.sendTestCallback(address.localUrl, kind, SANDBOX_PROJECT_ID);
  await ctx.services.callbacks.settled();
}
