// The "Qualified Numbers" view: adapts QualifiedNumbersModel (src/model/tree) to a
// TreeDataProvider, and owns what only a view knows: visibility (auto-refresh runs only while the
// view is visible), the busy spinner on nodes an action is running on, the view description and
// the `sinch.filterActive` context key.
import * as vscode from 'vscode';
import type { GlobalProcessState, QualifiedNumber } from '../api/types';
import type { ConnectionManager } from '../connection/connectionManager';
import { affects, currentSettings } from '../connection/settings';
import { errorWords } from '../model/errorWords';
import { isAppendedTo, isUnchanged, markOf, type ListMark } from '../model/tree/appendedLists';
import { AutoRefresher, REAL_TIMERS } from '../model/tree/autoRefresh';
import type { NumberFilter } from '../model/tree/filter';
import { filterMessage, viewDescription } from '../model/tree/presentation';
import { QualifiedNumbersModel, type ReloadOutcome } from '../model/tree/treeModel';
import { foldedRanges, isRanged, openRange, openRangeStart, pageScope, RANGE_SIZE, rangeStartOf, type NumberRange } from '../model/tree/numberRanges';
import { isNumberNode, type GroupNode, type LoadMoreNode, type NumberNode, type RangeNode, type SinchTreeNode } from './nodes';
import { errorItem, groupItem, loadMoreItem, numberItem, rangeItem, resolveNumberItem } from './treeItems';

export const VIEW_ID = 'sinch.qualifiedNumbers';

export class QualifiedNumbersView implements vscode.TreeDataProvider<SinchTreeNode>, vscode.Disposable {
  readonly model: QualifiedNumbersModel;
  readonly treeView: vscode.TreeView<SinchTreeNode>;
  private readonly changed = new vscode.EventEmitter<SinchTreeNode | SinchTreeNode[] | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly busy = new Map<string, string>();
  private readonly autoRefresher: AutoRefresher;
  private readonly disposables: vscode.Disposable[] = [];
  /** Connected but not loaded yet: the first getChildren (the view became visible) loads. */
  private needsLoad = false;
  private quietRefreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly loadMoreNodes = new Map<GlobalProcessState, LoadMoreNode>();
  private readonly groupNodes = new Map<GlobalProcessState, GroupNode>();
  private readonly openRangeNodes = new Map<GlobalProcessState, RangeNode>();
  private readonly foldedRangeNodes = new Map<string, RangeNode>();
  /**
   * Node objects are kept per number object (a reload brings new ones), a group's number nodes
   * while its numbers are the same list (extended after "Load more"), and its children while
   * nothing changed: a group paged to 20,000 numbers must not cost 20,000 new objects per page.
   * Lists grow in place, so each is known by a ListMark (array and length; appendedLists.ts).
   */
  private readonly numberNodes = new WeakMap<QualifiedNumber, NumberNode>();
  private readonly numberNodesOf = new Map<GlobalProcessState, { numbers: ListMark; nodes: NumberNode[] }>();
  /** What the group's children were last made from: a page's change event is worked out from it. */
  private readonly childrenOf = new Map<GlobalProcessState, { numbers: ListMark; hasMore: boolean; children: SinchTreeNode[] }>();

