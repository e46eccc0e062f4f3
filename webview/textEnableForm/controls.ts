// Form controls built from the toolkit's web components (and one native date-time input, which
// the toolkit lacks), each with its label, an error line and, where useful, a hint.
import type { FieldName } from '../../src/model/textEnable/fields';
import { h, setText } from './dom';

/** What the toolkit components expose that we use (they are FAST elements with these properties). */
interface ValueElement extends HTMLElement {
  value: string;
}
interface CheckedElement extends HTMLElement {
  checked: boolean;
}

export interface Control {
  name: FieldName;
  /** The block to show or hide with the field. */
  wrapper: HTMLElement;
  /** What gets focus when the user is sent to the field. */
  focusTarget: HTMLElement;
  get(): string | boolean;
  set(value: string | boolean): void;
  /** Shows an error (blocking) or a warning (not), or clears both. */
  setMessage(error: string | undefined, warning?: string): void;
  /** A quiet line under the field (e.g. the UTC time a local time becomes). */
  setHint(text: string): void;
}

function messageLines(name: FieldName): { error: HTMLElement; warning: HTMLElement; hint: HTMLElement } {
  return {
    error: h('div', { class: 'field-error', id: `err-${name}`, 'aria-live': 'polite' }),
    warning: h('div', { class: 'field-warning', id: `warn-${name}`, 'aria-live': 'polite' }),
    hint: h('div', { class: 'field-hint', id: `hint-${name}` }),
  };
}

function wire(name: FieldName, wrapper: HTMLElement, input: HTMLElement, label: string, get: () => string | boolean, set: (v: string | boolean) => void): Control {
  const lines = messageLines(name);
  wrapper.append(lines.error, lines.warning, lines.hint);
  return {
    name,
    wrapper,
    focusTarget: input,
    get,
    set,
    setMessage(error, warning) {
      setText(lines.error, error ?? '');
      setText(lines.warning, error ? '' : warning ?? '');
      wrapper.classList.toggle('invalid', !!error);
      if (error) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      // The toolkit's inner <input> lives in a shadow root, out of reach of aria-describedby:
      // fold the message into its accessible name instead.
      if (input.tagName.startsWith('VSCODE-')) input.setAttribute('aria-label', error ? `${label}. Error: ${error}` : warning ? `${label}. ${warning}` : label);
    },
    setHint(text) {
      setText(lines.hint, text);
    },
  };
}

export interface TextOptions {
  type?: 'text' | 'email' | 'url';
  placeholder?: string;
  maxLength?: number;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
}

export function textControl(name: FieldName, label: string, options: TextOptions = {}): Control {
  const tag = options.multiline ? 'vscode-text-area' : 'vscode-text-field';
  const input = h(tag, {
    id: `f-${name}`,
    name,
    'data-field': name,
    type: options.multiline ? undefined : options.type ?? 'text',
    placeholder: options.placeholder,
    maxlength: options.maxLength === undefined ? undefined : String(options.maxLength),
    required: options.required,
    rows: options.rows === undefined ? undefined : String(options.rows),
    resize: options.multiline ? 'vertical' : undefined,
    spellcheck: 'false',
  }, label) as ValueElement;
  const wrapper = h('div', { class: `field field-${name}` }, input);
  return wire(name, wrapper, input, label, () => input.value ?? '', (v) => {
    if (input.value !== v) input.value = String(v);
  });
}

export function dropdownControl(name: FieldName, label: string, options: Array<[string, string]>): Control {
  const id = `f-${name}`;
  const labelEl = h('label', { for: id, class: 'control-label' }, label);
  const input = h('vscode-dropdown', { id, 'data-field': name, 'aria-label': label }, ...options.map(([value, text]) => h('vscode-option', { value }, text))) as ValueElement;
  const wrapper = h('div', { class: `field field-${name}` }, labelEl, input);
  return wire(name, wrapper, input, label, () => input.value, (v) => {
    if (input.value !== v) input.value = String(v);
  });
}

export function radioControl(name: FieldName, label: string, options: Array<[string, string]>): Control {
  const input = h('vscode-radio-group', { id: `f-${name}`, 'data-field': name, orientation: 'horizontal' },
    h('label', { slot: 'label' }, label),
    ...options.map(([value, text]) => h('vscode-radio', { value, id: `f-${name}-${value}` }, text))) as ValueElement;
  const wrapper = h('div', { class: `field field-${name}` }, input);
  const radios = (): CheckedElement[] => Array.from(input.querySelectorAll('vscode-radio')) as unknown as CheckedElement[];
  return wire(name, wrapper, input, label,
    () => (radios().find((r) => r.checked)?.getAttribute('value') ?? input.value ?? ''),
    (v) => {
      for (const r of radios()) r.checked = r.getAttribute('value') === v;
      input.value = String(v);
    });
}

export function checkboxControl(name: FieldName, label: string): Control {
  const input = h('vscode-checkbox', { id: `f-${name}`, 'data-field': name }, label) as CheckedElement;
  const wrapper = h('div', { class: `field field-${name}` }, input);
  return wire(name, wrapper, input, label, () => input.checked, (v) => {
    if (input.checked !== v) input.checked = v === true;
  });
}

/** Native date-time picker in local time (the toolkit has none); styled with the theme's input colours. */
export function dateTimeControl(name: FieldName, label: string): Control {
  const id = `f-${name}`;
  const input = h('input', { id, type: 'datetime-local', class: 'native-input', 'data-field': name, 'aria-describedby': `err-${name} warn-${name} hint-${name}` });
  const wrapper = h('div', { class: `field field-${name}` }, h('label', { for: id, class: 'control-label' }, label), input);
  return wire(name, wrapper, input, label, () => input.value, (v) => {
    if (input.value !== v) input.value = String(v);
  });
}
