// The form page: messages from the host, the page around the draft, and the actions (submit and its
// results, snippets, moving numbers, reset, the picker). Editing and validating the draft is
// draftEditor.ts; the parts the page shows have their own files (preview.ts, numbersSummary.ts,
// picker.ts, banner.ts, results.ts).
import { utcIsoToLocalInput } from '../../src/model/textEnable/dates';
import { emptyDraft, formTitle, type FieldName, type FormKind, type TextEnableDraft } from '../../src/model/textEnable/fields';
import { withNumbers, withoutNumbers } from '../../src/model/textEnable/numbers';
import { nextSteps } from '../../src/model/textEnable/orderSummary';
import type { TextEnableOrder } from '../../src/model/textEnable/orders';
import { validateDraft, type ValidationResult } from '../../src/model/textEnable/validate';
import { MAX_SHOWN_ORDERS } from '../../src/model/textEnable/shownOrders';
import type { ConnectionInfo, HostToWebview, OrderResult, SubmitDone } from '../../src/model/webviewMessages';
import type { OrderSummary } from '../../src/model/textEnable/orderSummary';
import { attentionMessage } from '../../src/model/textEnable/numbersSummary';
import { Banner } from './banner';
import { keepFocusInView } from './focusInView';
import { button, clear, h, setText } from './dom';
import { DraftEditor } from './draftEditor';
import type { Controls } from './layout';
import { renderNumbersSummary } from './numbersSummary';
import { openPicker } from './picker';
import { RequestPreview } from './preview';
import { renderResults, showOrderStates } from './results';
import { request } from './rpc';
import { vscode } from './vscodeApi';

export class TextEnableForm extends DraftEditor {
  private busy = false;
  private undoDraft: TextEnableDraft | undefined;

  private readonly connectionLine = h('p', { class: 'connection', id: 'connection' });
  private readonly banner = new Banner();
  private readonly preview: RequestPreview;
  private readonly submitButton = h('vscode-button', { appearance: 'primary', id: 'submit' }, 'Submit');
  private readonly progress = h('span', { class: 'progress', id: 'progress', 'aria-live': 'polite' });
  private readonly results = h('section', { class: 'results-section', id: 'results', 'aria-labelledby': 'h-results', hidden: true });

  constructor(kind: FormKind, private readonly root: HTMLElement) {
    super(kind);
    this.preview = new RequestPreview(kind);
    this.render();
  }

  // ---- messages from the host ----

  onMessage(message: HostToWebview): void {
    switch (message.type) {
      case 'init':
        // The form is live before the host answers: what the user typed meanwhile wins over the
        // stored draft (it used to be overwritten, which read as characters dropped while typing).
        if (!this.restored) this.state.draft = { ...message.draft, ...this.editedSoFar() };
        if (message.addNumbers.length > 0) this.state.draft = { ...this.state.draft, numbersText: withNumbers(this.state.draft.numbersText, message.addNumbers) };
        this.setConnection(message.connection);
        this.fillControls();
        this.persist();
        // A submission finished while this webview was hidden (and so not listening): show it now.
        if (message.lastSubmission && message.lastSubmission.submissionId !== this.state.appliedSubmission) this.applyDone(message.lastSubmission);
        this.root.setAttribute('aria-busy', 'false');
        this.root.dataset.ready = 'true';
        break;
      case 'connection':
        this.setConnection(message.connection);
        break;
      case 'draftSaved':
        this.draftSaved();
        break;
      case 'orderStates':
        this.applyOrderStates(message.orders);
        break;
      case 'addNumbers':
        this.state.draft = { ...this.state.draft, numbersText: withNumbers(this.state.draft.numbersText, message.numbers) };
        this.controls.numbersText?.set(this.state.draft.numbersText);
        this.touched.add('numbersText');
        this.persist();
        this.say(`Added ${message.numbers.length} number${message.numbers.length === 1 ? '' : 's'} to the form.`);
        break;
      case 'submitProgress':
        setText(this.progress, message.phase === 'sending'
          ? `Sending order ${message.orderIndex + 1} of ${message.orderCount}…`
          : message.phase === 'sent' ? `Order ${message.orderIndex + 1} of ${message.orderCount} created (${message.hostingOrderId ?? ''}).` : `Order ${message.orderIndex + 1} of ${message.orderCount} failed.`);
        break;
      default:
        break;
    }
  }

