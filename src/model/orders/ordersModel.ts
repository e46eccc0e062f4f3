// The "Hosting Orders" view as data: the tracked orders of the current profile (from OrderStore)
// with what the API last answered for each. Refreshing tells which orders reached a final state
// since they were last seen (once: the last state is stored), and why a rejected one was
// rejected. No vscode import: it runs against the sandbox over HTTP in plain unit tests.
import { isSinchApiError } from '../../api/errors';
import type { HostingOrder, QualifiedNumbersApi } from '../../api/types';
import type { OrderStore } from './orderStore';
import { NOT_FOUND_INFO, UNKNOWN_INFO, isFinishedOrderState, orderStateInfo, type OrderStateInfo } from './stateWords';
import type { TrackedOrder, TrackedOrderKind, TrackedOrderSource } from './trackedOrders';

export type OrdersSource = Pick<QualifiedNumbersApi, 'getHostingOrder' | 'get'>;

/** What the API last said about an order in this session. */
export type OrderFetch =
  | { status: 'pending' }
  | { status: 'loaded'; order: HostingOrder }
  | { status: 'notFound'; message: string }
  /** The last request failed; `order` is the answer before it, if any. */
  | { status: 'error'; error: unknown; order?: HostingOrder };

export interface OrderView {
  readonly tracked: TrackedOrder;
  readonly fetch: OrderFetch;
  /** The order as last answered (kept through a failed refresh). */
  readonly order?: HostingOrder;
  readonly info: OrderStateInfo;
  /** The numbers known to belong to it: the submission's, plus any the answer lists. */
  readonly numbers: readonly string[];
}

export interface FinishedOrder {
  readonly tracked: TrackedOrder;
  readonly order: HostingOrder;
  readonly state: 'COMPLETED' | 'REJECTED';
  /** Rejected: why, as far as the order's numbers say. */
  readonly reason?: string;
}

export interface OrdersRefreshOutcome {
  /** Orders whose request failed (not counting 404s, which are an answer). */
  failed: number;
  firstError?: unknown;
  /** Orders that reached Completed or Rejected with this refresh. */
  finished: FinishedOrder[];
}

export interface TrackRequest {
  source: TrackedOrderSource;
  kind?: TrackedOrderKind;
  regionCode?: 'US' | 'CA';
  displayName?: string;
  numbers?: readonly string[];
  /** The state the creating answer gave (a new standard order is SUBMITTED). */
  state?: string;
  /** ISO; defaults to now. */
  createdTime?: string;
}

export const NOT_FOUND_STATE = 'NOT_FOUND';

export class HostingOrdersModel {
  private source: OrdersSource | undefined;
  private scope: string | undefined;
  private fetched = new Map<string, OrderFetch>();
  private readonly inFlight = new Map<string, Promise<FetchResult>>();
  private readonly followUps = new Map<string, Promise<FetchResult>>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: OrderStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get connected(): boolean {
    return this.source !== undefined && this.scope !== undefined;
  }

  /** Switches to another profile's list (or none); forgets what was fetched for the last one. */
  setSource(source: OrdersSource | undefined, scope: string | undefined): void {
    this.source = source;
    this.scope = source ? scope : undefined;
    this.fetched = new Map();
    this.inFlight.clear();
    this.followUps.clear();
    this.emit();
  }

  /** Newest first. */
  orders(): OrderView[] {
    if (!this.scope) return [];
    return this.store.list(this.scope).map((tracked) => this.view(tracked));
  }

  find(hostingOrderId: string): OrderView | undefined {
    return this.orders().find((v) => v.tracked.hostingOrderId === hostingOrderId);
  }

  /** Some order may still move: worth refreshing on a timer. */
  hasUnfinished(): boolean {
    return this.orders().some((v) => !v.info.finished);
  }

  /** Adds the order to the list (or merges into it) and fetches it. */
  async track(hostingOrderId: string, request: TrackRequest): Promise<OrderView | undefined> {
    return (await this.follow(hostingOrderId, request)).view;
  }

  /**
   * `track`, also answering what its fetch found: an order already listed may have reached its
   * final state with this very fetch (a callback or "Track order" named it first), and that move
   * is told only here.
   */
  async follow(hostingOrderId: string, request: TrackRequest): Promise<{ view?: OrderView; outcome: OrdersRefreshOutcome }> {
    const scope = this.scope;
    if (!scope) return { outcome: { failed: 0, finished: [] } };
    const tracked: TrackedOrder = {
      hostingOrderId,
      kind: request.kind ?? 'unknown',
      createdTime: request.createdTime ?? this.now().toISOString(),
      source: request.source,
      numbers: [...(request.numbers ?? [])],
      ...(request.regionCode ? { regionCode: request.regionCode } : {}),
      ...(request.displayName ? { displayName: request.displayName } : {}),
      ...(request.state ? { lastState: request.state } : {}),
    };
    await this.store.upsert(scope, tracked);
    this.emit();
    const outcome = await this.refreshOrder(hostingOrderId);
    const view = this.scope === scope ? this.find(hostingOrderId) : undefined;
    return { outcome, ...(view ? { view } : {}) };
  }

  /** Fetches every unfinished order (`all`: every order, as "Refresh Hosting Orders" does). */
  async refresh(options: { all?: boolean } = {}): Promise<OrdersRefreshOutcome> {
    const ids = this.orders().filter((v) => options.all || !v.info.finished).map((v) => v.tracked.hostingOrderId);
    return this.collect(await Promise.all(ids.map((id) => this.fetchOne(id))));
  }

