// The "Hosting Orders" view: adapts HostingOrdersModel (src/model/orders) to a TreeDataProvider,
// and owns what only a view knows: visibility (unfinished orders refresh on their own only while
// it is visible, with the number tree's backoff rules), the notification when an order reaches a
// final state, and the context key for its welcome text. Also the HostingOrdersService the
// forms and the callback inspector use.
import * as vscode from 'vscode';
import type { CallbackEvent } from '../api/types';
import type { ConnectionManager } from '../connection/connectionManager';
import { affects, currentSettings } from '../connection/settings';
import { errorWords } from '../model/errorWords';
import { isHostingOrderId } from '../model/orders/orderId';
import { finishedOrderMessage } from '../model/orders/orderPresentation';
import { summariseOrder, type OrderSummary } from '../model/textEnable/orderSummary';
import { OrderStore, SANDBOX_SCOPE, profileScope, type MementoLike } from '../model/orders/orderStore';
import { HostingOrdersModel, type FinishedOrder, type OrdersRefreshOutcome, type TrackRequest } from '../model/orders/ordersModel';
import { followUnfinishedOrders } from '../model/orders/followOrders';
import { REAL_TIMERS, type AutoRefresher } from '../model/tree/autoRefresh';
import type { HostingOrdersService } from '../services';
import { hostingOrderItem, hostingOrderNumberItem } from './hostingOrderItems';
import type { HostingOrderNode, HostingOrdersTreeNode } from './hostingOrderNodes';

export const HOSTING_ORDERS_VIEW_ID = 'sinch.hostingOrders';
const SHOW_DETAILS = 'Show Hosting Order Details';
const SHOW_NUMBERS = 'Show Qualified Numbers';

