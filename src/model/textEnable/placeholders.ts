// What the empty boxes of the forms say. A placeholder must never look like a filled-in value
// (after an empty submit, "Service plan ID is required." under a box that seems to hold an ID
// reads as a bug): each one starts with "e.g." or "Optional", or describes the value in words. And
// each fits the narrowest box of the form's grid (240 px): a longer one was cut off mid-word.
export const MAX_GRID_PLACEHOLDER_CHARS = 32;
import type { FieldName, FormKind } from './fields';

const COMMON: Partial<Record<FieldName, string>> = {
  servicePlanId: 'Your SMS service plan ID',
  displayName: 'Optional, e.g. Spring launch',
  callbackUrl: 'e.g. https://example.com/hooks',
  email: 'The LoA is sent here to sign',
  state: 'e.g. NY or ON',
  country: 'e.g. US or Canada',
  currentVoiceCarrier: 'e.g. Verizon',
};

const STANDARD: Partial<Record<FieldName, string>> = {
  numbersText: 'e.g. +12025550134 or (202) 555-0135, one per line',
  campaignId: 'Your registered campaign ID',
  nnid: "Optional: Sinch's by default",
};

const TOLL_FREE: Partial<Record<FieldName, string>> = {
  numbersText: 'e.g. +18335870229 or 833-946-0473, one per line',
};

export function placeholderFor(kind: FormKind, name: FieldName): string | undefined {
  return (kind === 'standard' ? STANDARD : TOLL_FREE)[name] ?? COMMON[name];
}
