// "Sinch: Copy Number": E.164, one per line for a multi-selection. From a tree node it needs no
// connection; from the palette it offers a pick.
import * as vscode from 'vscode';
import { formatNanp } from '../model/phone';
import type { CommandContext } from './context';
import { numbersFromArgs, resolveTargets } from './targets';

export async function copyNumber(ctx: CommandContext, node?: unknown, nodes?: unknown): Promise<void> {
  let targets = numbersFromArgs(node, nodes);
  if (targets.length === 0) {
    const client = await ctx.connection.ensureClient();
    if (!client) return;
    targets = (await resolveTargets(ctx, client, undefined, undefined, { many: true, title: 'Copy Number' })) ?? [];
  }
  if (targets.length === 0) return;
  await vscode.env.clipboard.writeText(targets.map((t) => t.phoneNumber).join('\n'));
  void vscode.window.setStatusBarMessage(`Sinch: copied ${targets.length === 1 ? formatNanp(targets[0].phoneNumber) : `${targets.length} numbers`}`, 3000);
}
