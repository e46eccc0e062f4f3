// "Pick numbers": the numbers that can be text-enabled now (listed by the host), as checkboxes with
// those already in the form ticked; "Add selected" hands the picked ones back to the form.
import type { RegionCode } from '../../src/api/types';
import { formatNanp } from '../../src/model/phone';
import { hiddenByRegion, pickerChoice } from '../../src/model/textEnable/numbersSummary';
import type { FormKind } from '../../src/model/textEnable/fields';
import { append, button, clear, h } from './dom';
import { request } from './rpc';

export async function openPicker(picker: HTMLElement, kind: FormKind, region: RegionCode, inForm: ReadonlySet<string>, onAdd: (picked: string[]) => void): Promise<void> {
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
  const { truncated } = result.result;
  // Only numbers that fit the form: its kind and, for geographic numbers, its region.
  const { offered: numbers, otherRegion } = pickerChoice(result.result.numbers, kind, region);
  const hidden = otherRegion > 0 ? h('p', { class: 'section-help', id: 'picker-hidden' }, hiddenByRegion(otherRegion, region)) : undefined;
  if (numbers.length === 0) {
    append(picker, h('p', {}, `No ${kind === 'standard' ? `${region} ` : 'toll-free '}numbers are Verified or Hosting failed right now.`), hidden, button('close-picker', 'Close', () => (picker.hidden = true)));
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
  append(picker,
    h('p', {}, `${numbers.length} number${numbers.length === 1 ? '' : 's'} can be text-enabled${truncated ? ' (the first ones only)' : ''}:`),
    hidden,
    h('div', { class: 'pick-list' }, ...boxes),
    h('div', { class: 'row' }, add, all, button('close-picker', 'Close', () => (picker.hidden = true))));
  (boxes[0] as HTMLElement | undefined)?.focus();
}