  /** The orders the results show, for `ready`: the extension posts their latest states. */
  shownOrderIds(): string[] {
    return this.state.results.flatMap((r) => (r.ok ? [r.order.hostingOrderId] : [])).slice(0, MAX_SHOWN_ORDERS);
  }

  /** Orders as the extension or "Track order" fetched them; an answer older than the one shown is ignored. */
  private applyOrderStates(orders: readonly OrderSummary[]): void {
    const latest = new Map(orders.map((o) => [o.hostingOrderId, o]));
    this.state.results = this.state.results.map((r): OrderResult => {
      const order = r.ok ? latest.get(r.order.hostingOrderId) : undefined;
      if (!r.ok || !order || isOlder(order, r.order)) return r;
      return { ...r, order: { ...r.order, ...order } };
    });
    this.persist();
    showOrderStates(this.results, this.state.results);
  }

  private editedSoFar(): Partial<TextEnableDraft> {
    return Object.fromEntries([...this.touched].map((name) => [name, this.state.draft[name]])) as Partial<TextEnableDraft>;
  }

  // ---- rendering ----

  private render(): void {
    clear(this.root);
    const l = this.layout;
    const previewSection = this.preview.section((type) => void this.snippet(type), (auth) => {
      this.state.auth = auth;
      this.persist();
    });
    const reset = button('reset', 'Reset form', () => this.reset());
    this.submitButton.addEventListener('click', () => void this.submit());
    const actions = h('div', { class: 'actions row' }, this.submitButton, reset, this.progress, this.draftStatus);
    keepFocusInView(this.root, actions);
    this.root.append(
      h('header', {}, h('h1', {}, formTitle(this.kind)), this.connectionLine),
      this.banner.element, this.results, l.numbersSection, l.orderSection, l.loaSection, previewSection, actions);

    this.root.addEventListener('input', (e) => this.onEdit(e));
    this.root.addEventListener('change', (e) => this.onEdit(e));
    this.root.addEventListener('focusout', (e) => {
      const name = this.fieldOf(e.target);
      if (name && this.state.draft[name] !== emptyDraft()[name]) this.markTouched(name);
    });
    l.pickButton.addEventListener('click', () => void this.pick());
    l.listenerButton.addEventListener('click', () => void this.useLocalListener());
    this.fillControls();
    renderResults(this.results, this.state.results, nextSteps(this.state.draft.loaKind, this.state.draft.email), (order) => this.applyOrderStates([order]));
  }

  /** Puts the draft into the controls (after init, reset, undo, a submit). */
  private fillControls(): void {
    const d = this.state.draft;
    if (d.scheduledLocal === '' && d.scheduledUtc !== '') d.scheduledLocal = utcIsoToLocalInput(d.scheduledUtc) ?? '';
    for (const [name, control] of Object.entries(this.controls) as Array<[FieldName, NonNullable<Controls[FieldName]>]>) control.set(d[name]);
    this.preview.showAuth(this.state.auth);
    this.updateVisibility();
    this.validateNow();
  }

  private setConnection(connection: ConnectionInfo): void {
    setText(this.connectionLine, connection.connected ? `Sends to: ${connection.label}` : 'Not connected: Submit will ask you to sign in or start the offline sandbox.');
    this.preview.showHost(connection.snippetHost);
  }

  /** After every validation: the banner, the numbers summary, the preview and the submit button follow. */
  protected showValidation(v: ValidationResult, orders: readonly TextEnableOrder[]): void {
    // The "Not sent" banner follows the fields: its count drops as they are fixed, it goes when none is left.
    if (this.banner.isValidation) {
      if (v.ok) this.say('');
      else this.showAttention(v);
    }
    renderNumbersSummary(this.layout.numbersSummary, this.layout.moveBar, this.kind, this.state.draft.regionCode, v, (numbers) => void this.moveNumbers(numbers));
    this.preview.render(v, orders);
    setText(this.submitButton, v.orderCount > 1 ? `Submit ${v.orderCount} orders` : 'Submit');
  }

