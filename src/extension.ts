// Activation: wiring only, and nothing slow. No network, no sandbox start and no secret read happen
// before `activate` returns; restoring the last profile (or auto-starting the sandbox) runs right
// after, so the tree and the status bar fill in a moment later.
import * as vscode from 'vscode';
import { registerCommands } from './commands/index';
import { showWalkthroughOnce, WalkthroughConnection } from './commands/getStarted';
import { ConnectionManager } from './connection/connectionManager';
import { followOtherWindows } from './connection/otherWindows';
import { ProfileStore } from './connection/profileStore';
import { SandboxHost } from './connection/sandboxHost';
import { SANDBOX_PROJECT_ID } from './connection/sandboxOptions';
import { currentSettings } from './connection/settings';
import { CallbackInspector } from './inspector/callbackInspector';
import { CallbackSecrets } from './inspector/callbackSecrets';
import { createListenerStatusItem } from './inspector/statusBar';
import { isE164 } from './model/phone';
import { createStatusBarItem } from './connection/statusBar';
import { NumberHoverProvider } from './editor/numberHoverProvider';
import { NumberLookupService } from './editor/numberLookup';
import { trackSelectionNumbers } from './editor/selectionNumbers';
import { registerPanels, TextEnablePanel } from './panels/index';
import type { FormKind } from './model/textEnable/fields';
import type { RunningSandbox } from './sandbox/index';
import type { ExtensionServices } from './services';
import { HostingOrdersView } from './views/hostingOrdersView';
import { registerChatTools } from './tools/chatToolsLoader';
import type { ToolName } from './model/tools/toolInputs';
import { CallbacksView } from './views/callbacksView';
import { QualifiedNumbersView } from './views/qualifiedNumbersView';
import { StateChangeNotifier } from './views/stateChangeNotifier';

/**
 * What `activate` returns, for the integration tests (`extension.exports`). Nothing secret in it:
 * profiles' keys stay in SecretStorage and the sandbox's credentials are placeholders.
 * - `services`: the ExtensionServices the views, commands and panels share.
 * - `tree`: the Qualified Numbers view; `tree.model.whenIdle()` resolves once a reload is done.
 * - `orders`: the Hosting Orders view (its model, auto-refresher and tree view).
 * - `connectToSandbox()`: starts the built-in sandbox (clock and port from SINCH_SANDBOX_CLOCK /
 *   SINCH_SANDBOX_PORT) and connects to it, like "Sinch: Use Offline Sandbox".
 * - `connectOnStart()`: what a window start does after activation (for the settings tests).
 * - `sandbox()`: the running built-in sandbox, for its test controls (advanceClock, lastCode, ...).
 * - `chatTools`: the Language Model Tools by name.
 */
export interface SinchExtensionApi {
  readonly services: ExtensionServices;
  readonly tree: QualifiedNumbersView;
  readonly orders: HostingOrdersView;
  readonly callbacksView: CallbacksView;
  connectToSandbox(): Promise<RunningSandbox>;
  /** What runs right after activation: the sandbox if the user's settings say so, else the last profile. */
  connectOnStart(): Promise<void>;
  sandbox(): RunningSandbox | undefined;
  /** The chat tools as registered, for checking their confirmation questions (`prepareInvocation`). */
  readonly chatTools: ReadonlyMap<ToolName, vscode.LanguageModelTool<unknown>>;
  /** The open text-enable form of a kind, if any (its page's HTML is checked by the integration tests). */
  formPanel(kind: FormKind): vscode.WebviewPanel | undefined;
}

let sandboxHost: SandboxHost | undefined;
let callbackInspector: CallbackInspector | undefined;

