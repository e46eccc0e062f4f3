// A number under a hosting order: revealed in "Qualified Numbers" when the tree lists it, else
// its details are shown (it may sit on a page not loaded, or behind a filter).
import * as vscode from 'vscode';
import { isGlobalProcessState } from '../model/states';
import { isHostingOrderNumberNode } from '../views/hostingOrderNodes';
import type { CommandContext } from './context';

export async function revealNumber(ctx: CommandContext, given?: unknown): Promise<void> {
  const phoneNumber = isHostingOrderNumberNode(given) ? given.phoneNumber : typeof given === 'string' ? given : undefined;
  if (!phoneNumber) return;
  const number = ctx.tree.model.find(phoneNumber);
  const group = number?.globalProcessState;
  if (number && isGlobalProcessState(group)) {
    await ctx.tree.treeView.reveal({ kind: 'number', number, group }, { select: true, focus: true, expand: true });
    return;
  }
  await vscode.commands.executeCommand('sinch.showDetails', phoneNumber);
}
