// The list of tracked hosting orders, one per profile (and one for the sandbox), kept in a
// Memento (VS Code's globalState), so it survives reloads and restarts. Reads parse every entry
// (see trackedOrders.ts); writes are serialised so two quick updates cannot lose one another.
import { isFinishedOrderState } from './stateWords';
import { capTrackedOrders, mergeTrackedOrder, parseTrackedOrders, sortNewestFirst, type TrackedOrder } from './trackedOrders';

/** The part of vscode.Memento the store needs. */
export interface MementoLike {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

export const ORDER_STORE_KEY = 'sinch.hostingOrders';
export const SANDBOX_SCOPE = 'sandbox';

/** The list a connection sees: the sandbox's own, or a profile's (its name and project). */
export function profileScope(name: string, projectId: string): string {
  return `profile:${name}:${projectId}`;
}

export class OrderStore {
  private queue: Promise<unknown> = Promise.resolve();
  /** Parsed lists by scope: the view reads them on every render; only this store writes the key. */
  private readonly cache = new Map<string, TrackedOrder[]>();

  constructor(
    private readonly memento: MementoLike,
    private readonly log: (line: string) => void,
  ) {}

  /** The scope's orders, newest first. Entries that do not parse are left out (and logged). */
  list(scope: string): TrackedOrder[] {
    let orders = this.cache.get(scope);
    if (!orders) {
      orders = sortNewestFirst(parseTrackedOrders(this.readAll()[scope], (reason) => this.log(`Hosting orders (${scopeName(scope)}): ${reason}`)));
      this.cache.set(scope, orders);
    }
    return [...orders];
  }

  get(scope: string, hostingOrderId: string): TrackedOrder | undefined {
    return this.list(scope).find((o) => o.hostingOrderId === hostingOrderId);
  }

  /** Adds the order, or merges it into the one already there. */
  upsert(scope: string, order: TrackedOrder): Promise<TrackedOrder> {
    return this.change(scope, (orders) => {
      const merged = mergeTrackedOrder(orders.find((o) => o.hostingOrderId === order.hostingOrderId), order);
      return { orders: [merged, ...orders.filter((o) => o.hostingOrderId !== order.hostingOrderId)], result: merged };
    });
  }

  /** Remembers the last state the API answered; false when the order is no longer tracked. */
  setLastState(scope: string, hostingOrderId: string, state: string): Promise<boolean> {
    return this.change(scope, (orders) => {
      const known = orders.find((o) => o.hostingOrderId === hostingOrderId);
      if (!known) return { orders, result: false };
      return { orders: orders.map((o) => (o === known ? { ...o, lastState: state } : o)), result: true };
    });
  }

  /** Removes the order from the list only (nothing is sent to Sinch). */
  forget(scope: string, hostingOrderId: string): Promise<boolean> {
    return this.change(scope, (orders) => {
      const rest = orders.filter((o) => o.hostingOrderId !== hostingOrderId);
      return { orders: rest, result: rest.length !== orders.length };
    });
  }

  private change<T>(scope: string, edit: (orders: TrackedOrder[]) => { orders: TrackedOrder[]; result: T }): Promise<T> {
    const run = async (): Promise<T> => {
      const { orders, result } = edit(this.list(scope));
      const kept = capTrackedOrders(orders, (o) => isFinishedOrderState(o.lastState) || o.lastState === 'NOT_FOUND');
      this.cache.set(scope, kept);
      await this.memento.update(ORDER_STORE_KEY, { ...this.readAll(), [scope]: kept });
      return result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private readAll(): Record<string, unknown> {
    const raw = this.memento.get<unknown>(ORDER_STORE_KEY);
    if (raw === undefined) return {};
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      this.log(`Hosting orders: the stored value is not an object (${Array.isArray(raw) ? 'list' : typeof raw}); starting empty`);
      return {};
    }
    return raw as Record<string, unknown>;
  }
}

/** The scope in words for log lines: "sandbox", "profile production". */
function scopeName(scope: string): string {
  return scope === SANDBOX_SCOPE ? 'sandbox' : `profile ${scope.split(':')[1] ?? scope}`;
}