export class HostingOrdersView implements vscode.TreeDataProvider<HostingOrdersTreeNode>, HostingOrdersService, vscode.Disposable {
  readonly model: HostingOrdersModel;
  readonly treeView: vscode.TreeView<HostingOrdersTreeNode>;
  readonly autoRefresher: AutoRefresher;
  private readonly changed = new vscode.EventEmitter<HostingOrdersTreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly ordersChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeOrders = this.ordersChanged.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly connection: ConnectionManager,
    private readonly log: vscode.LogOutputChannel,
    memento: MementoLike,
  ) {
    this.model = new HostingOrdersModel(new OrderStore(memento, (line) => log.warn(line)));
    this.treeView = vscode.window.createTreeView(HOSTING_ORDERS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.autoRefresher = followUnfinishedOrders({
      model: this.model,
      visible: () => this.treeView.visible,
      intervalSeconds: () => currentSettings().autoRefreshSeconds,
      refresh: async () => (await this.refreshQuietly()).failed === 0,
      timers: REAL_TIMERS,
    });
    this.disposables.push(
      this.treeView,
      this.changed,
      this.ordersChanged,
      { dispose: () => this.autoRefresher.dispose() },
      this.model.onDidChange(() => {
        this.changed.fire();
        this.ordersChanged.fire();
        this.autoRefresher.update();
        void vscode.commands.executeCommand('setContext', 'sinch.hostingOrdersEmpty', this.model.orders().length === 0);
      }),
      this.treeView.onDidChangeVisibility((event) => {
        // Coming back into view: what moved meanwhile shows at once, not after a full interval.
        if (event.visible && this.model.hasUnfinished()) void this.refreshQuietly();
        this.autoRefresher.update();
      }),
      connection.onDidChange(() => this.onConnectionChanged()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, 'autoRefreshSeconds')) this.autoRefresher.update();
      }),
    );
    this.onConnectionChanged();
  }

  getTreeItem(node: HostingOrdersTreeNode): vscode.TreeItem {
    if (node.kind === 'hostingOrderNumber') return hostingOrderNumberItem(node);
    const view = this.model.find(node.hostingOrderId);
    if (!view) return new vscode.TreeItem(node.hostingOrderId);
    return hostingOrderItem(view, Date.now());
  }

  getChildren(node?: HostingOrdersTreeNode): HostingOrdersTreeNode[] {
    if (!node) return this.model.orders().map((v): HostingOrderNode => ({ kind: 'hostingOrder', hostingOrderId: v.tracked.hostingOrderId }));
    if (node.kind !== 'hostingOrder') return [];
    const view = this.model.find(node.hostingOrderId);
    return (view?.numbers ?? []).map((phoneNumber) => ({ kind: 'hostingOrderNumber', hostingOrderId: node.hostingOrderId, phoneNumber }));
  }

  getParent(node: HostingOrdersTreeNode): HostingOrdersTreeNode | undefined {
    return node.kind === 'hostingOrderNumber' ? { kind: 'hostingOrder', hostingOrderId: node.hostingOrderId } : undefined;
  }

  /** "Refresh Hosting Orders": every listed order, finished or not, with the view's progress bar. */
  async refresh(): Promise<OrdersRefreshOutcome> {
    return vscode.window.withProgress({ location: { viewId: HOSTING_ORDERS_VIEW_ID } }, async () => this.told(await this.model.refresh({ all: true })));
  }

  async track(hostingOrderId: string, request: TrackRequest): Promise<void> {
    await this.trackOrder(hostingOrderId, request);
  }

  summary(hostingOrderId: string): OrderSummary | undefined {
    const order = this.model.find(hostingOrderId)?.order;
    return order ? summariseOrder(order) : undefined;
  }

  async refreshOrder(hostingOrderId: string): Promise<void> {
    if (!this.model.find(hostingOrderId)) return;
    this.told(await this.model.refreshOrder(hostingOrderId));
  }

  async reveal(hostingOrderId: string): Promise<void> {
    if (!this.model.find(hostingOrderId)) return;
    await this.treeView.reveal({ kind: 'hostingOrder', hostingOrderId }, { select: true, focus: true, expand: false });
  }

  /**
   * A received callback (issue 11's inspector): a HOSTING_ORDER_NUMBER event (resourceId is the
   * order's ID, as API-NOTES documents) of this project lists its
   * order (source "callback") and re-reads it; a number's event re-reads the orders that hold it.
   */
  followCallback(event: Pick<CallbackEvent, 'resourceType' | 'resourceId' | 'projectId'>, trusted: boolean): void {
    if (!this.model.connected || event.projectId !== this.connection.current()?.projectId) return;
    // A forged delivery must not add orders; re-reading orders already followed costs nothing.
    if (event.resourceType === 'HOSTING_ORDER_NUMBER' && isHostingOrderId(event.resourceId)) {
      if (!trusted) {
        if (this.model.find(event.resourceId)) void this.refreshOrder(event.resourceId);
        return;
      }
      void this.track(event.resourceId, { source: 'callback' });
      return;
    }
    for (const view of this.model.orders()) if (view.numbers.includes(event.resourceId)) void this.refreshOrder(view.tracked.hostingOrderId);
  }

  /** Like `track`, answering what the fetch found (for "Open Hosting Order"); a final state it reached is told too. */
  async trackOrder(hostingOrderId: string, request: TrackRequest): Promise<OrdersRefreshOutcome> {
    const before = this.model.find(hostingOrderId);
    const { outcome } = await this.model.follow(hostingOrderId, request);
    const view = this.model.find(hostingOrderId);
    const failed = view?.fetch.status === 'error' ? 1 : 0;
    if (failed && !before) this.log.warn(`Hosting order ${hostingOrderId}: ${this.connection.redactor.redact(errorWords(view?.fetch.status === 'error' ? view.fetch.error : undefined))}`);
    return this.told({ failed, ...(view?.fetch.status === 'error' ? { firstError: view.fetch.error } : {}), finished: outcome.finished });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async refreshQuietly(): Promise<OrdersRefreshOutcome> {
    const outcome = this.told(await this.model.refresh());
    if (outcome.failed > 0) this.log.warn(this.connection.redactor.redact(`Refreshing ${outcome.failed} hosting order(s) failed: ${errorWords(outcome.firstError)}`));
    return outcome;
  }

  /** One notification per order that reached Completed or Rejected, and a log line. */
  private told(outcome: OrdersRefreshOutcome): OrdersRefreshOutcome {
    for (const finished of outcome.finished) void this.notifyFinished(finished);
    return outcome;
  }

  private async notifyFinished(finished: FinishedOrder): Promise<void> {
    const message = finishedOrderMessage(finished);
    this.log.info(message);
    const id = finished.tracked.hostingOrderId;
    const choice = finished.state === 'REJECTED'
      ? await vscode.window.showWarningMessage(message, SHOW_DETAILS)
      : await vscode.window.showInformationMessage(message, SHOW_NUMBERS, SHOW_DETAILS);
    if (choice === SHOW_DETAILS) await vscode.commands.executeCommand('sinch.showHostingOrderDetails', id);
    if (choice === SHOW_NUMBERS) await vscode.commands.executeCommand('sinch.qualifiedNumbers.focus');
  }

  private onConnectionChanged(): void {
    const state = this.connection.state;
    const scope = state.kind === 'sandbox' ? SANDBOX_SCOPE : state.kind === 'profile' ? profileScope(state.profile.name, state.profile.projectId) : undefined;
    this.model.setSource(state.kind === 'none' ? undefined : state.client, scope);
    // What moved while VS Code was closed (or on another profile) shows as soon as it can.
    if (this.model.connected) void this.refreshQuietly();
  }
}
