// Commands run from the palette have no row: offer the received callbacks to pick from.
import * as vscode from 'vscode';
import { callbackCore } from '../../inspector/callbackCore';
import type { CallbackRecord } from '../../model/callbacks/record';
import type { CommandContext } from '../context';

export function isCallbackRecord(value: unknown): value is CallbackRecord {
  return typeof value === 'object' && value !== null && typeof (value as CallbackRecord).id === 'string' && typeof (value as CallbackRecord).bodyBase64 === 'string';
}

export async function pickCallback(ctx: CommandContext, node: unknown, title: string): Promise<CallbackRecord | undefined> {
  if (isCallbackRecord(node)) return ctx.services.callbacks.inbox.get(node.id) ?? node;
  const records = ctx.services.callbacks.inbox.list();
  if (records.length === 0) {
    void vscode.window.showInformationMessage('No callbacks received yet. Start the callback listener and use its URL as an order\'s callback URL.');
    return undefined;
  }
  const now = Date.now();
  const picked = await vscode.window.showQuickPick(records.map((record) => {
    const row = callbackCore().callbackRow(record, now);
    return { label: row.label, description: row.description, record };
  }), { title: `Sinch: ${title}`, placeHolder: `Pick the callback (${records.length} received, newest first; type to filter)`, matchOnDescription: true });
  return picked?.record;
}
