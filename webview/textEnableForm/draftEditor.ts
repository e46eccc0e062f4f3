// The draft being edited: the state kept with setState, the controls, which fields were touched,
// and validation as the user types through the shared draft -> orders pipeline. TextEnableForm
// (form.ts) builds the page around it and shows each validation through `showValidation`.
import { localInputToUtcIso } from '../../src/model/textEnable/dates';
import type { ErrorInfo } from '../../src/model/textEnable/errorInfo';
import { emptyDraft, fieldsFor, type FieldName, type FormKind } from '../../src/model/textEnable/fields';
import { draftToOrders, type TextEnableOrder } from '../../src/model/textEnable/orders';
import type { FieldMessages, ValidationResult } from '../../src/model/textEnable/validate';
import type { WebviewPersistedState } from '../../src/model/webviewMessages';
import { h, setText } from './dom';
import { buildLayout, type Controls, type Layout } from './layout';
import { FIELD_NAMES, restoreState } from './persistedState';
import { vscode } from './vscodeApi';

const VALIDATE_MS = 120;

export abstract class DraftEditor {
  protected state: WebviewPersistedState;
  protected readonly restored: boolean;
  protected readonly layout: Layout;
  protected readonly controls: Controls;
  protected readonly touched: Set<FieldName>;
  protected serverErrors: FieldMessages = {};
  protected showAll = false;
  private validateTimer: ReturnType<typeof setTimeout> | undefined;
  /** Drafts sent to the extension and not yet confirmed: "Draft saved" waits until none is left. */
  private unconfirmed = 0;
  /** Reset form cleared the draft: confirmations of the drafts sent before it say nothing. */
  private cleared = false;
  /** "Draft saved" once the extension holds the latest draft (no live region: it changes as one types). */
  protected readonly draftStatus = h('span', { class: 'draft-status', id: 'draft-status' });

  constructor(protected readonly kind: FormKind) {
    const restored = restoreState(kind, vscode.getState());
    this.restored = restored !== undefined;
    this.state = restored ?? { kind, draft: emptyDraft(), touched: [], auth: 'basic', results: [] };
    this.touched = new Set(this.state.touched);
    this.layout = buildLayout(kind);
    this.controls = this.layout.controls;
  }

  /** What the page shows after each validation (banner, summary, preview, buttons). */
  protected abstract showValidation(v: ValidationResult, orders: readonly TextEnableOrder[]): void;

  protected updateVisibility(): void {
    const shown = new Set(fieldsFor(this.kind, this.state.draft.loaKind));
    for (const [name, control] of Object.entries(this.controls) as Array<[FieldName, NonNullable<Controls[FieldName]>]>) control.wrapper.hidden = !shown.has(name);
    const blanket = this.state.draft.loaKind === 'blanket' && this.kind === 'standard';
    this.layout.personGroup.hidden = blanket;
    this.layout.addressGroup.hidden = blanket;
  }

  // ---- editing ----

  protected fieldOf(target: EventTarget | null): FieldName | undefined {
    const el = target instanceof Element ? target.closest('[data-field]') : null;
    const name = el?.getAttribute('data-field');
    return name && FIELD_NAMES.has(name) ? (name as FieldName) : undefined;
  }

  protected onEdit(event: Event): void {
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
    this.persist();
    this.scheduleValidate();
  }

  protected markTouched(name: FieldName): void {
    if (this.touched.has(name)) return;
    this.touched.add(name);
    this.persist();
    this.scheduleValidate();
  }

  /**
   * setState (survives hiding and reload) and the extension's workspace copy, both at once: a copy
   * sent a moment later was lost when the panel closed within that moment.
   */
  protected persist(): void {
    this.state.touched = [...this.touched];
    vscode.setState(this.state);
    this.unconfirmed += 1;
    this.cleared = false;
    vscode.postMessage({ type: 'draftChanged', draft: this.state.draft });
  }

  protected scheduleValidate(): void {
    if (this.validateTimer) clearTimeout(this.validateTimer);
    // Long lists take a while to parse: wait for a longer pause in the typing before re-reading them.
    const delay = this.state.draft.numbersText.length > 20_000 ? VALIDATE_MS * 4 : VALIDATE_MS;
    this.validateTimer = setTimeout(() => this.validateNow(), delay);
  }

  // ---- validation ----

  protected validateNow(): ValidationResult {
    if (this.validateTimer) clearTimeout(this.validateTimer);
    const { validation: v, orders } = draftToOrders(this.kind, this.state.draft, { now: new Date() });
    for (const [name, control] of Object.entries(this.controls) as Array<[FieldName, NonNullable<Controls[FieldName]>]>) {
      const visible = this.showAll || this.touched.has(name);
      control.setMessage(this.serverErrors[name] ?? (visible ? v.errors[name] : undefined), v.warnings[name]);
    }
    const utc = this.state.draft.scheduledUtc;
    this.controls.scheduledLocal?.setHint(this.state.draft.scheduledLocal !== '' && utc !== '' ? `Sent as ${utc} (UTC).` : '');
    this.showValidation(v, orders);
    return v;
  }

  /** The extension stored a draft: say so once it holds the latest one. */
  protected draftSaved(): void {
    this.unconfirmed = Math.max(0, this.unconfirmed - 1);
    if (this.unconfirmed === 0 && !this.cleared) setText(this.draftStatus, 'Draft saved');
  }

  /** Reset form: no "Draft saved" line until the next edit is stored. */
  protected clearDraftStatus(): void {
    this.cleared = true;
    setText(this.draftStatus, '');
  }

  protected applyServerErrors(error: ErrorInfo | undefined): void {
    this.serverErrors = { ...(error?.fieldErrors ?? {}) };
    this.validateNow();
  }

  protected focusFirstError(errors: FieldMessages): void {
    const first = (Object.keys(this.controls) as FieldName[]).find((name) => errors[name] && !this.controls[name]?.wrapper.hidden);
    if (first) this.controls[first]?.focusTarget.focus();
  }
}
