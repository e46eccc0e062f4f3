// "Show in Sinch" (the hover's link): reveals a number in the Qualified Numbers view. A number not
// among the loaded pages is found by filtering the tree to it, as "Filter Qualified Numbers" would.
import * as vscode from 'vscode';
import { formatNanp, isE164 } from '../model/phone';
import { parseNumberFilter } from '../model/tree/filter';
import type { NumberNode } from '../views/nodes';
import { VIEW_ID } from '../views/qualifiedNumbersView';
import type { CommandContext } from './context';
import { showError } from './errors';

export async function showInSinch(ctx: CommandContext, phoneNumber?: unknown): Promise<void> {
  if (typeof phoneNumber !== 'string' || !isE164(phoneNumber)) {
    void vscode.window.showWarningMessage('Show in Sinch needs a phone number: hover one in an editor, or use "Sinch: Filter Qualified Numbers".');
    return;
  }
  if (!(await ctx.connection.ensureClient())) return;
  await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
  await ctx.tree.model.whenIdle();
  let node = shownNode(ctx, phoneNumber);
  if (!node) {
    const filter = parseNumberFilter(phoneNumber);
    if (filter.ok) {
      const outcome = await ctx.tree.setFilter(filter.filter);
      if (outcome && outcome.failed > 0) return showError(ctx, outcome.firstError, `Could not look for ${formatNanp(phoneNumber)}`);
    }
    node = shownNode(ctx, phoneNumber);
  }
  if (!node) {
    void vscode.window.showInformationMessage(`${formatNanp(phoneNumber)} is not a qualified number in ${ctx.connection.describe()}.`);
    return;
  }
  await ctx.tree.treeView.reveal(node, { select: true, focus: true, expand: true });
}

/** The tree's node for the number, when a group shows it now. */
function shownNode(ctx: CommandContext, phoneNumber: string): NumberNode | undefined {
  for (const group of ctx.tree.model.groupViews()) {
    const number = group.numbers.find((n) => n.phoneNumber === phoneNumber);
    if (number) return { kind: 'number', number, group: group.state };
  }
  return undefined;
}
