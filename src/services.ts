// What the feature areas (views, commands, panels) share, created once in `activate`.
import type * as vscode from 'vscode';
import type { QualifiedNumber, QualifiedNumbersApi } from './api/types';
import type { SnippetTarget } from './model/textEnable/endpoints';
import type { WalkthroughConnection } from './commands/getStarted';
import type { CallbackInspector } from './inspector/callbackInspector';
import type { TrackRequest } from './model/orders/ordersModel';
import type { OrderSummary } from './model/textEnable/orderSummary';

export interface ConnectionService {
  /** The client of the active profile or sandbox, or undefined when not connected. */
  current(): QualifiedNumbersApi | undefined;
  /** The client, asking the user to sign in or start the sandbox first when not connected. */
  ensureClient(): Promise<QualifiedNumbersApi | undefined>;
  /** A short name for messages: "sandbox", "profile production (project d19...)". */
  describe(): string;
  /** Where a copied request (cURL, .http) should go to run as is: the sandbox while on it, else the configured hosts. */
  snippetTarget(): SnippetTarget;
  readonly onDidChange: vscode.Event<void>;
}

/**
 * The "Hosting Orders" view's API for the rest of the extension (forms, the callback inspector):
 * orders named here appear in the view of the current profile and are followed from then on.
 */
export interface HostingOrdersService {
  /** Adds the order (or merges into the one listed: numbers add up), then fetches it. */
  track(hostingOrderId: string, request: TrackRequest): Promise<void>;
  /** Fetches one listed order now (e.g. a callback reported an event for it). */
  refreshOrder(hostingOrderId: string): Promise<void>;
  /** Shows the view and selects the order. */
  reveal(hostingOrderId: string): Promise<void>;
  /** The order as last fetched, summarised as a form's result shows it; undefined before a fetch. */
  summary(hostingOrderId: string): OrderSummary | undefined;
  /** Fires whenever a listed order changed (fetched, added, forgotten). */
  readonly onDidChangeOrders: vscode.Event<void>;
}

export interface ExtensionServices {
  readonly context: vscode.ExtensionContext;
  readonly connection: ConnectionService;
  readonly log: vscode.LogOutputChannel;
  /** The callback inspector: listener, received callbacks, secrets; `onDidReceiveCallback` per delivery. */
  readonly callbacks: CallbackInspector;
  /** Asks the Qualified Numbers tree to reload (after a write). */
  refreshTree(): void;
  readonly hostingOrders: HostingOrdersService;
  /** The walkthrough's "Connect to Sinch" key, set once the walkthrough is open (commands/getStarted.ts). */
  readonly walkthrough: WalkthroughConnection;
  /**
   * Numbers whose new state the user was just told by the action that changed it: the next
   * refresh does not announce them again.
   */
  noteNumberStates(numbers: readonly QualifiedNumber[]): void;
}
