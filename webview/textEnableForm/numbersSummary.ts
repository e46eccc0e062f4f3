// The line under the numbers box ("3 numbers ready · 1 unreadable") and the bar offering to move
// numbers that belong in the other form.
import { formatNanp } from '../../src/model/phone';
import type { FormKind } from '../../src/model/textEnable/fields';
import type { ValidationResult } from '../../src/model/textEnable/validate';
import { button, clear, h, setText } from './dom';

export function renderNumbersSummary(summary: HTMLElement, bar: HTMLElement, kind: FormKind, v: ValidationResult, onMove: (numbers: string[]) => void): void {
  const n = v.numbers;
  const parts = [`${n.accepted.length} number${n.accepted.length === 1 ? '' : 's'} ready`];
  if (n.invalid.length > 0) parts.push(`${n.invalid.length} unreadable`);
  if (n.otherForm.length > 0) parts.push(`${n.otherForm.length} for the other form`);
  if (v.orderCount > 1) parts.push(`${v.orderCount} orders of at most 500`);
  setText(summary, `${parts.join(' · ')}.`);
  clear(bar);
  bar.hidden = n.otherForm.length === 0;
  if (n.otherForm.length > 0) {
    const other = kind === 'standard' ? 'toll-free' : 'standard';
    const list = n.otherForm.length <= 5 ? n.otherForm.map(formatNanp).join(', ') : `${n.otherForm.length} numbers`;
    const move = button('move-numbers', `Move ${n.otherForm.length === 1 ? 'it' : 'them'} to the ${other} form`, () => onMove(n.otherForm));
    bar.append(h('span', {}, `${list} ${n.otherForm.length === 1 ? 'belongs' : 'belong'} in the ${other} form. `), move);
  }
}
