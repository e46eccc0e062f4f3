// Sinch's field violations name wire paths ("directLoaInfo.authorisedPerson.email", "numbers[3]",
// sometimes snake_case). This maps them onto the form's fields so the message shows next to the
// input it is about; what maps to no field is shown at the top of the form.
import type { FieldViolation } from '../../api/types';
import type { FieldName } from './fields';

const LEAF_TO_FIELD: Readonly<Record<string, FieldName>> = {
  regioncode: 'regionCode',
  numbers: 'numbersText',
  serviceplanid: 'servicePlanId',
  campaignid: 'campaignId',
  displayname: 'displayName',
  nnid: 'nnid',
  firstname: 'firstName',
  lastname: 'lastName',
  email: 'email',
  buildingnumber: 'buildingNumber',
  street: 'street',
  city: 'city',
  state: 'state',
  postalcode: 'postalCode',
  country: 'country',
  currentvoicecarrier: 'currentVoiceCarrier',
  businessname: 'businessName',
  scheduledosrupdatetime: 'scheduledLocal',
  scheduledzipwhipprovisioningtime: 'scheduledLocal',
  callbackurl: 'callbackUrl',
  migratetosinchtmo: 'migrateToSinchTmo',
  directloainfo: 'loaKind',
  resellerloainfo: 'loaKind',
  blanketloainfo: 'loaKind',
  authorisedperson: 'firstName',
  authorizedperson: 'firstName',
  address: 'street',
};

/** "directLoaInfo.authorised_person.email" -> "email"; "numbers[3]" -> "numbers". */
function leafOf(path: string): string {
  const segments = path.split('.').map((s) => s.replace(/\[\d*\]$/, '')).filter((s) => s !== '');
  return (segments[segments.length - 1] ?? '').replace(/_/g, '').toLowerCase();
}

export function fieldForViolation(path: string): FieldName | undefined {
  const leaf = leafOf(path);
  return Object.prototype.hasOwnProperty.call(LEAF_TO_FIELD, leaf) ? LEAF_TO_FIELD[leaf] : undefined;
}

export interface MappedViolations {
  fields: Partial<Record<FieldName, string>>;
  /** "path: description" for the violations no field matched. */
  unmatched: string[];
}

export function mapViolations(violations: readonly FieldViolation[]): MappedViolations {
  const result: MappedViolations = { fields: {}, unmatched: [] };
  for (const v of violations) {
    const field = fieldForViolation(v.field);
    if (field === undefined) {
      result.unmatched.push(v.field ? `${v.field}: ${v.description}` : v.description);
    } else {
      const previous = result.fields[field];
      result.fields[field] = previous ? `${previous} ${v.description}` : v.description;
    }
  }
  return result;
}
