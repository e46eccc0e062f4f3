// The message line at the top of the form: what just happened, or what went wrong (with details
// and an optional action such as "Undo"). Errors are announced at once (role=alert).
import { clear, h } from './dom';

export class Banner {
  readonly element = h('div', { class: 'banner', id: 'banner', role: 'status', 'aria-live': 'polite', hidden: true });
  /** The banner shows "Not sent: fields need attention": it goes once the fields are fixed. */
  isValidation = false;

  say(text: string, kind: 'info' | 'error' = 'info', details: string[] = [], action?: HTMLElement): void {
    this.isValidation = false;
    const banner = this.element;
    clear(banner);
    banner.hidden = text === '';
    banner.className = `banner ${kind}`;
    banner.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    if (text === '') return;
    banner.append(h('div', {}, text), ...details.map((d) => h('div', { class: 'detail' }, d)));
    if (action) banner.append(action);
  }
}
