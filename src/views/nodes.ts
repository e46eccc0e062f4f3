// The elements of the Qualified Numbers tree. Commands receive these as arguments from menus:
// `NumberNode.number` is the QualifiedNumber (the text-enable commands read `number.phoneNumber`).
import type { GlobalProcessState, QualifiedNumber } from '../api/types';

export interface GroupNode {
  readonly kind: 'group';
  readonly state: GlobalProcessState;
}

export interface NumberNode {
  readonly kind: 'number';
  readonly number: QualifiedNumber;
  /** The group it is listed under. */
  readonly group: GlobalProcessState;
}

/**
 * Numbers of a group past one range's worth (src/model/tree/numberRanges.ts): a folded range
 * starts at `start`; the open one, which "Load more" appends to, has none (it moves as pages come).
 */
export interface RangeNode {
  readonly kind: 'range';
  readonly state: GlobalProcessState;
  /** Position of its first number in the group's list; undefined for the open range. */
  readonly start?: number;
}

export interface LoadMoreNode {
  readonly kind: 'loadMore';
  readonly state: GlobalProcessState;
}

export interface ErrorNode {
  readonly kind: 'error';
  readonly error: unknown;
  /** Undefined for the root error node (every group failed). */
  readonly state?: GlobalProcessState;
}

export type SinchTreeNode = GroupNode | NumberNode | RangeNode | LoadMoreNode | ErrorNode;

export function isNumberNode(value: unknown): value is NumberNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'number' && typeof (value as NumberNode).number?.phoneNumber === 'string';
}

export function isGroupNode(value: unknown): value is GroupNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'group';
}

export function isLoadMoreNode(value: unknown): value is LoadMoreNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'loadMore';
}