  /** Fetches one order now (a callback named it, or the user asked). */
  async refreshOrder(hostingOrderId: string): Promise<OrdersRefreshOutcome> {
    return this.collect([await this.fetchOne(hostingOrderId)]);
  }

  /** Removes the order from the list only. */
  async forget(hostingOrderId: string): Promise<boolean> {
    if (!this.scope) return false;
    const removed = await this.store.forget(this.scope, hostingOrderId);
    this.fetched.delete(hostingOrderId);
    this.emit();
    return removed;
  }

  private collect(results: FetchResult[]): OrdersRefreshOutcome {
    const failures = results.filter((r) => r.error !== undefined);
    return {
      failed: failures.length,
      firstError: failures[0]?.error,
      finished: results.flatMap((r) => (r.finished ? [r.finished] : [])),
    };
  }

  /**
   * One request per order at a time. A caller arriving while one runs gets one more request after
   * it (that one may have been sent before whatever made this caller ask), shared by every caller
   * meanwhile. A transition is reported only to the caller that started the request, so it is
   * told once.
   */
  private fetchOne(hostingOrderId: string): Promise<FetchResult> {
    const running = this.inFlight.get(hostingOrderId);
    if (running) {
      const queued = this.followUps.get(hostingOrderId);
      if (queued) return queued.then((result) => ({ error: result.error }));
      const followUp = running.then(() => {
        if (this.followUps.get(hostingOrderId) === followUp) this.followUps.delete(hostingOrderId);
        return this.fetchOne(hostingOrderId);
      });
      this.followUps.set(hostingOrderId, followUp);
      return followUp;
    }
    const promise = this.load(hostingOrderId).finally(() => {
      if (this.inFlight.get(hostingOrderId) === promise) this.inFlight.delete(hostingOrderId);
    });
    this.inFlight.set(hostingOrderId, promise);
    return promise;
  }

  private async load(hostingOrderId: string): Promise<FetchResult> {
    const source = this.source;
    const scope = this.scope;
    const fetched = this.fetched;
    if (!source || !scope) return {};
    const previous = fetched.get(hostingOrderId);
    if (!previous || previous.status === 'notFound') fetched.set(hostingOrderId, { status: 'pending' });
    let order: HostingOrder;
    try {
      order = await source.getHostingOrder(hostingOrderId);
    } catch (error) {
      if (this.fetched !== fetched) return {};
      if (isSinchApiError(error) && error.status === 404) {
        fetched.set(hostingOrderId, { status: 'notFound', message: error.message });
        await this.remember(scope, hostingOrderId, NOT_FOUND_STATE);
        this.emit();
        return {};
      }
      fetched.set(hostingOrderId, { status: 'error', error, order: previous && 'order' in previous ? previous.order : undefined });
      this.emit();
      return { error };
    }
    if (this.fetched !== fetched) return {};
    const known = this.store.get(scope, hostingOrderId);
    if (!known) return {};
    fetched.set(hostingOrderId, { status: 'loaded', order });
    const state = order.state ?? '';
    const before = known.lastState;
    await this.store.upsert(scope, {
      ...known,
      ...(order.regionCode === 'US' || order.regionCode === 'CA' ? { regionCode: order.regionCode } : {}),
      ...(order.displayName ? { displayName: order.displayName } : {}),
      ...(order.createdTime && !Number.isNaN(Date.parse(order.createdTime)) ? { createdTime: order.createdTime } : {}),
      ...(state ? { lastState: state } : {}),
    });
    this.emit();
    // Told once: only a move from a known, unfinished state into a final one.
    const reached = state === 'COMPLETED' || state === 'REJECTED' ? state : undefined;
    if (!reached || before === undefined || before === state || isFinishedOrderState(before)) return {};
    const reason = reached === 'REJECTED' ? await this.rejectionReason(source, this.view(known, order)) : undefined;
    return { finished: { tracked: known, order, state: reached, ...(reason ? { reason } : {}) } };
  }

  /** The API has no reason field on an order: its numbers' hosting errors say why. */
  private async rejectionReason(source: OrdersSource, view: OrderView): Promise<string | undefined> {
    for (const phoneNumber of view.numbers.slice(0, 3)) {
      try {
        const error = (await source.get(phoneNumber)).hostedNumber?.error;
        if (error) return error;
      } catch {
        // The reason is a courtesy: without it the notification still says the order was rejected.
      }
    }
    return undefined;
  }

  private async remember(scope: string, hostingOrderId: string, state: string): Promise<void> {
    if (this.store.get(scope, hostingOrderId)?.lastState !== state) await this.store.setLastState(scope, hostingOrderId, state);
  }

  private view(tracked: TrackedOrder, fresh?: HostingOrder): OrderView {
    const fetch: OrderFetch = fresh ? { status: 'loaded', order: fresh } : this.fetched.get(tracked.hostingOrderId) ?? { status: 'pending' };
    const order = fetch.status === 'loaded' || fetch.status === 'error' ? fetch.order : undefined;
    let info: OrderStateInfo;
    if (fetch.status === 'notFound' || (fetch.status === 'pending' && tracked.lastState === NOT_FOUND_STATE)) info = NOT_FOUND_INFO;
    else if (order) info = orderStateInfo(order.state);
    else if (tracked.lastState && tracked.lastState !== NOT_FOUND_STATE) info = orderStateInfo(tracked.lastState);
    else info = UNKNOWN_INFO;
    const listed = Array.isArray(order?.numbers) ? order.numbers.filter((n): n is string => typeof n === 'string') : [];
    return { tracked, fetch, info, numbers: [...new Set([...tracked.numbers, ...listed])], ...(order ? { order } : {}) };
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

interface FetchResult {
  error?: unknown;
  finished?: FinishedOrder;
}
