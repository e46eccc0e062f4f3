// The small "Hosting Orders" commands: details, copy, forget, refresh. Each acts on the view's
// node, an ID string, or a pick among the listed orders.
import * as vscode from 'vscode';
import { isSinchApiError } from '../api/errors';
import type { CommandContext } from './context';
import { showError } from './errors';
import { resolveOrderId } from './orderTargets';
import { DETAILS_SCHEME } from './numberDetails';

const FORGET = 'Forget Hosting Order';

/** "Sinch: Show Hosting Order Details": the order as the API returns it now, read-only JSON. */
export async function showHostingOrderDetails(ctx: CommandContext, node?: unknown, nodes?: unknown): Promise<void> {
  const id = await resolveOrderId(ctx, node, nodes, 'Show Hosting Order Details');
  if (!id) return;
  const client = await ctx.connection.ensureClient();
  if (!client) return;
  try {
    const order = await client.getHostingOrder(id);
    const uri = vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/hosting-order-${id}.json` });
    ctx.details.set(uri, `${JSON.stringify(order, null, 2)}\n`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    void ctx.orders.refreshOrder(id);
  } catch (error) {
    if (isSinchApiError(error) && error.status === 404) {
      void ctx.orders.refreshOrder(id);
      const choice = await vscode.window.showWarningMessage(`Sinch does not know hosting order ${id} (404): there are no details to show. Forget it to remove it from the list.`, FORGET);
      if (choice === FORGET) await forgetHostingOrder(ctx, id);
      return;
    }
    await showError(ctx, error);
  }
}

/** "Sinch: Copy Hosting Order ID" */
export async function copyHostingOrderId(ctx: CommandContext, node?: unknown, nodes?: unknown): Promise<void> {
  const id = await resolveOrderId(ctx, node, nodes, 'Copy Hosting Order ID');
  if (!id) return;
  await vscode.env.clipboard.writeText(id);
  void vscode.window.setStatusBarMessage(`Sinch: copied hosting order ID ${id}`, 3000);
}

/** "Sinch: Forget Hosting Order": removes it from the list only; Sinch keeps the order. */
export async function forgetHostingOrder(ctx: CommandContext, node?: unknown, nodes?: unknown): Promise<void> {
  const id = await resolveOrderId(ctx, node, nodes, 'Forget Hosting Order');
  if (!id) return;
  if (await ctx.orders.model.forget(id)) {
    ctx.services.log.info(`Hosting order ${id} removed from the list (Sinch keeps it)`);
    void vscode.window.setStatusBarMessage(`Sinch: hosting order ${id} is no longer listed; "Open Hosting Order" brings it back`, 5000);
  }
}

/** "Sinch: Refresh Hosting Orders": every listed order, finished or not. */
export async function refreshHostingOrders(ctx: CommandContext): Promise<void> {
  if (!(await ctx.connection.ensureClient())) return;
  const outcome = await ctx.orders.refresh();
  if (outcome.failed > 0) await showError(ctx, outcome.firstError, `Refreshing failed for ${outcome.failed} hosting order${outcome.failed === 1 ? '' : 's'}`);
}
