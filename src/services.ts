// What the feature areas (views, commands, panels) share, created once in `activate`.
import type * as vscode from 'vscode';
import type { QualifiedNumbersApi } from './api/types';
import type { CallbackInspector } from './inspector/callbackInspector';

export interface ConnectionService {
  /** The client of the active profile or sandbox, or undefined when not connected. */
  current(): QualifiedNumbersApi | undefined;
  /** The client, asking the user to sign in or start the sandbox first when not connected. */
  ensureClient(): Promise<QualifiedNumbersApi | undefined>;
  /** A short name for messages: "sandbox", "profile production (project d19...)". */
  describe(): string;
  readonly onDidChange: vscode.Event<void>;
}

export interface ExtensionServices {
  readonly context: vscode.ExtensionContext;
  readonly connection: ConnectionService;
  readonly log: vscode.LogOutputChannel;
  /** The callback inspector: listener, received callbacks, secrets; `onDidReceiveCallback` per delivery. */
  readonly callbacks: CallbackInspector;
  /** Asks the Qualified Numbers tree to reload (after a write). */
  refreshTree(): void;
}