  constructor(
    private readonly connection: ConnectionManager,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const settings = currentSettings();
    this.model = new QualifiedNumbersModel({ pageSize: settings.pageSize, regionCode: settings.regionFilter, orderBy: settings.orderBy, sortOrder: settings.sortOrder });
    this.treeView = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, canSelectMany: true, showCollapseAll: true });
    this.autoRefresher = new AutoRefresher({
      intervalSeconds: () => currentSettings().autoRefreshSeconds,
      wanted: () => this.treeView.visible && this.model.connected && this.model.hasTransientNumbers(),
      refresh: async () => (await this.reloadQuietly()).failed === 0,
      timers: REAL_TIMERS,
    });
    this.disposables.push(
      this.treeView,
      this.changed,
      { dispose: () => this.autoRefresher.dispose() },
      { dispose: () => clearTimeout(this.quietRefreshTimer) },
      this.model.onDidChange((change) => {
        // Only a "Load more" became "Loading…": refresh that item, not every number of its group.
        // Only one group got a page: refresh that group, not the root and every expanded group.
        if (change?.kind === 'loadingMore') this.changed.fire(this.loadMoreNode(change.state));
        else if (change?.kind === 'pageLoaded') this.changed.fire(this.pageChanged(change.state));
        else this.changed.fire(undefined);
        this.autoRefresher.update();
      }),
      this.treeView.onDidChangeVisibility(() => this.autoRefresher.update()),
      // The tree keys (Enter, Delete, Ctrl/Cmd+C) apply only while a number is selected.
      this.treeView.onDidChangeSelection((e) => void vscode.commands.executeCommand('setContext', 'sinch.numberSelected', e.selection.some(isNumberNode))),
      connection.onDidChange(() => this.onConnectionChanged()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, 'pageSize', 'regionFilter', 'orderBy', 'sortOrder')) {
          this.applySettings();
          void this.refresh();
        }
        if (affects(event, 'autoRefreshSeconds')) this.autoRefresher.update();
      }),
    );
    this.applySettings();
    this.onConnectionChanged();
  }

  getTreeItem(node: SinchTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group':
        return groupItem(node, this.groupView(node.state));
      case 'number':
        // Asked for every row of a refreshed group: no lookup while nothing is busy.
        return numberItem(node, Date.now(), this.busy.size === 0 ? undefined : this.busy.get(node.number.phoneNumber));
      case 'range': {
        const view = this.groupView(node.state);
        const range = this.rangeOf(node, view.numbers.length);
        return rangeItem(node, range, view.numbers[range.start], view.numbers[range.end - 1]);
      }
      case 'loadMore':
        return loadMoreItem(node, this.groupView(node.state));
      case 'error':
        return errorItem(node);
    }
  }

  /** Numbers get their tooltip on hover only (see resolveNumberItem); other rows have theirs already. */
  resolveTreeItem(item: vscode.TreeItem, node: SinchTreeNode): vscode.TreeItem {
    return node.kind === 'number' ? resolveNumberItem(item, node) : item;
  }

  getChildren(node?: SinchTreeNode): SinchTreeNode[] {
    if (!this.model.connected) return [];
    if (!node) {
      if (this.needsLoad) {
        this.needsLoad = false;
        void this.refresh();
      }
      const rootError = this.model.rootError();
      if (rootError !== undefined) return [{ kind: 'error', error: rootError }];
      return this.model.groupViews().map((g) => this.groupNode(g.state));
    }
    if (node.kind === 'range') {
      const view = this.groupView(node.state);
      if (!isRanged(view.numbers.length)) return [];
      const range = this.rangeOf(node, view.numbers.length);
      return this.numberNodesIn(node.state, view.numbers).slice(range.start, range.end);
    }
    if (node.kind !== 'group') return [];
    const view = this.groupView(node.state);
    if (view.status === 'error') return [{ kind: 'error', error: view.error, state: node.state }];
    const known = this.childrenOf.get(node.state);
    if (known !== undefined && isUnchanged(known.numbers, view.numbers) && known.hasMore === view.hasMore) return known.children;
    const shown = view.numbers.length;
    const children: SinchTreeNode[] = isRanged(shown)
      ? [...foldedRanges(shown).map((range) => this.foldedRangeNode(node.state, range.start)), this.openRangeNode(node.state)]
      : this.numberNodesIn(node.state, view.numbers).slice();
    if (view.hasMore) children.push(this.loadMoreNode(node.state));
    this.childrenOf.set(node.state, { numbers: markOf(view.numbers), hasMore: view.hasMore, children });
    return children;
  }

  getParent(node: SinchTreeNode): SinchTreeNode | undefined {
    if (node.kind === 'number') return this.parentOfNumber(node);
    if (node.kind === 'range' || node.kind === 'loadMore' || (node.kind === 'error' && node.state)) return this.groupNode(node.state as GlobalProcessState);
    return undefined;
  }

  /** Reloads every group, with the view's progress bar; failures are logged and shown in the tree. */
  async refresh(options: { keepLoaded?: boolean } = {}): Promise<ReloadOutcome | undefined> {
    if (!this.model.connected) return undefined;
    this.needsLoad = false;
    return vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => this.reload(options));
  }

  /** A reload soon, without a progress bar, coalescing bursts (sandbox events, several writes). */
  scheduleQuietRefresh(): void {
    clearTimeout(this.quietRefreshTimer);
    this.quietRefreshTimer = setTimeout(() => void this.reloadQuietly(), 250);
  }

  /**
   * The sandbox was reset: what any reload under way reads is from before it, so a quiet reload
   * starts at once and supersedes it (a pending background reload is dropped). Started without an
   * await, so whoever reset the sandbox and then refreshes meets it under way. Resolves once no
   * reload runs any more: the tree holds what the reset left.
   */
  async reloadAfterReset(): Promise<void> {
    clearTimeout(this.quietRefreshTimer);
    await this.reload({ keepLoaded: true });
    await this.model.whenSettled();
  }

  async loadMore(state: GlobalProcessState): Promise<void> {
    await this.model.loadMore(state);
  }

  setFilter(filter: NumberFilter | undefined): Promise<ReloadOutcome | undefined> {
    this.model.setFilter(filter);
    this.applySettings();
    return this.refresh();
  }

  /** Shows a spinner and `text` on these numbers while `work` runs. */
  async withBusy<T>(phoneNumbers: readonly string[], text: string, work: () => Thenable<T>): Promise<T> {
    for (const n of phoneNumbers) this.busy.set(n, text);
    this.changed.fire();
    try {
      return await work();
    } finally {
      for (const n of phoneNumbers) if (this.busy.get(n) === text) this.busy.delete(n);
      this.changed.fire();
    }
  }

  /** The selected number nodes (for commands run from the keyboard on a selection). */
  selectedNumbers(): NumberNode[] {
    return this.treeView.selection.filter(isNumberNode);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async reloadQuietly(): Promise<ReloadOutcome> {
    // A background reload waits its turn: superseding a reload the user started would swallow
    // that reload's outcome, and with it the error message the user is waiting for. It waits
    // for every reload, not only the one under way when it was scheduled: a Refresh clicked
    // meanwhile ran next and would have been superseded.
    // Checked again right before starting: a Refresh clicked in the same tick as the schedule (a
    // sandbox reset and the user's Refresh) starts after whenSettled() has answered.
    do await this.model.whenSettled();
    while (this.model.reloading);
    return this.reload({ keepLoaded: true });
  }

  private async reload(options: { keepLoaded?: boolean }): Promise<ReloadOutcome> {
    const outcome = await this.model.reload(options);
    if (!outcome.superseded && outcome.failed > 0) {
      this.log.error(this.connection.redactor.redact(`Loading qualified numbers failed for ${outcome.failed} of 10 states: ${errorWords(outcome.firstError)}`));
    }
    return outcome;
  }

  private groupView(state: GlobalProcessState): ReturnType<QualifiedNumbersModel['groupViews']>[number] {
    const view = this.model.groupViews().find((g) => g.state === state);
    if (!view) throw new Error(`No group for ${state}`);
    return view;
  }

  /** The same object every time for a group, so a change event can name it (VS Code matches by identity). */
  private loadMoreNode(state: GlobalProcessState): LoadMoreNode {
    let node = this.loadMoreNodes.get(state);
    if (!node) {
      node = { kind: 'loadMore', state };
      this.loadMoreNodes.set(state, node);
    }
    return node;
  }

  /** The same object every time for a group, so a change event can name it (VS Code matches by identity). */
  private groupNode(state: GlobalProcessState): GroupNode {
    let node = this.groupNodes.get(state);
    if (!node) {
      node = { kind: 'group', state };
      this.groupNodes.set(state, node);
    }
    return node;
  }

  /** The group's number nodes in order; after "Load more" only the page's nodes are made. */
  private numberNodesIn(state: GlobalProcessState, numbers: readonly QualifiedNumber[]): NumberNode[] {
    const known = this.numberNodesOf.get(state);
    if (known !== undefined && isUnchanged(known.numbers, numbers)) return known.nodes;
    // Extended in place: callers get slices, never this array.
    const nodes = known !== undefined && isAppendedTo(numbers, known.numbers) ? known.nodes : [];
    for (let i = nodes.length; i < numbers.length; i++) nodes.push(this.numberNode(numbers[i], state));
    this.numberNodesOf.set(state, { numbers: markOf(numbers), nodes });
    return nodes;
  }

  /**
   * What a page appended to a group changed, as of the children VS Code last got for it: the open
   * range and the "Load more" row only, while the group is long enough to be folded into ranges
   * (a page then costs its page, not every number shown so far); otherwise the group.
   */
  private pageChanged(state: GlobalProcessState): SinchTreeNode | SinchTreeNode[] {
    const known = this.childrenOf.get(state);
    if (known === undefined) return this.groupNode(state);
    const view = this.groupView(state);
    const scope = pageScope({ shown: known.numbers.length, hasMore: known.hasMore }, { shown: view.numbers.length, hasMore: view.hasMore });
    return scope === 'openRange' ? [this.openRangeNode(state), this.loadMoreNode(state)] : this.groupNode(state);
  }

  private rangeOf(node: RangeNode, shown: number): NumberRange {
    return node.start === undefined ? openRange(shown) : { start: node.start, end: Math.min(node.start + RANGE_SIZE, shown) };
  }

  /** The group, or the range that holds the number in a long group (reveal walks up from a number). */
  private parentOfNumber(node: NumberNode): SinchTreeNode {
    const numbers = this.groupView(node.group).numbers;
    const index = numbers.findIndex((n) => n.phoneNumber === node.number.phoneNumber);
    if (!isRanged(numbers.length) || index < 0) return this.groupNode(node.group);
    const start = rangeStartOf(index, numbers.length);
    return start === openRangeStart(numbers.length) ? this.openRangeNode(node.group) : this.foldedRangeNode(node.group, start);
  }

  /** The same object every time for a group's open range, so a change event can name it. */
  private openRangeNode(state: GlobalProcessState): RangeNode {
    let node = this.openRangeNodes.get(state);
    if (!node) {
      node = { kind: 'range', state };
      this.openRangeNodes.set(state, node);
    }
    return node;
  }

  private foldedRangeNode(state: GlobalProcessState, start: number): RangeNode {
    const key = `${state}/${start}`;
    let node = this.foldedRangeNodes.get(key);
    if (!node) {
      node = { kind: 'range', state, start };
      this.foldedRangeNodes.set(key, node);
    }
    return node;
  }

  private numberNode(number: QualifiedNumber, group: GlobalProcessState): NumberNode {
    const known = this.numberNodes.get(number);
    if (known?.group === group) return known;
    const node: NumberNode = { kind: 'number', number, group };
    this.numberNodes.set(number, node);
    return node;
  }

  private onConnectionChanged(): void {
    const client = this.connection.current();
    this.model.setSource(client);
    this.needsLoad = client !== undefined;
    if (client && this.treeView.visible) {
      this.needsLoad = false;
      void this.refresh();
    }
  }

  private applySettings(): void {
    const settings = currentSettings();
    this.model.setQuery({ pageSize: settings.pageSize, regionCode: settings.regionFilter, orderBy: settings.orderBy, sortOrder: settings.sortOrder });
    const filter = this.model.activeFilter;
    this.treeView.description = viewDescription(filter?.text, settings.regionFilter) || undefined;
    this.treeView.message = filterMessage(filter?.text, settings.regionFilter);
    // The region narrows the list too: the filter icon must not say "no filter" while it does.
    void vscode.commands.executeCommand('setContext', 'sinch.filterActive', filter !== undefined || settings.regionFilter !== undefined);
    void vscode.commands.executeCommand('setContext', 'sinch.regionFilterActive', settings.regionFilter !== undefined);
  }
}
