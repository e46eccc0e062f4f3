// "Sinch: Copy Number": E.164, one per line for a multi-selection. From a tree node it needs no
// connection; from the palette it offers a pick.
import * as vscode from 'vscode';
import type { QualifiedNumber } from '../api/types';
import { formatNanp } from '../model/phone';
import type { CommandContext } from './context';
import { resolveTargets } from './targets';

export async function copyNumber(ctx: CommandContext, given: readonly QualifiedNumber[]): Promise<void> {
  let targets = given;
  if (targets.length === 0) {
    const client = await ctx.connection.ensureClient();
    if (!client) return;
    targets = (await resolveTargets(ctx, client, [], { many: true, title: 'Copy Number' })) ?? [];
  }
  if (targets.length === 0) return;
  await vscode.env.clipboard.writeText(targets.map((t) => t.phoneNumber).join('\n'));
  void vscode.window.setStatusBarMessage(`Sinch: copied ${targets.length === 1 ? formatNanp(targets[0].phoneNumber) : `${targets.length} numbers`}`, 3000);
}
