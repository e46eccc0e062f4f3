// The line under the numbers box ("3 numbers ready · 1 unreadable") and the bar offering to move
// numbers that belong in the other form.
import type { RegionCode } from '../../src/api/types';
import { formatNanp } from '../../src/model/phone';
import { numbersSummary } from '../../src/model/textEnable/numbersSummary';
import type { FormKind } from '../../src/model/textEnable/fields';
import type { ValidationResult } from '../../src/model/textEnable/validate';
import { button, clear, h, setText } from './dom';

export function renderNumbersSummary(summary: HTMLElement, bar: HTMLElement, kind: FormKind, region: RegionCode, v: ValidationResult, onMove: (numbers: string[]) => void): void {
  const n = v.numbers;
  setText(summary, numbersSummary(v, region));
  clear(bar);
  bar.hidden = n.otherForm.length === 0;
  if (n.otherForm.length > 0) {
    const other = kind === 'standard' ? 'toll-free' : 'standard';
    const list = n.otherForm.length <= 5 ? n.otherForm.map(formatNanp).join(', ') : `${n.otherForm.length} numbers`;
    const move = button('move-numbers', `Move ${n.otherForm.length === 1 ? 'it' : 'them'} to the ${other} form`, () => onMove(n.otherForm));
    bar.append(h('span', {}, `${list} ${n.otherForm.length === 1 ? 'belongs' : 'belong'} in the ${other} form. `), move);
  }
}
