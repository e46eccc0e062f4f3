// "Sinch: Copy Number": E.164, one per line for a multi-selection.
import * as vscode from 'vscode';
import { formatNanp } from '../model/phone';
import type { CommandContext } from './context';
import { resolveTargets } from './targets';

export async function copyNumber(ctx: CommandContext, node?: unknown, nodes?: unknown): Promise<void> {
  const client = await ctx.connection.ensureClient();
  if (!client) return;
  const targets = await resolveTargets(ctx, client, node, nodes, { many: true, title: 'Copy Number' });
  if (!targets) return;
  await vscode.env.clipboard.writeText(targets.map((t) => t.phoneNumber).join('\n'));
  void vscode.window.setStatusBarMessage(`Sinch: copied ${targets.length === 1 ? formatNanp(targets[0].phoneNumber) : `${targets.length} numbers`}`, 3000);
}
