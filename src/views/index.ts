// The sidebar's public face for the rest of the extension.
export { QualifiedNumbersView, VIEW_ID } from './qualifiedNumbersView';
export { isNumberNode, isGroupNode, isLoadMoreNode } from './nodes';
export type { ErrorNode, GroupNode, LoadMoreNode, NumberNode, SinchTreeNode } from './nodes';
