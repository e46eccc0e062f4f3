// The host side of one form: every message from the webview is validated here (the webview is
// untrusted), the draft is checked again with the same validators, and only then does anything
// reach Sinch. The VS Code pieces (dialogs, clipboard, files) come in through `FormUi`, so the
// integration suite can drive this class with raw messages.
import { randomUUID } from 'node:crypto';
import type { QualifiedNumbersApi } from '../api/types';
import type { Acquired } from '../connection/submissionLock';
import { isTollFree } from '../model/phone';
import { stateLabel, statesFor } from '../model/states';
import { toCurl } from '../model/textEnable/curl';
import { describeTarget, type SnippetAuth } from '../model/textEnable/endpoints';
import { stopsTheBatch, toErrorInfo, type ErrorInfo } from '../model/textEnable/errorInfo';
import type { FormKind, TextEnableDraft } from '../model/textEnable/fields';
import { toHttpFile } from '../model/textEnable/httpFile';
import { withoutNumbers } from '../model/textEnable/numbers';
import { summariseOrder } from '../model/textEnable/orderSummary';
import { draftToOrders, type TextEnableOrder } from '../model/textEnable/orders';
import { declinedResendReason, recentlySubmittedQuestion, RESEND_DETAIL, submissionKey, submittingElsewhereReason } from '../model/textEnable/submissionKey';
import { checkReadiness, describeNotReady, notReadyMessage, type ReadinessCheck } from '../model/textEnable/readiness';
import {
  parseWebviewMessage,
  type ConnectionInfo,
  type HostToWebview,
  type OrderResult,
  type PickableNumber,
  type ResponseResults,
  type SubmitDone,
  type SubmitOutcome,
  type WebviewRequest,
  type WebviewRequestType,
  type WebviewToHost,
} from '../model/webviewMessages';
import type { ConnectionService, HostingOrdersService } from '../services';
import type { DraftStore } from './draftStore';

/** Most numbers offered in the picker; more are rarely useful in a list and slow to send. */
export const MAX_PICKABLE = 2000;

export interface FormUi {
  /** Modal confirmation before sending several orders. */
  confirmSplit(numberCount: number, orderCount: number): Promise<boolean>;
  writeClipboard(text: string): Promise<void>;
  /** Asks where to save and writes; the path written, or undefined when the user cancelled. */
  saveFile(suggestedName: string, content: string): Promise<string | undefined>;
  /** Runs `task` with a progress indicator outside the webview too. */
  withProgress<T>(title: string, task: () => Promise<T>): Promise<T>;
  /**
   * Modal question before sending numbers another window has just sent (`detail` says why it
   * matters). Without it such a draft is never sent again.
   */
  confirmResend?(question: string, detail: string): Promise<boolean>;
}

export interface ControllerDeps {
  kind: FormKind;
  post(message: HostToWebview): void;
  connection: ConnectionService;
  drafts: DraftStore;
  refreshTree(): void;
  log: { info(message: string): void; warn(message: string): void; error(message: string): void };
  ui: FormUi;
  /** Opens the other form with these numbers. */
  moveToOtherForm(numbers: string[]): Promise<void>;
  /** The draft a fresh webview starts from (serializer state or workspace state). */
  initialDraft(): TextEnableDraft;
  now(): Date;
  /** "Hosting Orders": every created order is listed there; "Track order" reveals it. */
  orders?: FormOrders;
  /** Starts the callback listener if needed; the URL an order should call back (the inspector's). */
  localListener?(): Promise<{ url: string; message: string }>;
  /**
   * Shared with the other windows of this machine (src/connection/submissionLock.ts): one
   * submission of the same numbers at a time, and a memory of what was just sent.
   */
  submissionLocks?: { acquire(key: string): Promise<Acquired> };
}

type Handled = { [K in WebviewRequestType]: ResponseResults[K] };

/** What a form needs of "Hosting Orders": list and reveal its orders, and read their latest state. */
export type FormOrders = Pick<HostingOrdersService, 'track' | 'reveal' | 'summary'>;

/** Orders whose state a form follows at most (its results, the ones it tracked). */
const MAX_FOLLOWED_ORDERS = 50;

