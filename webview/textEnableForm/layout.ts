// Builds the form's controls and sections for one kind of form.
import { FIELD_LABELS, MAX_LENGTH, scheduledLabel, type FieldName, type FormKind } from '../../src/model/textEnable/fields';
import { checkboxControl, dateTimeControl, dropdownControl, radioControl, textControl, type Control } from './controls';
import { h } from './dom';

export type Controls = Partial<Record<FieldName, Control>>;

export interface Layout {
  controls: Controls;
  /** Sections in display order. */
  numbersSection: HTMLElement;
  orderSection: HTMLElement;
  loaSection: HTMLElement;
  personGroup: HTMLElement;
  addressGroup: HTMLElement;
  /** Slots the form fills in: the numbers summary and the flagged-numbers bar, the picker. */
  numbersSummary: HTMLElement;
  moveBar: HTMLElement;
  pickButton: HTMLElement;
  picker: HTMLElement;
  /** "Use the local listener", beside the callback URL. */
  listenerButton: HTMLElement;
}

const REQUIRED: ReadonlySet<FieldName> = new Set(['numbersText', 'servicePlanId', 'campaignId', 'firstName', 'lastName', 'email', 'buildingNumber', 'street', 'city', 'state', 'postalCode', 'country', 'currentVoiceCarrier', 'businessName']);

function text(name: FieldName, extra: Parameters<typeof textControl>[2] = {}): Control {
  return textControl(name, FIELD_LABELS[name], { maxLength: name === 'numbersText' ? undefined : MAX_LENGTH[name as Exclude<FieldName, 'regionCode' | 'loaKind' | 'migrateToSinchTmo'>], required: REQUIRED.has(name), ...extra });
}

export function buildLayout(kind: FormKind): Layout {
  const c: Controls = {};
  c.regionCode = dropdownControl('regionCode', FIELD_LABELS.regionCode, [['US', 'United States (US)'], ['CA', 'Canada (CA)']]);
  c.numbersText = text('numbersText', {
    multiline: true,
    rows: 6,
    placeholder: kind === 'standard' ? '+12025550134\n(202) 555-0135' : '+18335870229\n833-946-0473',
  });
  const numbersSummary = h('p', { class: 'numbers-summary', id: 'numbers-summary', 'aria-live': 'polite' });
  const moveBar = h('div', { class: 'move-bar', id: 'move-bar', hidden: true });
  const pickButton = h('vscode-button', { appearance: 'secondary', id: 'pick-numbers' }, 'Pick from qualified numbers…');
  const picker = h('div', { class: 'picker', id: 'picker', hidden: true, role: 'group', 'aria-label': 'Qualified numbers that can be text-enabled' });
  const numbersSection = h('section', { 'aria-labelledby': 'h-numbers' },
    h('h2', { id: 'h-numbers' }, 'Numbers'),
    h('p', { class: 'section-help' }, kind === 'standard'
      ? 'Verified (or previously failed) 10-digit numbers: paste them one per line, or pick them from your qualified numbers.'
      : 'Verified (or previously failed) toll-free numbers (800, 833, 844, 855, 866, 877, 888): paste them one per line, or pick them.'),
    c.regionCode.wrapper, c.numbersText.wrapper, numbersSummary, moveBar, h('div', { class: 'row' }, pickButton), picker);

  c.servicePlanId = text('servicePlanId', { placeholder: '07d6c2621f364b68856fe4938b7bb78f' });
  if (kind === 'standard') c.campaignId = text('campaignId', { placeholder: 'C3O84GA' });
  c.displayName = text('displayName', { placeholder: 'Optional, e.g. Spring launch' });
  if (kind === 'standard') c.nnid = text('nnid', { placeholder: 'Optional: Sinch\'s NNID by default' });
  c.scheduledLocal = dateTimeControl('scheduledLocal', `${scheduledLabel(kind)} (your local time, optional)`);
  c.callbackUrl = text('callbackUrl', { type: 'url', placeholder: 'Optional, https://example.com/sinch/callbacks' });
  const listenerButton = h('vscode-button', { appearance: 'secondary', id: 'use-local-listener', title: 'Start the callback listener and use its URL: the Callbacks view shows what arrives' }, 'Use the local listener');
  c.callbackUrl.wrapper.append(listenerButton);
  c.migrateToSinchTmo = checkboxControl('migrateToSinchTmo', 'Migrate to Sinch on T-Mobile (the number is with another aggregator on T-Mobile today)');
  const orderSection = h('section', { 'aria-labelledby': 'h-order' },
    h('h2', { id: 'h-order' }, 'Order'),
    h('div', { class: 'grid' }, c.servicePlanId.wrapper, c.campaignId?.wrapper, c.displayName.wrapper, c.nnid?.wrapper),
    h('div', { class: 'grid' }, c.scheduledLocal.wrapper, c.callbackUrl.wrapper),
    c.migrateToSinchTmo.wrapper);

  const loaOptions: Array<[string, string]> = [['direct', 'Direct customer'], ['reseller', 'Reseller']];
  if (kind === 'standard') loaOptions.push(['blanket', 'Blanket LoA (approved by Sinch)']);
  c.loaKind = radioControl('loaKind', 'Kind of Letter of Authorization', loaOptions);
  c.businessName = text('businessName');
  c.firstName = text('firstName');
  c.lastName = text('lastName');
  c.email = text('email', { type: 'email', placeholder: 'The LoA is sent here to be signed' });
  c.buildingNumber = text('buildingNumber');
  c.street = text('street');
  c.city = text('city');
  c.state = text('state', { placeholder: 'e.g. NY or ON' });
  c.postalCode = text('postalCode');
  c.country = text('country', { placeholder: 'e.g. US or Canada' });
  c.currentVoiceCarrier = text('currentVoiceCarrier', { placeholder: 'e.g. Verizon' });
  const personGroup = h('fieldset', { class: 'group' },
    h('legend', {}, 'Authorised person (signs the LoA)'),
    h('div', { class: 'grid' }, c.firstName.wrapper, c.lastName.wrapper, c.email.wrapper));
  const addressGroup = h('fieldset', { class: 'group' },
    h('legend', {}, 'Business'),
    h('div', { class: 'grid' }, c.businessName.wrapper, c.currentVoiceCarrier.wrapper),
    h('div', { class: 'grid' }, c.buildingNumber.wrapper, c.street.wrapper, c.city.wrapper),
    h('div', { class: 'grid' }, c.state.wrapper, c.postalCode.wrapper, c.country.wrapper));
  const loaSection = h('section', { 'aria-labelledby': 'h-loa' },
    h('h2', { id: 'h-loa' }, 'Letter of Authorization'),
    h('p', { class: 'section-help' }, 'Sinch generates a Letter of Authorization (LoA) from these details and e-mails it to the authorised person to sign.'),
    c.loaKind.wrapper, personGroup, addressGroup);

  return { controls: c, numbersSection, orderSection, loaSection, personGroup, addressGroup, numbersSummary, moveBar, pickButton, picker, listenerButton };
}
