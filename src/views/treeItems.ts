// TreeItems for each node kind: the words come from src/model/tree/presentation.
import * as vscode from 'vscode';
import { errorWords } from '../model/errorWords';
import { BUSY_CONTEXT_VALUE, numberContextValue, numberDescription, numberLabel, numberTooltipMarkdown } from '../model/tree/presentation';
import type { GroupView } from '../model/tree/treeModel';
import { isGlobalProcessState, stateInfo } from '../model/states';
import { rangeLabel, type NumberRange } from '../model/tree/numberRanges';
import type { QualifiedNumber } from '../api/types';
import type { ErrorNode, GroupNode, LoadMoreNode, NumberNode, RangeNode } from './nodes';

export function groupItem(node: GroupNode, view: GroupView): vscode.TreeItem {
  const hasChildren = view.status === 'error' || view.numbers.length > 0;
  const item = new vscode.TreeItem(view.info.label, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `group/${node.state}`;
  item.description = view.description;
  item.iconPath = new vscode.ThemeIcon(view.info.icon, new vscode.ThemeColor(view.info.color));
  item.tooltip = `${view.info.label}: ${view.info.description}`;
  item.contextValue = 'stateGroup';
  item.accessibilityInformation = { label: `${view.info.label}, ${view.description}` };
  return item;
}

/**
 * VS Code asks for the TreeItem of every number of an expanded group on each render, so a group
 * paged to 5,000 numbers rebuilt 5,000 items per "Load more" (~2 s of a walk to the end;
 * BENCHMARKS.md). An item depends on its number, the busy text and the relative time, which moves
 * in minutes: it is reused while those stay the same. It is kept on the node itself: a property
 * read costs a fraction of a WeakMap lookup among 20,000 keys, which was most of what a click cost
 * at the end of a long walk. A reload brings new numbers, so new nodes and new items.
 */
const ITEM = Symbol('treeItem');
type NodeWithItem = NumberNode & { [ITEM]?: { item: vscode.TreeItem; busy: string | undefined; minute: number } };

export function numberItem(node: NumberNode, now: number, busy: string | undefined): vscode.TreeItem {
  const minute = Math.floor(now / 60_000);
  const holder = node as NodeWithItem;
  const cached = holder[ITEM];
  if (cached !== undefined && cached.busy === busy && cached.minute === minute) return cached.item;
  const item = buildNumberItem(node, now, busy);
  holder[ITEM] = { item, busy, minute };
  return item;
}

function buildNumberItem(node: NumberNode, now: number, busy: string | undefined): vscode.TreeItem {
  const item = new vscode.TreeItem(numberLabel(node.number), vscode.TreeItemCollapsibleState.None);
  item.id = node.number.phoneNumber;
  const state = node.number.globalProcessState;
  const info = isGlobalProcessState(state) ? stateInfo(state) : undefined;
  if (busy !== undefined) {
    item.description = busy;
    item.iconPath = new vscode.ThemeIcon('loading~spin');
    item.contextValue = BUSY_CONTEXT_VALUE;
  } else {
    item.description = numberDescription(node.number, now);
    item.iconPath = new vscode.ThemeIcon(info?.icon.replace(/~spin$/, '') ?? 'question', info ? new vscode.ThemeColor(info.color) : undefined);
    item.contextValue = numberContextValue(node.number);
  }
  return item;
}

/**
 * The tooltip, built when the pointer rests on the row (VS Code asks through resolveTreeItem for an
 * item without one): its Markdown and two local times were half of what building a row cost, for
 * rows that are mostly never hovered.
 */
export function resolveNumberItem(item: vscode.TreeItem, node: NumberNode): vscode.TreeItem {
  if (item.tooltip === undefined) {
    const tooltip = new vscode.MarkdownString(numberTooltipMarkdown(node.number), true);
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    item.tooltip = tooltip;
  }
  return item;
}

/**
 * A range of a long group: "1–1000", its first and last numbers beside it. The open range (where
 * "Load more" appends) starts expanded and keeps one id as it moves; a folded range gets an id of
 * its own, so it starts collapsed even where the open range was expanded a moment before.
 */
export function rangeItem(node: RangeNode, range: NumberRange, first: QualifiedNumber | undefined, last: QualifiedNumber | undefined): vscode.TreeItem {
  const open = node.start === undefined;
  const item = new vscode.TreeItem(rangeLabel(range), open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `range/${node.state}/${open ? 'open' : node.start}`;
  const ends = first !== undefined && last !== undefined ? `${numberLabel(first)} … ${numberLabel(last)}` : undefined;
  if (ends !== undefined) item.description = ends;
  // The description is cut short in a narrow sidebar: the tooltip says it whole.
  item.tooltip = `Numbers ${range.start + 1} to ${range.end} of this group, in the order listed${ends !== undefined ? `: ${ends}` : ''}${open ? '. Load more adds to these.' : ''}`;
  item.iconPath = new vscode.ThemeIcon('list-ordered');
  item.contextValue = 'numberRange';
  // A screen reader hears the first and last number too, which sighted users read beside the label.
  item.accessibilityInformation = { label: `Numbers ${range.start + 1} to ${range.end}${first !== undefined && last !== undefined ? `, ${numberLabel(first)} to ${numberLabel(last)}` : ''}` };
  return item;
}

export function loadMoreItem(node: LoadMoreNode, view: GroupView): vscode.TreeItem {
  const item = new vscode.TreeItem(view.loadingMore ? 'Loading…' : view.loadMoreLabel, vscode.TreeItemCollapsibleState.None);
  item.id = `loadMore/${node.state}`;
  item.iconPath = new vscode.ThemeIcon(view.loadingMore ? 'loading~spin' : 'ellipsis');
  item.command = { command: 'sinch.loadMore', title: 'Load More', arguments: [node] };
  item.contextValue = 'loadMore';
  return item;
}

export function errorItem(node: ErrorNode): vscode.TreeItem {
  const item = new vscode.TreeItem('Failed to load - show log', vscode.TreeItemCollapsibleState.None);
  item.id = `error/${node.state ?? 'root'}`;
  const words = errorWords(node.error);
  item.description = words.length > 80 ? `${words.slice(0, 79)}…` : words;
  item.tooltip = words;
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
  item.command = { command: 'sinch.showLog', title: 'Show Log' };
  item.contextValue = 'loadError';
  return item;
}
