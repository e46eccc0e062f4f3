// Words for a number in a quick pick. VS Code's pick filter matches each field as one contiguous
// piece of text, so a pasted "3128025752" or "+13128025752" never matched the label
// "+1 312-802-5752": the description carries the E.164 form, which both are pieces of.
import type { QualifiedNumber } from '../api/types';
import { stateLabel } from './states';

/** "Verification failed · US · +13128025752" (shown with matchOnDescription). */
export function pickDescription(number: QualifiedNumber): string {
  return [stateLabel(String(number.globalProcessState)), number.regionCode, number.phoneNumber].filter(Boolean).join(' · ');
}
