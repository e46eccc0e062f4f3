// The form's behaviour: the draft as state (kept with setState), validation as the user types
// with the shared validators, the live JSON preview, the picker, submission and results.
import { buildRequest, requestJson } from '../../src/model/textEnable/build';
import { localInputToUtcIso, utcIsoToLocalInput } from '../../src/model/textEnable/dates';
import { salvageDraft } from '../../src/model/textEnable/draft';
import { SNIPPET_AUTHS, type SnippetAuth } from '../../src/model/textEnable/endpoints';
import { FIELD_LABELS, emptyDraft, fieldsFor, formTitle, type FieldName, type FormKind, type TextEnableDraft } from '../../src/model/textEnable/fields';
import { withNumbers, withoutNumbers } from '../../src/model/textEnable/numbers';
import { attentionMessage, hiddenByRegion, numbersSummary, pickerChoice } from '../../src/model/textEnable/numbersSummary';
import { nextSteps } from '../../src/model/textEnable/orderSummary';
import { splitIntoOrders } from '../../src/model/textEnable/split';
import { validateDraft, type FieldMessages, type ValidationResult } from '../../src/model/textEnable/validate';
import { formatNanp } from '../../src/model/phone';
import type { ConnectionInfo, ErrorInfo, HostToWebview, OrderResult, SubmitDone, WebviewPersistedState } from '../../src/model/webviewMessages';
import { append, clear, h, setText } from './dom';
import { keepFocusInView } from './focusInView';
import { buildLayout, type Controls, type Layout } from './layout';
import { renderResults } from './results';
import { request } from './rpc';
import { vscode } from './vscodeApi';

const DRAFT_SYNC_MS = 400;
const VALIDATE_MS = 120;
const FIELD_NAMES = new Set<string>(Object.keys(FIELD_LABELS));

/** Our own saved state, read back defensively (it may come from an older version of the form). */
function restoreState(kind: FormKind, saved: unknown): WebviewPersistedState | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const s = saved as Partial<Record<keyof WebviewPersistedState, unknown>>;
  if (s.kind !== kind || typeof s.draft !== 'object') return undefined;
  return {
    kind,
    draft: salvageDraft(s.draft),
    touched: Array.isArray(s.touched) ? (s.touched.filter((t) => typeof t === 'string' && FIELD_NAMES.has(t)) as FieldName[]) : [],
    auth: SNIPPET_AUTHS.includes(s.auth as SnippetAuth) ? (s.auth as SnippetAuth) : 'basic',
    results: Array.isArray(s.results) ? (s.results as OrderResult[]) : [],
    ...(typeof s.appliedSubmission === 'string' ? { appliedSubmission: s.appliedSubmission } : {}),
  };
}

export class TextEnableForm {
  private state: WebviewPersistedState;
  private readonly restored: boolean;
  private readonly layout: Layout;
  private readonly controls: Controls;
  private readonly touched: Set<FieldName>;
  private serverErrors: FieldMessages = {};
  private showAll = false;
  private busy = false;
  private validateTimer: ReturnType<typeof setTimeout> | undefined;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private undoDraft: TextEnableDraft | undefined;
  /** The banner shows "Not sent: fields need attention": it goes once the fields are fixed. */
  private bannerIsValidation = false;

  private readonly connectionLine = h('p', { class: 'connection', id: 'connection' });
  private readonly banner = h('div', { class: 'banner', id: 'banner', role: 'status', 'aria-live': 'polite', hidden: true });
  private readonly preview = h('code', { id: 'preview-json' });
  private readonly previewCaption = h('p', { class: 'section-help', id: 'preview-caption' });
  private readonly snippetHost = h('p', { class: 'section-help', id: 'snippet-host' });
  private readonly submitButton = h('vscode-button', { appearance: 'primary', id: 'submit' }, 'Submit');
  private readonly progress = h('span', { class: 'progress', id: 'progress', 'aria-live': 'polite' });
  /** "Draft saved" once the extension holds the latest draft (no live region: it changes as one types). */
  private readonly draftStatus = h('span', { class: 'draft-status', id: 'draft-status' });
  private readonly results = h('section', { class: 'results-section', id: 'results', 'aria-labelledby': 'h-results', hidden: true });
  private readonly authDropdown = h('vscode-dropdown', { id: 'snippet-auth', 'aria-label': 'Authentication in snippets' },
    h('vscode-option', { value: 'basic' }, 'Basic: $SINCH_KEY_ID:$SINCH_KEY_SECRET'),
    h('vscode-option', { value: 'bearer' }, 'Bearer: $TOKEN'));

