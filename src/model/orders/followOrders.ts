// When the Hosting Orders view asks the API on its own: only while it is visible, connected and
// some order is unfinished, once per interval (the number tree's AutoRefresher and its backoff).
// Finished orders are never asked about again on a timer: with the view hidden, or every order
// finished, the extension sends nothing (issue 13's idle cost, checked in the bench and tests).
import { AutoRefresher, type Timers } from '../tree/autoRefresh';
import type { HostingOrdersModel } from './ordersModel';

export interface FollowOrdersOptions {
  model: Pick<HostingOrdersModel, 'connected' | 'hasUnfinished'>;
  visible(): boolean;
  intervalSeconds(): number;
  /** Re-reads the unfinished orders; true when every request worked. */
  refresh(): Promise<boolean>;
  timers: Timers;
}

export function followUnfinishedOrders(options: FollowOrdersOptions): AutoRefresher {
  const { model } = options;
  return new AutoRefresher({
    intervalSeconds: options.intervalSeconds,
    wanted: () => options.visible() && model.connected && model.hasUnfinished(),
    refresh: options.refresh,
    timers: options.timers,
  });
}