export class TextEnableController {
  private pendingNumbers: string[] = [];
  private submitting = false;
  /** Re-sent with `init`: the webview may have been hidden, and so torn down, while it ran. */
  private lastSubmission: SubmitDone | undefined;
  /** Orders the form shows or tracked: their state is posted as "Hosting Orders" learns it. */
  private readonly followed = new Set<string>();
  private lastOrderStates = '';
  /** Counts messages refused at the door (for the log and the tests). */
  rejectedMessages = 0;

  constructor(private readonly deps: ControllerDeps) {}

  /** Numbers to add to the form: queued until the webview is ready, posted at once after. */
  addNumbers(numbers: string[], webviewReady: boolean): void {
    if (numbers.length === 0) return;
    if (webviewReady) this.deps.post({ type: 'addNumbers', numbers });
    else this.pendingNumbers.push(...numbers);
  }

  connectionInfo(): ConnectionInfo {
    const client = this.deps.connection.current();
    return { connected: client !== undefined, label: client ? this.deps.connection.describe() : 'not connected', snippetHost: describeTarget(this.deps.connection.snippetTarget()) };
  }

  /** Entry point for `webview.onDidReceiveMessage`. Never throws. Answers the type of a message it accepted. */
  async handle(raw: unknown): Promise<WebviewToHost['type'] | undefined> {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      this.rejectedMessages++;
      // The reason names the problem, never the content (which may hold personal data).
      this.deps.log.warn(`Text-enable form (${this.deps.kind}): ignored a message from the webview: ${parsed.reason}`);
      return undefined;
    }
    const message = parsed.message;
    try {
      switch (message.type) {
        case 'ready':
          this.deps.post({
            type: 'init', kind: this.deps.kind, draft: this.deps.initialDraft(), connection: this.connectionInfo(), addNumbers: this.pendingNumbers.splice(0),
            ...(this.lastSubmission ? { lastSubmission: this.lastSubmission } : {}),
          });
          // A rebuilt webview shows the states it stored: bring them up to date at once.
          for (const id of message.shownOrders ?? []) this.follow(id);
          this.postOrderStates(true);
          break;
        case 'draftChanged':
          await this.deps.drafts.set(this.deps.kind, message.draft);
          this.deps.post({ type: 'draftSaved' });
          break;
        case 'reset':
          this.lastSubmission = undefined;
          await this.deps.drafts.clear(this.deps.kind);
          break;
        default:
          await this.answer(message);
      }
    } catch (error) {
      this.deps.log.error(`Text-enable form (${this.deps.kind}): ${message.type} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return message.type;
  }

  private async answer(request: WebviewRequest): Promise<void> {
    const { requestId, type } = request;
    try {
      const result = await this.run(request);
      this.deps.post({ type: 'response', requestId, request: type, ok: true, result } as HostToWebview);
    } catch (error) {
      const info = toErrorInfo(error, describeRequest(type));
      this.deps.post({ type: 'response', requestId, request: type, ok: false, error: info });
    }
  }

  private run(request: WebviewRequest): Promise<Handled[WebviewRequestType]> {
    switch (request.type) {
      case 'listPickable':
        return this.listPickable();
      case 'submit':
        return this.submit(request.requestId, request.draft);
      case 'trackOrder':
        return this.trackOrder(request.hostingOrderId);
      case 'copyCurl':
        return this.copyCurl(request.draft, request.auth);
      case 'saveHttpFile':
        return this.saveHttpFile(request.draft, request.auth);
      case 'moveNumbers':
        return this.moveNumbers(request.numbers);
      case 'useLocalListener':
        if (!this.deps.localListener) throw new Error('the callback listener is not available here');
        return this.deps.localListener();
    }
  }

  /** "Hosting Orders" changed: post the followed orders' states when they differ from the last posted. */
  ordersChanged(): void {
    this.postOrderStates(false);
  }

  private follow(hostingOrderId: string): void {
    this.followed.delete(hostingOrderId);
    this.followed.add(hostingOrderId);
    for (const oldest of this.followed) {
      if (this.followed.size <= MAX_FOLLOWED_ORDERS) break;
      this.followed.delete(oldest);
    }
  }

  private postOrderStates(always: boolean): void {
    const orders = [...this.followed].flatMap((id) => this.deps.orders?.summary(id) ?? []);
    const text = JSON.stringify(orders);
    if (orders.length === 0 || (!always && text === this.lastOrderStates)) return;
    this.lastOrderStates = text;
    this.deps.post({ type: 'orderStates', orders });
  }

  private async client(prompt: boolean): Promise<QualifiedNumbersApi> {
    const client = prompt ? await this.deps.connection.ensureClient() : this.deps.connection.current();
    if (!client) throw new Error('not connected: sign in with a profile or start the offline sandbox first');
    return client;
  }

  private async listPickable(): Promise<Handled['listPickable']> {
    const client = await this.client(false);
    const numbers: PickableNumber[] = [];
    let truncated = false;
    outer: for (const state of statesFor('textEnable')) {
      // Pages of 100 (the most the API gives, as export uses): the server's default of 20 made
      // listing 2,000 numbers take 101 sequential requests instead of 21 (BENCHMARKS.md).
      for await (const n of client.listAll({ state, pageSize: 100 }, { interactive: true })) {
        if (isTollFree(n.phoneNumber) !== (this.deps.kind === 'tollFree')) continue;
        if (numbers.length >= MAX_PICKABLE) {
          truncated = true;
          break outer;
        }
        numbers.push({ phoneNumber: n.phoneNumber, state: String(n.globalProcessState), stateLabel: stateLabel(String(n.globalProcessState)), ...(n.regionCode ? { regionCode: n.regionCode } : {}) });
      }
    }
    return { numbers, truncated };
  }

  private async submit(requestId: number, draft: TextEnableDraft): Promise<SubmitOutcome> {
    if (this.submitting) throw new Error('a submission from this form is still running');
    // Taken before the first await: a second submit arriving while the split confirmation or the
    // sign-in prompt waits must not send the same numbers again.
    this.submitting = true;
    try {
      return await this.submitOnce(requestId, draft);
    } finally {
      this.submitting = false;
    }
  }

  private async submitOnce(requestId: number, draft: TextEnableDraft): Promise<SubmitOutcome> {
    // The same rules as the webview, run again: the webview may have been tampered with.
    const { validation, orders } = draftToOrders(this.deps.kind, draft, { now: this.deps.now() });
    if (!validation.ok) return { status: 'invalid', errors: validation.errors };
    const client = await this.deps.connection.ensureClient();
    if (!client) return { status: 'cancelled', reason: 'Nothing was sent: connect to Sinch (sign in with a profile or start the offline sandbox) and submit again.' };
    const numbers = orders.flatMap((o) => o.numbers);
    const locks = this.deps.submissionLocks;
    if (!locks) return this.submitChecked(client, requestId, draft, orders);
    // Another window of this machine may be sending the same numbers: one at a time, across windows.
    const key = submissionKey({ target: this.deps.connection.snippetTarget().baseUrl, projectId: client.projectId, kind: this.deps.kind, numbers });
    const acquired = await locks.acquire(key);
    if (!acquired.ok) {
      this.deps.log.warn(`Text-enable (${this.deps.kind}): not sent, the same ${numbers.length} numbers are being submitted ${acquired.holder.sameWindow ? 'from this window' : `by another window (process ${acquired.holder.pid ?? 'unknown'})`}`);
      return { status: 'cancelled', reason: submittingElsewhereReason(numbers.length) };
    }
    const createdIds: string[] = [];
    try {
      const recent = acquired.recent;
      if (recent && !recent.fromThisWindow) {
        const again = await this.deps.ui.confirmResend?.(recentlySubmittedQuestion(recent.orderIds, recent.ageMs, false), RESEND_DETAIL);
        if (!again) return { status: 'cancelled', reason: declinedResendReason(recent.orderIds) };
        this.deps.log.info(`Text-enable (${this.deps.kind}): sending again numbers another window sent as ${recent.orderIds.join(', ')}, confirmed by the user`);
      }
      const outcome = await this.submitChecked(client, requestId, draft, orders);
      if (outcome.status === 'done') createdIds.push(...outcome.orders.flatMap((o) => (o.ok ? [o.order.hostingOrderId] : [])));
      return outcome;
    } finally {
      await acquired.lock.release(createdIds).catch((error: unknown) => this.deps.log.warn(`Text-enable (${this.deps.kind}): could not free the submission lock: ${error instanceof Error ? error.message : String(error)}`));
    }
  }

  private async submitChecked(client: QualifiedNumbersApi, requestId: number, draft: TextEnableDraft, orders: readonly TextEnableOrder[]): Promise<SubmitOutcome> {
    const total = orders.reduce((sum, o) => sum + o.numbers.length, 0);
    const notReady = await this.notReady(client, orders.flatMap((o) => o.numbers));
    if (notReady) return notReady;
    if (orders.length > 1 && !(await this.deps.ui.confirmSplit(total, orders.length))) {
      return { status: 'cancelled', reason: `Nothing was sent: ${total} numbers need ${orders.length} orders, which you did not confirm.` };
    }

    const results = await this.deps.ui.withProgress(orders.length > 1 ? `Text-enabling ${total} numbers in ${orders.length} orders` : `Text-enabling ${total} number${total === 1 ? '' : 's'}`, () => this.sendOrders(client, requestId, orders));
    const sent = results.filter((r) => r.ok).flatMap((r) => r.numbers);
    const remainingNumbersText = withoutNumbers(draft.numbersText, sent);
    if (sent.length > 0) {
      await this.deps.drafts.set(this.deps.kind, { ...draft, numbersText: remainingNumbersText });
      this.deps.refreshTree();
    }
    const done: SubmitDone = { status: 'done', submissionId: randomUUID(), orders: results, remainingNumbersText };
    this.lastSubmission = done;
    return done;
  }

  /** The numbers' states, checked before sending; the outcome to show when some cannot be text-enabled. */
  private async notReady(client: QualifiedNumbersApi, numbers: string[]): Promise<SubmitOutcome | undefined> {
    let check: ReadinessCheck;
    try {
      check = await checkReadiness(client, numbers);
    } catch (error) {
      // The check only saves a refusal: when it cannot run, Sinch still has the last word.
      this.deps.log.warn(`Text-enable (${this.deps.kind}): could not check the numbers' states before sending: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    if (check.notReady.length === 0 && check.unnamed.length === 0) return undefined;
    return {
      status: 'notReady',
      message: notReadyMessage(check.notReady, check.unnamed.length),
      details: check.notReady.map(describeNotReady),
      numbers: [...check.notReady.map((n) => n.phoneNumber), ...check.unnamed],
    };
  }

  private async sendOrders(client: QualifiedNumbersApi, requestId: number, orders: readonly TextEnableOrder[]): Promise<OrderResult[]> {
    const results: OrderResult[] = [];
    let stopped: ErrorInfo | undefined;
    for (const [index, order] of orders.entries()) {
      if (stopped) {
        results.push({ index, numbers: order.numbers, ok: false, error: { message: `Not sent, because an earlier order failed: ${stopped.message}`, fieldErrors: {}, details: [] } });
        this.deps.post({ type: 'submitProgress', requestId, orderIndex: index, orderCount: orders.length, phase: 'failed' });
        continue;
      }
      this.deps.post({ type: 'submitProgress', requestId, orderIndex: index, orderCount: orders.length, phase: 'sending' });
      try {
        const summary = order.kind === 'standard'
          ? { hostingOrderId: (await client.textEnableNumbers(order.request)).hostingOrderId }
          : summariseOrder(await client.textEnableTollFreeNumbers(order.request));
        results.push({ index, numbers: order.numbers, ok: true, order: summary });
        this.trackCreated(summary.hostingOrderId, summary.state, order);
        this.deps.log.info(`Text-enable (${this.deps.kind}): order ${index + 1}/${orders.length} created: ${summary.hostingOrderId} (${order.numbers.length} numbers)`);
        this.deps.post({ type: 'submitProgress', requestId, orderIndex: index, orderCount: orders.length, phase: 'sent', hostingOrderId: summary.hostingOrderId });
      } catch (error) {
        const info = toErrorInfo(error, 'Text enable');
        results.push({ index, numbers: order.numbers, ok: false, error: info });
        this.deps.log.warn(`Text-enable (${this.deps.kind}): order ${index + 1}/${orders.length} failed: ${info.message}`);
        this.deps.post({ type: 'submitProgress', requestId, orderIndex: index, orderCount: orders.length, phase: 'failed' });
        if (stopsTheBatch(error)) stopped = info;
      }
    }
    return results;
  }

  /** Lists a new order in "Hosting Orders" with what only the submission knows (its numbers). */
  private trackCreated(hostingOrderId: string, state: string | undefined, order: TextEnableOrder): void {
    const { regionCode, displayName } = order.request;
    this.follow(hostingOrderId);
    void this.deps.orders?.track(hostingOrderId, {
      source: 'submission',
      kind: this.deps.kind,
      regionCode,
      numbers: order.numbers,
      // A new standard order answers with its ID only; Sinch files it as SUBMITTED.
      state: state ?? 'SUBMITTED',
      createdTime: this.deps.now().toISOString(),
      ...(displayName ? { displayName } : {}),
    }).catch((error: unknown) => this.deps.log.warn(`Could not list hosting order ${hostingOrderId}: ${error instanceof Error ? error.message : String(error)}`));
  }

  private async trackOrder(hostingOrderId: string): Promise<Handled['trackOrder']> {
    const client = await this.client(true);
    const summary = summariseOrder(await client.getHostingOrder(hostingOrderId, { interactive: true }));
    this.follow(hostingOrderId);
    // The form shows the state it got; the view, which keeps following the order, shows it too.
    await this.deps.orders?.track(hostingOrderId, { source: 'submission', kind: this.deps.kind });
    await this.deps.orders?.reveal(hostingOrderId);
    return summary;
  }

  /** The requests for the snippets: what is typed, split like a submission would be. */
  private snippetRequests(draft: TextEnableDraft): { requests: Array<TextEnableOrder['request']>; valid: boolean } {
    const { validation, orders } = draftToOrders(this.deps.kind, draft, { now: this.deps.now() });
    return { requests: orders.map((o) => o.request), valid: validation.ok };
  }

  private async copyCurl(draft: TextEnableDraft, auth: SnippetAuth): Promise<Handled['copyCurl']> {
    const { requests, valid } = this.snippetRequests(draft);
    const target = this.deps.connection.snippetTarget();
    await this.deps.ui.writeClipboard(toCurl(this.deps.kind, requests, { auth, target }));
    const what = target.sandbox ? 'that runs as is (the sandbox accepts its placeholder key)' : 'with placeholders for your credentials';
    return { message: `Copied a cURL command${requests.length > 1 ? ` for ${requests.length} orders` : ''} for ${describeTarget(target)} ${what}.${valid ? '' : ' The form still has errors: Sinch will refuse this body until they are fixed.'}` };
  }

  private async saveHttpFile(draft: TextEnableDraft, auth: SnippetAuth): Promise<Handled['saveHttpFile']> {
    const { requests, valid } = this.snippetRequests(draft);
    const target = this.deps.connection.snippetTarget();
    const path = await this.deps.ui.saveFile(this.deps.kind === 'standard' ? 'text-enable.http' : 'text-enable-toll-free.http', toHttpFile(this.deps.kind, requests, { auth, target }));
    if (!path) return { message: 'Not saved.' };
    return { message: `Saved ${path} (requests to ${describeTarget(target)}).${valid ? '' : ' The form still has errors: Sinch will refuse this body until they are fixed.'}` };
  }

  private async moveNumbers(numbers: string[]): Promise<Handled['moveNumbers']> {
    // Only numbers that really belong to the other form move.
    const moving = numbers.filter((n) => isTollFree(n) !== (this.deps.kind === 'tollFree'));
    if (moving.length > 0) await this.deps.moveToOtherForm(moving);
    return { moved: moving };
  }
}

function describeRequest(type: WebviewRequestType): string {
  switch (type) {
    case 'listPickable': return 'Listing qualified numbers';
    case 'submit': return 'Text enable';
    case 'trackOrder': return 'Fetching the hosting order';
    case 'copyCurl': return 'Copy as cURL';
    case 'saveHttpFile': return 'Save as .http file';
    case 'moveNumbers': return 'Moving numbers';
    case 'useLocalListener': return 'Starting the callback listener';
  }
}
