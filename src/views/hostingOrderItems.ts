// TreeItems of the "Hosting Orders" view; the words come from src/model/orders/orderPresentation.
import * as vscode from 'vscode';
import { formatNanp } from '../model/phone';
import { orderDescription, orderLabel, orderTooltipMarkdown } from '../model/orders/orderPresentation';
import type { OrderView } from '../model/orders/ordersModel';
import type { HostingOrderNumberNode } from './hostingOrderNodes';

/** Menus match `viewItem =~ /^hostingOrder\./`; `hostingOrder.notFound` also offers Forget inline. */
export const ORDER_CONTEXT_PREFIX = 'hostingOrder.';

export function hostingOrderItem(view: OrderView, now: number): vscode.TreeItem {
  const collapsible = view.numbers.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  const item = new vscode.TreeItem(orderLabel(view), collapsible);
  item.id = `hostingOrder/${view.tracked.hostingOrderId}`;
  item.description = orderDescription(view, now);
  item.iconPath = new vscode.ThemeIcon(view.info.icon, new vscode.ThemeColor(view.info.color));
  const tooltip = new vscode.MarkdownString(orderTooltipMarkdown(view), true);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  item.tooltip = tooltip;
  item.contextValue = ORDER_CONTEXT_PREFIX + view.info.contextKey;
  item.accessibilityInformation = { label: `${orderLabel(view)}, ${item.description}` };
  return item;
}

export function hostingOrderNumberItem(node: HostingOrderNumberNode): vscode.TreeItem {
  const item = new vscode.TreeItem(formatNanp(node.phoneNumber), vscode.TreeItemCollapsibleState.None);
  item.id = `hostingOrder/${node.hostingOrderId}/${node.phoneNumber}`;
  item.iconPath = new vscode.ThemeIcon('device-mobile');
  item.tooltip = `${formatNanp(node.phoneNumber)}: click to show it in Qualified Numbers (or its details when it is not listed there).`;
  item.contextValue = 'hostingOrderNumber';
  item.command = { command: 'sinch.revealNumber', title: 'Reveal in Qualified Numbers', arguments: [node.phoneNumber] };
  return item;
}
