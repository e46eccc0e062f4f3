// Builders for complete, valid drafts; each test changes only what it is about.
import { emptyDraft, type TextEnableDraft } from '../../../src/model/textEnable/fields';

export const NOW = new Date('2030-06-01T12:00:00.000Z');

export function validStandardDraft(overrides: Partial<TextEnableDraft> = {}): TextEnableDraft {
  return {
    ...emptyDraft(),
    regionCode: 'US',
    numbersText: '+12025550134\n(202) 555-0135',
    servicePlanId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    campaignId: 'C3O84GA',
    loaKind: 'direct',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    buildingNumber: '1600',
    street: 'Pennsylvania Avenue NW',
    city: 'Washington',
    state: 'DC',
    postalCode: '20500',
    country: 'US',
    currentVoiceCarrier: 'Verizon',
    ...overrides,
  };
}

export function validTollFreeDraft(overrides: Partial<TextEnableDraft> = {}): TextEnableDraft {
  return validStandardDraft({ numbersText: '+18335870229, +18339460473', campaignId: '', ...overrides });
}

/** n distinct valid geographic numbers: +1202555xxxx style, deterministic. */
export function manyNumbers(n: number, areaCode = '202'): string[] {
  return Array.from({ length: n }, (_, i) => `+1${areaCode}${String(2000000 + i).padStart(7, '0')}`);
}
