// "Start Callback Listener", "Stop Callback Listener", "Copy Callback URL".
import * as vscode from 'vscode';
import { isPortTakenError, type ListenerAddress } from '../../inspector/callbackInspector';
import type { CommandContext } from '../context';
import { showError } from '../errors';

/** Starts the listener (if needed); undefined after telling the user why it could not. */
export async function ensureListening(ctx: CommandContext): Promise<ListenerAddress | undefined> {
  try {
    return await ctx.services.callbacks.start();
  } catch (error) {
    // A taken port was already explained, with its choices, in its own notification.
    if (isPortTakenError(error)) return undefined;
    await showError(ctx, error);
    return undefined;
  }
}

export async function startCallbackListener(ctx: CommandContext): Promise<void> {
  const wasListening = ctx.services.callbacks.address !== undefined;
  const address = await ensureListening(ctx);
  if (!address) return;
  const copy = 'Copy Callback URL';
  const message = `${wasListening ? 'The callback listener is already running' : 'Listening for Sinch callbacks'} on ${address.externalUrl}. Use it as an order's callback URL; Sinch itself reaches it only through a forwarded port or a tunnel (see the README).`;
  if ((await vscode.window.showInformationMessage(message, copy)) === copy) await copyCallbackUrl(ctx);
}

export async function stopCallbackListener(ctx: CommandContext): Promise<void> {
  if (!ctx.services.callbacks.address) {
    void vscode.window.showInformationMessage('The callback listener is not running.');
    return;
  }
  await ctx.services.callbacks.stop();
  void vscode.window.showInformationMessage('The callback listener stopped. The callbacks received stay listed.');
}

export async function copyCallbackUrl(ctx: CommandContext): Promise<void> {
  const address = await ensureListening(ctx);
  if (!address) return;
  await vscode.env.clipboard.writeText(address.externalUrl);
  const local = address.externalUrl !== address.localUrl ? ` (on the extension host's machine: ${address.localUrl})` : '';
  void vscode.window.showInformationMessage(`Copied ${address.externalUrl}${local}.`);
}
