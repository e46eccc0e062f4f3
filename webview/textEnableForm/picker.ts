// "Pick numbers": the numbers that can be text-enabled now (listed by the host), as checkboxes with
// those already in the form ticked; "Add selected" hands the picked ones back to the form.
import { formatNanp } from '../../src/model/phone';
import type { FormKind } from '../../src/model/textEnable/fields';
import { button, clear, h } from './dom';
import { request } from './rpc';

export async function openPicker(picker: HTMLElement, kind: FormKind, inForm: ReadonlySet<string>, onAdd: (picked: string[]) => void): Promise<void> {
  clear(picker);
  picker.hidden = false;
  picker.append(h('p', { 'aria-live': 'polite' }, h('vscode-progress-ring', {}), ' Loading qualified numbers…'));
  const { answer } = request('listPickable', {});
  const result = await answer;
  clear(picker);
  if (!result.ok) {
    picker.append(h('p', { class: 'field-error' }, result.error.message), button('close-picker', 'Close', () => (picker.hidden = true)));
    return;
  }
  const { numbers, truncated } = result.result;
  if (numbers.length === 0) {
    picker.append(h('p', {}, `No ${kind === 'standard' ? '' : 'toll-free '}numbers are Verified or Hosting failed right now.`), button('close-picker', 'Close', () => (picker.hidden = true)));
    return;
  }
  const boxes = numbers.map((n) => {
    const box = h('vscode-checkbox', { value: n.phoneNumber, class: 'pick' }, `${formatNanp(n.phoneNumber)} · ${n.stateLabel}${n.regionCode ? ` · ${n.regionCode}` : ''}`);
    if (inForm.has(n.phoneNumber)) box.setAttribute('checked', '');
    return box;
  });
  const add = button('add-picked', 'Add selected', () => {
    const picked = boxes.filter((b) => (b as HTMLElement & { checked: boolean }).checked).map((b) => b.getAttribute('value') ?? '');
    onAdd(picked.filter((p) => p !== ''));
    picker.hidden = true;
  }, 'primary');
  const all = button('pick-all', 'Select all', () => boxes.forEach((b) => ((b as HTMLElement & { checked: boolean }).checked = true)));
  picker.append(
    h('p', {}, `${numbers.length} number${numbers.length === 1 ? '' : 's'} can be text-enabled${truncated ? ' (the first ones only)' : ''}:`),
    h('div', { class: 'pick-list' }, ...boxes),
    h('div', { class: 'row' }, add, all, button('close-picker', 'Close', () => (picker.hidden = true))));
  (boxes[0] as HTMLElement | undefined)?.focus();
}
