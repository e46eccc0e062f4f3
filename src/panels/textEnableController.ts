// The host side of one form: every message from the webview is validated here (the webview is
// untrusted), the draft is checked again with the same validators, and only then does anything
// reach Sinch. The VS Code pieces (dialogs, clipboard, files) come in through `FormUi`, so the
// integration suite can drive this class with raw messages.
import { randomUUID } from 'node:crypto';
import type { QualifiedNumbersApi } from '../api/types';
import { isTollFree } from '../model/phone';
import { stateLabel, statesFor } from '../model/states';
import { toCurl } from '../model/textEnable/curl';
import type { SnippetAuth } from '../model/textEnable/endpoints';
import { stopsTheBatch, toErrorInfo, type ErrorInfo } from '../model/textEnable/errorInfo';
import type { FormKind, TextEnableDraft } from '../model/textEnable/fields';
import { toHttpFile } from '../model/textEnable/httpFile';
import { withoutNumbers } from '../model/textEnable/numbers';
import { summariseOrder } from '../model/textEnable/orderSummary';
import { draftToOrders, type TextEnableOrder } from '../model/textEnable/orders';
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
import type { ConnectionService } from '../services';
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
  /** Starts the callback listener if needed; the URL an order should call back (the inspector's). */
  localListener?(): Promise<{ url: string; message: string }>;
}

type Handled = { [K in WebviewRequestType]: ResponseResults[K] };

export class TextEnableController {
  private pendingNumbers: string[] = [];
  private submitting = false;
  /** Re-sent with `init`: the webview may have been hidden, and so torn down, while it ran. */
  private lastSubmission: SubmitDone | undefined;
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
    return { connected: client !== undefined, label: client ? this.deps.connection.describe() : 'not connected' };
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
      for await (const n of client.listAll({ state, pageSize: 100 })) {
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
    const total = orders.reduce((sum, o) => sum + o.numbers.length, 0);
    if (orders.length > 1 && !(await this.deps.ui.confirmSplit(total, orders.length))) {
      return { status: 'cancelled', reason: `Nothing was sent: ${total} numbers need ${orders.length} orders, which you did not confirm.` };
    }
    const client = await this.deps.connection.ensureClient();
    if (!client) return { status: 'cancelled', reason: 'Nothing was sent: connect to Sinch (sign in with a profile or start the offline sandbox) and submit again.' };

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

  private async trackOrder(hostingOrderId: string): Promise<Handled['trackOrder']> {
    const client = await this.client(true);
    return summariseOrder(await client.getHostingOrder(hostingOrderId));
  }

  /** The requests for the snippets: what is typed, split like a submission would be. */
  private snippetRequests(draft: TextEnableDraft): { requests: Array<TextEnableOrder['request']>; valid: boolean } {
    const { validation, orders } = draftToOrders(this.deps.kind, draft, { now: this.deps.now() });
    return { requests: orders.map((o) => o.request), valid: validation.ok };
  }

  private async copyCurl(draft: TextEnableDraft, auth: SnippetAuth): Promise<Handled['copyCurl']> {
    const { requests, valid } = this.snippetRequests(draft);
    await this.deps.ui.writeClipboard(toCurl(this.deps.kind, requests, { auth }));
    return { message: `Copied a cURL command${requests.length > 1 ? ` for ${requests.length} orders` : ''} with placeholders for your credentials.${valid ? '' : ' The form still has errors: Sinch will refuse this body until they are fixed.'}` };
  }

  private async saveHttpFile(draft: TextEnableDraft, auth: SnippetAuth): Promise<Handled['saveHttpFile']> {
    const { requests, valid } = this.snippetRequests(draft);
    const path = await this.deps.ui.saveFile(this.deps.kind === 'standard' ? 'text-enable.http' : 'text-enable-toll-free.http', toHttpFile(this.deps.kind, requests, { auth }));
    if (!path) return { message: 'Not saved.' };
    return { message: `Saved ${path}.${valid ? '' : ' The form still has errors: Sinch will refuse this body until they are fixed.'}` };
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
