// The request preview: the exact JSON body of the first order as typed (from the shared
// draft -> orders pipeline), with the snippet buttons and the choice of how snippets authenticate.
import { requestJson } from '../../src/model/textEnable/build';
import { SNIPPET_AUTHS, type SnippetAuth } from '../../src/model/textEnable/endpoints';
import type { FormKind } from '../../src/model/textEnable/fields';
import type { TextEnableOrder } from '../../src/model/textEnable/orders';
import type { ValidationResult } from '../../src/model/textEnable/validate';
import { button, h, setText } from './dom';

export class RequestPreview {
  private readonly code = h('code', { id: 'preview-json' });
  private readonly caption = h('p', { class: 'section-help', id: 'preview-caption' });
  private readonly authDropdown = h('vscode-dropdown', { id: 'snippet-auth', 'aria-label': 'Authentication in snippets' },
    h('vscode-option', { value: 'basic' }, 'Basic: $SINCH_KEY_ID:$SINCH_KEY_SECRET'),
    h('vscode-option', { value: 'bearer' }, 'Bearer: $TOKEN'));

  constructor(private readonly kind: FormKind) {}

  /** The section, wired to the form: a snippet button was clicked, the auth choice changed. */
  section(onSnippet: (type: 'copyCurl' | 'saveHttpFile') => void, onAuth: (auth: SnippetAuth) => void): HTMLElement {
    this.authDropdown.addEventListener('change', () => {
      const value = (this.authDropdown as HTMLElement & { value: string }).value;
      if (SNIPPET_AUTHS.includes(value as SnippetAuth)) onAuth(value as SnippetAuth);
    });
    return h('section', { 'aria-labelledby': 'h-preview' },
      h('h2', { id: 'h-preview' }, 'Request preview'),
      this.caption,
      h('pre', { class: 'preview', tabindex: '0', 'aria-label': 'JSON body of the request' }, this.code),
      h('div', { class: 'row' },
        h('label', { class: 'control-label inline', for: 'snippet-auth' }, 'Snippets authenticate with'), this.authDropdown,
        button('copy-curl', 'Copy as cURL', () => onSnippet('copyCurl')),
        button('save-http', 'Save as .http file', () => onSnippet('saveHttpFile'))));
  }

  showAuth(auth: SnippetAuth): void {
    (this.authDropdown as HTMLElement & { value: string }).value = auth;
  }

  render(v: ValidationResult, orders: readonly TextEnableOrder[]): void {
    const first = orders[0];
    setText(this.code, requestJson(first.request));
    setText(this.caption, orders.length > 1
      ? `The exact body of order 1 of ${orders.length} (${first.numbers.length} numbers); the others differ only in their numbers.`
      : `The exact JSON body that ${this.kind === 'standard' ? 'POST …/qualifiedNumbers:textEnableNumbers' : 'POST …/qualifiedNumbers:textEnableTollFreeNumbers'} sends.${v.ok ? '' : ' Fields with errors are sent as typed until fixed.'}`);
  }
}
