// "Sinch: Open Hosting Order": asks for the ID (its format is checked as it is typed, before any
// request), lists the order in "Hosting Orders" and selects it. An order Sinch does not know
// stays listed as "Not found (404)" with Forget offered, so a typo is visible, not silent.
import * as vscode from 'vscode';
import { checkHostingOrderId } from '../model/orders/orderId';
import type { CommandContext } from './context';
import { showError } from './errors';

export async function openHostingOrder(ctx: CommandContext, given?: unknown): Promise<void> {
  let id = typeof given === 'string' && checkHostingOrderId(given).ok ? given.trim() : undefined;
  if (id === undefined) {
    const typed = await vscode.window.showInputBox({
      title: 'Sinch: Open Hosting Order',
      prompt: 'The hosting order ID (from the text-enable result, an e-mail from Sinch or a callback).',
      placeHolder: '01arz3nhyrtsv4rrffq69g5fav',
      validateInput: (value) => {
        const check = checkHostingOrderId(value);
        return check.ok ? undefined : check.message;
      },
      ignoreFocusOut: true,
    });
    if (typed === undefined) return;
    const check = checkHostingOrderId(typed);
    if (!check.ok) return;
    id = check.id;
  }
  if (!(await ctx.connection.ensureClient())) return;
  const outcome = await vscode.window.withProgress({ location: { viewId: 'sinch.hostingOrders' } }, () => ctx.orders.trackOrder(id, { source: 'opened' }));
  await ctx.orders.reveal(id);
  const view = ctx.orders.model.find(id);
  if (view?.fetch.status === 'notFound') {
    const forget = 'Forget Hosting Order';
    const choice = await vscode.window.showWarningMessage(`Sinch does not know hosting order ${id} in ${ctx.connection.describe()} (404). Check the ID and the profile; it stays listed as "Not found" until you forget it.`, forget);
    if (choice === forget) await vscode.commands.executeCommand('sinch.forgetHostingOrder', id);
  } else if (outcome.failed > 0) {
    await showError(ctx, outcome.firstError, `Hosting order ${id} is listed, but fetching it failed; it is tried again on refresh`);
  }
}