  // ---- actions ----

  private say(text: string, kind: 'info' | 'error' = 'info', details: string[] = [], action?: HTMLElement): void {
    this.banner.say(text, kind, details, action);
  }

  private showAttention(v: ValidationResult): void {
    this.say(attentionMessage(v), 'error');
    this.banner.isValidation = true;
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const id of ['submit', 'reset', 'copy-curl', 'save-http']) {
      const el = this.root.querySelector(`#${id}`);
      if (busy) el?.setAttribute('disabled', '');
      else el?.removeAttribute('disabled');
    }
    if (!busy) setText(this.progress, '');
  }

  private async submit(): Promise<void> {
    if (this.busy) return;
    this.showAll = true;
    this.serverErrors = {};
    const v = this.validateNow();
    if (!v.ok) {
      this.showAttention(v);
      this.focusFirstError(v.errors);
      return;
    }
    this.setBusy(true);
    setText(this.progress, v.orderCount > 1 ? `Waiting for your confirmation to send ${v.orderCount} orders…` : 'Sending…');
    this.say('');
    const { answer } = request('submit', { draft: this.state.draft });
    const result = await answer;
    this.setBusy(false);
    if (!result.ok) {
      this.say(result.error.message, 'error', result.error.details);
      this.applyServerErrors(result.error);
      return;
    }
    const outcome = result.result;
    if (outcome.status === 'invalid') {
      this.say('The extension found problems in the form (marked below); nothing was sent.', 'error');
      this.applyServerErrors({ message: '', fieldErrors: outcome.errors, details: [] });
      this.focusFirstError(outcome.errors);
      return;
    }
    if (outcome.status === 'cancelled') {
      this.say(outcome.reason);
      return;
    }
    if (outcome.status === 'notReady') {
      this.showNotReady(outcome.message, outcome.details, outcome.numbers);
      return;
    }
    this.applyDone(outcome);
    (this.results.querySelector('#h-results') as HTMLElement | null)?.focus();
  }

  /** The state check refused numbers: name them, mark the field, offer to take them out (with an undo). */
  private showNotReady(message: string, details: string[], numbers: string[]): void {
    const count = numbers.length;
    const remove = button('remove-not-ready', count === 1 ? 'Remove it from the form' : `Remove these ${count} numbers from the form`, () => {
      const before = this.state.draft;
      this.state.draft = { ...before, numbersText: withoutNumbers(before.numbersText, numbers) };
      this.controls.numbersText?.set(this.state.draft.numbersText);
      delete this.serverErrors.numbersText;
      this.persist();
      this.validateNow();
      const undo = button('undo-remove', 'Undo', () => {
        this.state.draft = { ...this.state.draft, numbersText: before.numbersText };
        this.controls.numbersText?.set(this.state.draft.numbersText);
        this.persist();
        this.validateNow();
        this.say('The numbers are back in the form.');
      });
      this.say(`Removed ${count === 1 ? '1 number' : `${count} numbers`} from the form.`, 'info', [], undo);
    });
    this.say(message, 'error', details, remove);
    this.serverErrors = { numbersText: details.length > 0 ? details.join(' ') : message };
    this.validateNow();
  }

  /** Shows a submission's outcome: results, numbers left to retry, Sinch's field errors. */
  private applyDone(outcome: SubmitDone): void {
    const failed = outcome.orders.filter((o) => !o.ok);
    const sentNumbers = outcome.orders.filter((o) => o.ok).flatMap((o) => o.numbers);
    this.state.draft = { ...this.state.draft, numbersText: outcome.remainingNumbersText };
    this.state.results = outcome.orders;
    this.state.appliedSubmission = outcome.submissionId;
    this.controls.numbersText?.set(this.state.draft.numbersText);
    this.persist();
    if (failed.length === 0) {
      // Everything went: the now-empty numbers box is a fresh start, not a mistake to flag.
      this.showAll = false;
      this.touched.delete('numbersText');
    }
    const firstFailure = failed.find((o): o is Extract<OrderResult, { ok: false }> => !o.ok);
    this.applyServerErrors(firstFailure?.error);
    renderResults(this.results, this.state.results, nextSteps(this.state.draft.loaKind, this.state.draft.email), (order) => this.applyOrderStates([order]));
    if (failed.length === 0) this.say(`Submitted: ${sentNumbers.length} number${sentNumbers.length === 1 ? '' : 's'} in ${outcome.orders.length} order${outcome.orders.length === 1 ? '' : 's'}.`);
    else this.say(`${failed.length} of ${outcome.orders.length} order${outcome.orders.length === 1 ? '' : 's'} failed; ${failed.length === 1 ? 'its' : 'their'} numbers stay in the form to send again.`, 'error', firstFailure ? firstFailure.error.details : []);
  }

  private async snippet(type: 'copyCurl' | 'saveHttpFile'): Promise<void> {
    const { answer } = request(type, { draft: this.state.draft, auth: this.state.auth });
    const result = await answer;
    if (result.ok) this.say(result.result.message);
    else this.say(result.error.message, 'error');
  }

  private async useLocalListener(): Promise<void> {
    const result = await request('useLocalListener', {}).answer;
    if (!result.ok) {
      this.say(result.error.message, 'error');
      return;
    }
    this.state.draft = { ...this.state.draft, callbackUrl: result.result.url };
    this.controls.callbackUrl?.set(result.result.url);
    this.markTouched('callbackUrl');
    this.persist();
    this.validateNow();
    this.say(result.result.message);
  }

  private async moveNumbers(numbers: string[]): Promise<void> {
    const { answer } = request('moveNumbers', { numbers });
    const result = await answer;
    if (!result.ok) {
      this.say(result.error.message, 'error');
      return;
    }
    const moved = result.result.moved;
    this.state.draft = { ...this.state.draft, numbersText: withoutNumbers(this.state.draft.numbersText, moved) };
    this.controls.numbersText?.set(this.state.draft.numbersText);
    this.persist();
    this.validateNow();
    this.say(`Moved ${moved.length} number${moved.length === 1 ? '' : 's'} to the ${this.kind === 'standard' ? 'toll-free' : 'standard'} form.`);
  }

  private reset(): void {
    this.undoDraft = this.state.draft;
    this.state = { kind: this.kind, draft: emptyDraft(), touched: [], auth: this.state.auth, results: [] };
    this.touched.clear();
    this.serverErrors = {};
    this.showAll = false;
    vscode.setState(this.state);
    this.clearDraftStatus();
    vscode.postMessage({ type: 'reset' });
    this.fillControls();
    renderResults(this.results, [], '', () => undefined);
    const undo = button('undo-reset', 'Undo', () => {
      if (!this.undoDraft) return;
      this.state.draft = this.undoDraft;
      this.undoDraft = undefined;
      this.fillControls();
      this.persist();
      this.say('The form was restored.');
    });
    this.say('The form was cleared.', 'info', [], undo);
  }

  // ---- picker ----

  private async pick(): Promise<void> {
    const inForm = new Set(validateDraft(this.state.draft, this.kind, { now: new Date() }).numbers.accepted);
    await openPicker(this.layout.picker, this.kind, this.state.draft.regionCode, inForm, (picked) => {
      this.state.draft = { ...this.state.draft, numbersText: withNumbers(this.state.draft.numbersText, picked) };
      this.controls.numbersText?.set(this.state.draft.numbersText);
      this.touched.add('numbersText');
      this.persist();
      this.validateNow();
      this.controls.numbersText?.focusTarget.focus();
    });
  }
}

/** The server's own update time says which of two answers about an order is the later one. */
function isOlder(candidate: OrderSummary, shown: OrderSummary): boolean {
  const a = Date.parse(candidate.updatedTime ?? '');
  const b = Date.parse(shown.updatedTime ?? '');
  return !Number.isNaN(a) && !Number.isNaN(b) && a < b;
}
