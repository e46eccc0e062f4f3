// The callback inspector: owns the listener, the received callbacks (kept in workspaceState), the
// per-project secrets, forwarding and replay, and tells the rest of the extension what arrived
// (`onDidReceiveCallback`). The HTTP side and every rule live below the line; this only adapts.
import * as vscode from 'vscode';
import type { RunningListener } from '../callbackListener/server';
import { sendRoute } from '../callbackListener/sendRoute';
import { currentProxySettings } from '../connection/proxySettings';
import type { CallbackEvent } from '../api/types';
import type { CallbackInbox, DeliveryInput } from '../model/callbacks/inbox';
import type { CallbackRecord, SendOutcome } from '../model/callbacks/record';
import { callbackCore } from './callbackCore';
import type { CallbackSecrets } from './callbackSecrets';

const STATE_KEY = 'sinch.callbacks';
const SAVE_DELAY_MS = 500;
const CHANGE_DELAY_MS = 50;

/** What arrived: the row, and the event it carries (undefined for a malformed delivery). */
export interface ReceivedCallback {
  readonly record: CallbackRecord;
  readonly event: CallbackEvent | undefined;
  /** A repeat of an eventId already listed. */
  readonly repeated: boolean;
  /** Signed with the stored secret, or unsigned with none stored: may make the extension follow what it names. */
  readonly trusted: boolean;
}

export interface ListenerAddress {
  /** http://127.0.0.1:<port>/: for processes on the extension host's machine (the sandbox). */
  readonly localUrl: string;
  /** What the user's browser or other machines use (vscode.env.asExternalUri when VS Code runs remote). */
  readonly externalUrl: string;
  readonly port: number;
}

export interface InspectorOptions {
  readonly state: vscode.Memento;
  readonly secrets: CallbackSecrets;
  readonly log: vscode.LogOutputChannel;
  /** The project of the active connection: the secret for deliveries that name none. */
  readonly currentProjectId: () => string | undefined;
}

/** The listener did not start because its port is taken; the user was told and offered a way out. */
export class PortTakenError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'PortTakenError';
  }
}

/** By name: the callback commands are a bundle of their own, with their own copy of the class. */
export function isPortTakenError(error: unknown): boolean {
  return error instanceof Error && error.name === 'PortTakenError';
}

export class CallbackInspector implements vscode.Disposable {
  private inboxLoaded: CallbackInbox | undefined;
  private listener: RunningListener | undefined;
  private starting: Promise<ListenerAddress> | undefined;
  private addressValue: ListenerAddress | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly received = new vscode.EventEmitter<ReceivedCallback>();
  private readonly listening = new vscode.EventEmitter<ListenerAddress | undefined>();
  /** The list changed (coalesced: a burst of deliveries is one change). */
  readonly onDidChange = this.changed.event;
  /** One per delivery, as it is listed: events name numbers and orders to refresh. */
  readonly onDidReceiveCallback = this.received.event;
  /** The listener started (its address) or stopped (undefined). */
  readonly onDidChangeListening = this.listening.event;

  private readonly configWatch: vscode.Disposable;
  /** `sinch.callbacks.forwardTo` as last read , until the setting changes: read per delivery, it cost a settings inspect each. */
  private forwardTo: { value: string | undefined } | undefined;
  /** "Use a Free Port" was chosen when the fixed port was taken: port 0 until the setting changes. */
  private freePortChosen = false;