export function activate(context: vscode.ExtensionContext): SinchExtensionApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Sinch', { log: true });
  const profiles = new ProfileStore(context.globalState, context.secrets);
  const sandbox = new SandboxHost(log);
  sandboxHost = sandbox;
  const connection = new ConnectionManager(context, log, profiles, sandbox);
  const tree = new QualifiedNumbersView(connection, log);
  const orders = new HostingOrdersView(connection, log, context.globalState);
  const stateChanges = new StateChangeNotifier(tree, log, connection.onDidChange);
  const secrets = new CallbackSecrets(context.secrets);
  const callbacks = new CallbackInspector({
    state: context.workspaceState,
    secrets,
    log,
    currentProjectId: () => (connection.state.kind === 'profile' ? connection.state.profile.projectId : connection.state.kind === 'sandbox' ? SANDBOX_PROJECT_ID : undefined),
  });
  // The sandbox signs with the inspector's secret for its project (made up on first use), so a new
  // user sees signed, verified callbacks with no setup; a new secret reaches a running sandbox at once.
  sandbox.useCallbackSecret(() => secrets.ensure(SANDBOX_PROJECT_ID));
  secrets.onDidChange((projectId, secret) => {
    if (projectId === SANDBOX_PROJECT_ID) sandbox.running?.setCallbackSecret(secret);
  });
  callbackInspector = callbacks;
  const callbacksView = new CallbacksView(callbacks);
  const walkthrough = new WalkthroughConnection(connection);
  const services: ExtensionServices = {
    context,
    connection,
    walkthrough,
    log,
    callbacks,
    refreshTree: () => void tree.refresh({ keepLoaded: true }),
    hostingOrders: orders,
    noteNumberStates: (numbers) => stateChanges.note(numbers),
  };
  const lookups = new NumberLookupService(connection, tree);
  const chatTools = registerChatTools({ connection, services });
  context.subscriptions.push(
    profiles,
    sandbox,
    connection,
    walkthrough,
    followOtherWindows(profiles, connection, log),
    tree,
    orders,
    stateChanges,
    createStatusBarItem(connection),
    // Sandbox hosting orders move numbers between states: show it without waiting for auto-refresh.
    // A reset puts every number back: re-read them, and that is no news to tell (the user reset it).
    sandbox.onEvent((event) => {
      if (event.type === 'reset') stateChanges.rebaseAfter(tree.reloadAfterReset());
      if (event.type !== 'hostingOrder') return;
      tree.scheduleQuietRefresh();
      void orders.refreshOrder(event.hostingOrderId);
    }),
    callbacks,
    callbacksView,
    createListenerStatusItem(callbacks),
    // A callback is a hint: re-read what it names (Sinch's advice), quietly and coalesced.
    callbacks.onDidReceiveCallback(({ event, trusted }) => {
      if (event && isE164(event.resourceId)) tree.scheduleQuietRefresh();
      // Orders a trusted callback names join "Hosting Orders"; any event refreshes the orders it concerns.
      if (event) orders.followCallback(event, trusted);
    }),
    ...registerCommands({ services, connection, profiles, tree, orders }),
    ...registerPanels(services),
    lookups,
    vscode.languages.registerHoverProvider('*', new NumberHoverProvider(connection, lookups)),
    trackSelectionNumbers(),
    ...chatTools.disposables,
    // Last, so whatever is disposed before it (the sandbox stopping, say) can still log.
    log,
  );

  log.info(`Sinch Qualified Numbers ${__EXTENSION_VERSION__} activated in ${Math.round(performance.now() - started)} ms`);
  const connectOnStart = async (): Promise<void> => {
    // sandboxAutoStart is a user-only setting: a workspace cannot move a signed-in user to the sandbox.
    const connect = currentSettings().sandboxAutoStart ? connection.connectSandbox() : connection.restore();
    await connect.catch((error: unknown) => log.error(`Could not connect on start: ${connection.redactor.redact(error instanceof Error ? error.message : String(error))}`));
  };
  setImmediate(() => {
    void connectOnStart();
    showWalkthroughOnce(context, walkthrough).catch((error: unknown) => log.warn(`Could not open the walkthrough: ${error instanceof Error ? error.message : String(error)}`));
  });

  return {
    services,
    tree,
    orders,
    callbacksView,
    connectOnStart,
    connectToSandbox: () => connection.connectSandbox(),
    sandbox: () => sandbox.running,
    chatTools: chatTools.tools,
    formPanel: (kind) => TextEnablePanel.current(kind)?.panel,
  };
}

export async function deactivate(): Promise<void> {
  // Callbacks received in the last moments are saved before the window goes (a reload keeps them).
  await callbackInspector?.flush();
  callbackInspector = undefined;
  await sandboxHost?.stop();
  sandboxHost = undefined;
}