  constructor(private readonly kind: FormKind, private readonly root: HTMLElement) {
    const restored = restoreState(kind, vscode.getState());
    this.restored = restored !== undefined;
    this.state = restored ?? { kind, draft: emptyDraft(), touched: [], auth: 'basic', results: [] };
    this.touched = new Set(this.state.touched);
    this.layout = buildLayout(kind);
    this.controls = this.layout.controls;
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
        if (!this.syncTimer) setText(this.draftStatus, 'Draft saved');
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

  private editedSoFar(): Partial<TextEnableDraft> {
    return Object.fromEntries([...this.touched].map((name) => [name, this.state.draft[name]])) as Partial<TextEnableDraft>;
  }

  // ---- rendering ----

  private render(): void {
    clear(this.root);
    const l = this.layout;
    const previewSection = h('section', { 'aria-labelledby': 'h-preview' },
      h('h2', { id: 'h-preview' }, 'Request preview'),
      this.previewCaption,
      h('pre', { class: 'preview', tabindex: '0', 'aria-label': 'JSON body of the request' }, this.preview),
      h('div', { class: 'row' },
        h('label', { class: 'control-label inline', for: 'snippet-auth' }, 'Snippets authenticate with'), this.authDropdown,
        this.button('copy-curl', 'Copy as cURL', () => this.snippet('copyCurl')),
        this.button('save-http', 'Save as .http file', () => this.snippet('saveHttpFile'))),
      this.snippetHost);
    const reset = this.button('reset', 'Reset form', () => this.reset());
    this.submitButton.addEventListener('click', () => void this.submit());
    const actions = h('div', { class: 'actions row' }, this.submitButton, reset, this.progress, this.draftStatus);
    keepFocusInView(this.root, actions);
    this.root.append(
      h('header', {}, h('h1', {}, formTitle(this.kind)), this.connectionLine),
      this.banner, this.results, l.numbersSection, l.orderSection, l.loaSection, previewSection, actions);

    this.root.addEventListener('input', (e) => this.onEdit(e));
    this.root.addEventListener('change', (e) => this.onEdit(e));
    this.root.addEventListener('focusout', (e) => {
      const name = this.fieldOf(e.target);
      if (name && this.state.draft[name] !== emptyDraft()[name]) this.markTouched(name);
    });
    l.pickButton.addEventListener('click', () => void this.openPicker());
    this.authDropdown.addEventListener('change', () => {
      const value = (this.authDropdown as HTMLElement & { value: string }).value;
      if (SNIPPET_AUTHS.includes(value as SnippetAuth)) this.state.auth = value as SnippetAuth;
      this.persist();
    });
    this.fillControls();
    renderResults(this.results, this.state.results, nextSteps(this.state.draft.loaKind, this.state.draft.email));
  }

  private button(id: string, label: string, onClick: () => void, appearance = 'secondary'): HTMLElement {
    const b = h('vscode-button', { id, appearance }, label);
    b.addEventListener('click', onClick);
    return b;
  }

  /** Puts the draft into the controls (after init, reset, undo, a submit). */
  private fillControls(): void {
    const d = this.state.draft;
    if (d.scheduledLocal === '' && d.scheduledUtc !== '') d.scheduledLocal = utcIsoToLocalInput(d.scheduledUtc) ?? '';
    for (const [name, control] of Object.entries(this.controls) as Array<[FieldName, NonNullable<Controls[FieldName]>]>) control.set(d[name]);
    (this.authDropdown as HTMLElement & { value: string }).value = this.state.auth;
    this.updateVisibility();
    this.validateNow();
  }

  private updateVisibility(): void {
    const shown = new Set(fieldsFor(this.kind, this.state.draft.loaKind));
    for (const [name, control] of Object.entries(this.controls) as Array<[FieldName, NonNullable<Controls[FieldName]>]>) control.wrapper.hidden = !shown.has(name);
    const blanket = this.state.draft.loaKind === 'blanket' && this.kind === 'standard';
    this.layout.personGroup.hidden = blanket;
    this.layout.addressGroup.hidden = blanket;
  }

  private setConnection(connection: ConnectionInfo): void {
    setText(this.connectionLine, connection.connected ? `Sends to: ${connection.label}` : 'Not connected: Submit will ask you to sign in or start the offline sandbox.');
    setText(this.snippetHost, `Copy as cURL and Save as .http file point at ${connection.snippetHost}.`);
  }

  // ---- editing ----

  private fieldOf(target: EventTarget | null): FieldName | undefined {
    const el = target instanceof Element ? target.closest('[data-field]') : null;
    const name = el?.getAttribute('data-field');
    return name && FIELD_NAMES.has(name) ? (name as FieldName) : undefined;
  }

  private onEdit(event: Event): void {
    const name = this.fieldOf(event.target);
    if (!name) return;
    const control = this.controls[name];
    if (!control) return;
    const value = control.get();
    const draft = { ...this.state.draft };
    if (name === 'migrateToSinchTmo') draft.migrateToSinchTmo = value === true;
    else if (name === 'regionCode') draft.regionCode = value === 'CA' ? 'CA' : 'US';
    else if (name === 'loaKind') draft.loaKind = value === 'reseller' || value === 'blanket' ? value : 'direct';
    else draft[name] = String(value);
    if (name === 'scheduledLocal') draft.scheduledUtc = localInputToUtcIso(draft.scheduledLocal) ?? '';
    const changed = draft[name] !== this.state.draft[name];
    this.state.draft = draft;
    if (!changed) return;
    delete this.serverErrors[name];
    if (event.type === 'change' || name === 'loaKind' || name === 'regionCode' || name === 'migrateToSinchTmo') this.markTouched(name);
    else this.touched.add(name);
    if (name === 'loaKind') this.updateVisibility();
    // The picker offers the region's numbers only: an open one follows a change of region.
    if (name === 'regionCode' && !this.layout.picker.hidden) void this.openPicker();
    this.persist();
    this.scheduleValidate();
  }

  private markTouched(name: FieldName): void {
    if (this.touched.has(name)) return;
    this.touched.add(name);
    this.persist();
    this.scheduleValidate();
  }

  /** setState at once (survives hiding and reload); the host's workspace copy a little later. */
  private persist(): void {
    this.state.touched = [...this.touched];
    vscode.setState(this.state);
    if (this.syncTimer) clearTimeout(this.syncTimer);
    setText(this.draftStatus, '');
    this.syncTimer = setTimeout(() => {
      this.syncTimer = undefined;
      vscode.postMessage({ type: 'draftChanged', draft: this.state.draft });
    }, DRAFT_SYNC_MS);
  }

  private scheduleValidate(): void {
    if (this.validateTimer) clearTimeout(this.validateTimer);
    // Long lists take a while to parse: wait for a longer pause in the typing before re-reading them.
    const delay = this.state.draft.numbersText.length > 20_000 ? VALIDATE_MS * 4 : VALIDATE_MS;
    this.validateTimer = setTimeout(() => this.validateNow(), delay);
  }

  // ---- validation and preview ----

  private validateNow(): ValidationResult {
    if (this.validateTimer) clearTimeout(this.validateTimer);
    const v = validateDraft(this.state.draft, this.kind, { now: new Date() });
    for (const [name, control] of Object.entries(this.controls) as Array<[FieldName, NonNullable<Controls[FieldName]>]>) {
      const visible = this.showAll || this.touched.has(name);
      control.setMessage(this.serverErrors[name] ?? (visible ? v.errors[name] : undefined), v.warnings[name]);
    }
    const utc = this.state.draft.scheduledUtc;
    this.controls.scheduledLocal?.setHint(this.state.draft.scheduledLocal !== '' && utc !== '' ? `Sent as ${utc} (UTC).` : '');
    // The "Not sent" banner follows the fields: its count drops as they are fixed, it goes when none is left.
    if (this.bannerIsValidation) {
      if (v.ok) this.say('');
      else this.showAttention(v);
    }
    this.renderNumbersSummary(v);
    this.renderPreview(v);
    setText(this.submitButton, v.orderCount > 1 ? `Submit ${v.orderCount} orders` : 'Submit');
    return v;
  }

  private renderNumbersSummary(v: ValidationResult): void {
    const n = v.numbers;
    setText(this.layout.numbersSummary, numbersSummary(v, this.state.draft.regionCode));
    const bar = this.layout.moveBar;
    clear(bar);
    bar.hidden = n.otherForm.length === 0;
    if (n.otherForm.length > 0) {
      const other = this.kind === 'standard' ? 'toll-free' : 'standard';
      const list = n.otherForm.length <= 5 ? n.otherForm.map(formatNanp).join(', ') : `${n.otherForm.length} numbers`;
      const move = this.button('move-numbers', `Move ${n.otherForm.length === 1 ? 'it' : 'them'} to the ${other} form`, () => void this.moveNumbers(n.otherForm));
      bar.append(h('span', {}, `${list} ${n.otherForm.length === 1 ? 'belongs' : 'belong'} in the ${other} form. `), move);
    }
  }

  private renderPreview(v: ValidationResult): void {
    const chunks = splitIntoOrders(v.numbers.accepted);
    const first = chunks[0] ?? [];
    setText(this.preview, requestJson(buildRequest(this.kind, this.state.draft, first)));
    setText(this.previewCaption, chunks.length > 1
      ? `The exact body of order 1 of ${chunks.length} (${first.length} numbers); the others differ only in their numbers.`
      : `The exact JSON body that ${this.kind === 'standard' ? 'POST …/qualifiedNumbers:textEnableNumbers' : 'POST …/qualifiedNumbers:textEnableTollFreeNumbers'} sends.${v.ok ? '' : ' Fields with errors are sent as typed until fixed.'}`);
  }

  // ---- actions ----

  private say(text: string, kind: 'info' | 'error' = 'info', details: string[] = [], action?: HTMLElement): void {
    this.bannerIsValidation = false;
    clear(this.banner);
    this.banner.hidden = text === '';
    this.banner.className = `banner ${kind}`;
    this.banner.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    if (text === '') return;
    this.banner.append(h('div', {}, text), ...details.map((d) => h('div', { class: 'detail' }, d)));
    if (action) this.banner.append(action);
  }

  private showAttention(v: ValidationResult): void {
    this.say(attentionMessage(v), 'error');
    this.bannerIsValidation = true;
  }

  private applyServerErrors(error: ErrorInfo | undefined): void {
    this.serverErrors = { ...(error?.fieldErrors ?? {}) };
    this.validateNow();
  }

  private focusFirstError(errors: FieldMessages): void {
    const first = (Object.keys(this.controls) as FieldName[]).find((name) => errors[name] && !this.controls[name]?.wrapper.hidden);
    if (first) this.controls[first]?.focusTarget.focus();
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
    const remove = this.button('remove-not-ready', count === 1 ? 'Remove it from the form' : `Remove these ${count} numbers from the form`, () => {
      const before = this.state.draft;
      this.state.draft = { ...before, numbersText: withoutNumbers(before.numbersText, numbers) };
      this.controls.numbersText?.set(this.state.draft.numbersText);
      delete this.serverErrors.numbersText;
      this.persist();
      this.validateNow();
      const undo = this.button('undo-remove', 'Undo', () => {
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
    renderResults(this.results, this.state.results, nextSteps(this.state.draft.loaKind, this.state.draft.email));
    if (failed.length === 0) this.say(`Submitted: ${sentNumbers.length} number${sentNumbers.length === 1 ? '' : 's'} in ${outcome.orders.length} order${outcome.orders.length === 1 ? '' : 's'}.`);
    else this.say(`${failed.length} of ${outcome.orders.length} order${outcome.orders.length === 1 ? '' : 's'} failed; ${failed.length === 1 ? 'its' : 'their'} numbers stay in the form to send again.`, 'error', firstFailure ? firstFailure.error.details : []);
  }

  private async snippet(type: 'copyCurl' | 'saveHttpFile'): Promise<void> {
    const { answer } = request(type, { draft: this.state.draft, auth: this.state.auth });
    const result = await answer;
    if (result.ok) this.say(result.result.message);
    else this.say(result.error.message, 'error');
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
    if (this.syncTimer) clearTimeout(this.syncTimer);
    this.syncTimer = undefined;
    setText(this.draftStatus, '');
    vscode.postMessage({ type: 'reset' });
    this.fillControls();
    renderResults(this.results, [], '');
    const undo = this.button('undo-reset', 'Undo', () => {
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

  private async openPicker(): Promise<void> {
    const picker = this.layout.picker;
    clear(picker);
    picker.hidden = false;
    picker.append(h('p', { 'aria-live': 'polite' }, h('vscode-progress-ring', {}), ' Loading qualified numbers…'));
    const { answer } = request('listPickable', {});
    const result = await answer;
    clear(picker);
    if (!result.ok) {
      picker.append(h('p', { class: 'field-error' }, result.error.message), this.button('close-picker', 'Close', () => (picker.hidden = true)));
      return;
    }
    const { truncated } = result.result;
    const region = this.state.draft.regionCode;
    const { offered: numbers, otherRegion } = pickerChoice(result.result.numbers, this.kind, region);
    const hidden = otherRegion > 0 ? h('p', { class: 'section-help', id: 'picker-hidden' }, hiddenByRegion(otherRegion, region)) : undefined;
    if (numbers.length === 0) {
      append(picker, h('p', {}, `No ${this.kind === 'standard' ? `${region} ` : 'toll-free '}numbers are Verified or Hosting failed right now.`), hidden, this.button('close-picker', 'Close', () => (picker.hidden = true)));
      return;
    }
    const inForm = new Set(validateDraft(this.state.draft, this.kind, { now: new Date() }).numbers.accepted);
    const boxes = numbers.map((n) => {
      const box = h('vscode-checkbox', { value: n.phoneNumber, class: 'pick' }, `${formatNanp(n.phoneNumber)} · ${n.stateLabel}${n.regionCode ? ` · ${n.regionCode}` : ''}`);
      if (inForm.has(n.phoneNumber)) box.setAttribute('checked', '');
      return box;
    });
    const add = this.button('add-picked', 'Add selected', () => {
      const picked = boxes.filter((b) => (b as HTMLElement & { checked: boolean }).checked).map((b) => b.getAttribute('value') ?? '');
      this.state.draft = { ...this.state.draft, numbersText: withNumbers(this.state.draft.numbersText, picked.filter((p) => p !== '')) };
      this.controls.numbersText?.set(this.state.draft.numbersText);
      this.touched.add('numbersText');
      this.persist();
      this.validateNow();
      picker.hidden = true;
      this.controls.numbersText?.focusTarget.focus();
    }, 'primary');
    const all = this.button('pick-all', 'Select all', () => boxes.forEach((b) => ((b as HTMLElement & { checked: boolean }).checked = true)));
    append(picker,
      h('p', {}, `${numbers.length} number${numbers.length === 1 ? '' : 's'} can be text-enabled${truncated ? ' (the first ones only)' : ''}:`),
      hidden,
      h('div', { class: 'pick-list' }, ...boxes),
      h('div', { class: 'row' }, add, all, this.button('close-picker', 'Close', () => (picker.hidden = true))));
    (boxes[0] as HTMLElement | undefined)?.focus();
  }
}