  constructor(private readonly options: InspectorOptions) {
    // A new port applies at once: the running listener moves (its old URL stops answering).
    this.configWatch = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sinch.callbacks.forwardTo')) this.forwardTo = undefined;
      if (!event.affectsConfiguration('sinch.callbacks.port')) return;
      this.freePortChosen = false;
      if (!this.listener) return;
      void this.stop().then(() => this.start()).then(
        (address) => this.options.log.info(`Callback listener moved to ${address.localUrl} (sinch.callbacks.port changed)`),
        (err: unknown) => this.options.log.error((err as Error).message),
      );
    });
  }

  /** Loaded on first use, so activation does not parse 500 stored callbacks. */
  get inbox(): CallbackInbox {
    this.inboxLoaded ??= callbackCore().CallbackInbox.fromStored(this.options.state.get(STATE_KEY), undefined, (reason) => this.options.log.warn(`Callbacks: ${reason}`));
    return this.inboxLoaded;
  }

  get secrets(): CallbackSecrets {
    return this.options.secrets;
  }

  get address(): ListenerAddress | undefined {
    return this.addressValue;
  }

  /** Starts the listener (once; concurrent callers share the start). Throws with the cause in words. */
  start(): Promise<ListenerAddress> {
    if (this.addressValue) return Promise.resolve(this.addressValue);
    this.starting ??= this.launch().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  async stop(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    this.addressValue = undefined;
    if (!listener) return;
    await listener.close();
    void vscode.commands.executeCommand('setContext', 'sinch.callbacks.listening', false);
    this.listening.fire(undefined);
    this.options.log.info('Callback listener stopped');
  }

  /** Resolves once every delivery received so far is listed (tests, export). */
  settled(): Promise<void> {
    return this.pending;
  }

  async replay(record: CallbackRecord, url: string): Promise<SendOutcome> {
    const { sendCallback, rawBody, sendOutcomeWords } = callbackCore();
    const outcome = await sendCallback({ kind: 'replay', url, body: rawBody(record), headers: record.headers, ...sendRoute(url, currentProxySettings()) });
    this.inbox.recordSend(record.id, outcome);
    this.options.log.info(`Callback ${record.event?.eventId ?? record.id} ${sendOutcomeWords(outcome)} to ${url}`);
    this.listChanged();
    return outcome;
  }

  clear(): void {
    this.inbox.clear();
    this.listChanged();
  }

  /** Saves a pending change now (deactivation: the window is about to go). */
  async flush(): Promise<void> {
    if (!this.saveTimer) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.save();
  }

  dispose(): void {
    clearTimeout(this.changeTimer);
    void this.flush();
    void this.stop();
    this.configWatch.dispose();
    this.changed.dispose();
    this.received.dispose();
    this.listening.dispose();
  }

  private async launch(): Promise<ListenerAddress> {
    const port = this.freePortChosen ? 0 : callbackPortSetting();
    let listener: RunningListener;
    try {
      listener = await this.listen(port);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) {
        throw new Error(`The callback listener could not start: ${(err as Error).message}.`, { cause: err });
      }
      listener = await this.offerFreePort(port, err);
    }
    this.listener = listener;
    const local = vscode.Uri.parse(listener.url);
    const external = await vscode.env.asExternalUri(local).then((uri) => uri.toString(true), () => listener.url);
    this.addressValue = { localUrl: listener.url, externalUrl: external, port: listener.port };
    void vscode.commands.executeCommand('setContext', 'sinch.callbacks.listening', true);
    this.options.log.info(`Callback listener on ${listener.url}${external !== listener.url ? ` (from outside: ${external})` : ''}`);
    this.listening.fire(this.addressValue);
    return this.addressValue;
  }

  private listen(port: number): Promise<RunningListener> {
    return callbackCore().startListener({
      port,
      onDelivery: (delivery) => {
        // In arrival order, one after another: a secret read is async, the list is not shared.
        this.pending = this.pending.then(() => this.accept(delivery)).catch((err: unknown) => this.options.log.error(`Callback inspector: ${(err as Error).message}`));
      },
      onProblem: (message) => this.options.log.warn(message),
    });
  }

  /**
   * The fixed port is taken (most often by another window's listener): say so and offer a free
   * port for this window (kept until the setting changes) or the setting. Not taken: throws a
   * PortTakenError, which the user has already seen.
   */
  private async offerFreePort(port: number, cause: unknown): Promise<RunningListener> {
    const { portTakenMessage, portTakenAction, portTakenRefusal, PORT_TAKEN_CHOICES } = callbackCore();
    this.options.log.warn(`Callback listener: port ${port} (sinch.callbacks.port) is in use`);
    const choice = await vscode.window.showWarningMessage(portTakenMessage(port), ...PORT_TAKEN_CHOICES);
    switch (portTakenAction(choice)) {
      case 'useFreePort': {
        const listener = await this.listen(0);
        this.freePortChosen = true;
        this.options.log.info(`Callback listener: port ${port} is taken, this window listens on the free port ${listener.port} instead`);
        return listener;
      }
      case 'openSetting':
        void vscode.commands.executeCommand('workbench.action.openSettings', 'sinch.callbacks.port');
        break;
      case 'none':
        break;
    }
    throw new PortTakenError(portTakenRefusal(port), cause);
  }

  private async accept(delivery: DeliveryInput): Promise<void> {
    const { parseCallbackBody, verifyCallbackSignature, trustsDelivery, SIGNATURE_HEADER, verdictPhrase, resourceWords, statusWords } = callbackCore();
    const parsed = delivery.refused ? undefined : (delivery.parsed ?? parseCallbackBody(delivery.body));
    const projectId = parsed?.ok ? parsed.event.projectId : this.options.currentProjectId();
    const secret = projectId ? await this.options.secrets.get(projectId) : undefined;
    const verdict = verifyCallbackSignature(delivery.body, delivery.headers[SIGNATURE_HEADER], secret);
    // The inbox reads the same parse.
    const { record, repeated } = this.inbox.add(parsed && !delivery.parsed ? { ...delivery, parsed } : delivery, verdict);
    const e = record.event;
    this.options.log.info(e
      ? `Callback ${e.eventType} for ${resourceWords(e)}: ${statusWords(e.status)}${e.failureCode ? ` (${e.failureCode})` : ''}, ${verdictPhrase(verdict)}${repeated ? `, delivered ${record.deliveries} times` : ''}`
      : `Malformed callback to ${delivery.method} ${delivery.path}, answered ${delivery.answeredStatus}: ${record.malformed ?? ''}`);
    this.listChanged();
    this.received.fire({ record, event: e, repeated, trusted: trustsDelivery(verdict, Boolean(secret)) });
    this.forward(record, delivery);
  }

  /** `sinch.callbacks.forwardTo`: every delivery goes on to the user's own handler too. */
  private forward(record: CallbackRecord, delivery: DeliveryInput): void {
    this.forwardTo ??= { value: forwardToSetting() };
    const target = this.forwardTo.value;
    if (!target || delivery.refused) return;
    const { checkSendTarget, sendCallback, eventTypeWords } = callbackCore();
    const checked = checkSendTarget(target);
    if (!checked.ok) {
      this.options.log.warn(`sinch.callbacks.forwardTo is not used: ${checked.reason}`);
      return;
    }
    void sendCallback({ kind: 'forward', url: checked.url, body: delivery.body, headers: delivery.headers, ...sendRoute(checked.url, currentProxySettings()) }).then((outcome) => {
      this.inbox.recordSend(record.id, outcome);
      if (outcome.error) this.options.log.warn(`Forwarding ${eventTypeWords(record.event?.eventType ?? 'a malformed delivery')} to ${checked.url} failed: ${outcome.error}`);
      this.listChanged();
    });
  }

  /** One view refresh and one save for a burst of changes. */
  private listChanged(): void {
    this.changeTimer ??= setTimeout(() => {
      this.changeTimer = undefined;
      this.changed.fire();
    }, CHANGE_DELAY_MS);
    this.saveTimer ??= setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  private async save(): Promise<void> {
    await Promise.resolve(this.options.state.update(STATE_KEY, this.inbox.toStored())).catch((err: unknown) => this.options.log.warn(`Could not keep the callbacks for the next window: ${(err as Error).message}`));
  }
}

/** `sinch.callbacks.port`: 0 (a free port) unless a whole number 1-65535 is set. */
function callbackPortSetting(): number {
  const port = vscode.workspace.getConfiguration('sinch').get<number>('callbacks.port', 0);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : 0;
}

/**
 * `sinch.callbacks.forwardTo`, from the user's own settings only: a cloned repository's
 * .vscode/settings.json must not send the user's signed callbacks elsewhere.
 */
export function forwardToSetting(): string | undefined {
  const value = vscode.workspace.getConfiguration('sinch').inspect<string>('callbacks.forwardTo')?.globalValue;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
