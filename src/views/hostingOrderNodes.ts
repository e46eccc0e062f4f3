// The elements of the "Hosting Orders" view. Commands receive these from menus; another command
// or a test may pass a hosting order ID string instead.
import { isHostingOrderId } from '../model/orders/orderId';

export interface HostingOrderNode {
  readonly kind: 'hostingOrder';
  readonly hostingOrderId: string;
}

/** A number the extension knows belongs to an order (from the submission). */
export interface HostingOrderNumberNode {
  readonly kind: 'hostingOrderNumber';
  readonly hostingOrderId: string;
  readonly phoneNumber: string;
}

export type HostingOrdersTreeNode = HostingOrderNode | HostingOrderNumberNode;

export function isHostingOrderNode(value: unknown): value is HostingOrderNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'hostingOrder' && isHostingOrderId((value as HostingOrderNode).hostingOrderId);
}

export function isHostingOrderNumberNode(value: unknown): value is HostingOrderNumberNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'hostingOrderNumber' && typeof (value as HostingOrderNumberNode).phoneNumber === 'string';
}

/** The order IDs a command was given: `(node, selectedNodes)` from the view, or an ID string. */
export function orderIdsFromArgs(node: unknown, nodes: unknown): string[] {
  const items = Array.isArray(nodes) && nodes.length > 0 ? nodes : [node];
  const ids = items.flatMap((item) => {
    if (isHostingOrderNode(item)) return [item.hostingOrderId];
    if (isHostingOrderNumberNode(item)) return [item.hostingOrderId];
    return isHostingOrderId(item) ? [item] : [];
  });
  return [...new Set(ids)];
}
