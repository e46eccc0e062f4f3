// Which hosting order a command acts on: the view's node, an ID string passed by another command
// (or a notification's button), or, from the palette, a pick among the listed orders.
import * as vscode from 'vscode';
import { orderDescription, orderLabel } from '../model/orders/orderPresentation';
import { orderIdsFromArgs } from '../views/hostingOrderNodes';
import type { CommandContext } from './context';

export async function resolveOrderId(ctx: CommandContext, node: unknown, nodes: unknown, title: string): Promise<string | undefined> {
  const given = orderIdsFromArgs(node, nodes);
  if (given.length > 0) return given[0];
  const orders = ctx.orders.model.orders();
  if (orders.length === 0) {
    const open = 'Open Hosting Order';
    const choice = await vscode.window.showInformationMessage(
      ctx.orders.model.connected ? 'No hosting orders are listed yet: submit a text-enable form, or open an order by its ID.' : 'Connect to Sinch first: hosting orders are listed per profile.',
      ...(ctx.orders.model.connected ? [open] : []),
    );
    if (choice === open) await vscode.commands.executeCommand('sinch.openHostingOrder');
    return undefined;
  }
  const now = Date.now();
  const picked = await vscode.window.showQuickPick(
    orders.map((v) => ({ label: orderLabel(v), description: orderDescription(v, now), detail: v.tracked.hostingOrderId, id: v.tracked.hostingOrderId })),
    { title: `Sinch: ${title}`, placeHolder: 'Pick a hosting order (type to filter by name, state or ID)', matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true },
  );
  return picked?.id;
}
