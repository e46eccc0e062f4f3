import assert from 'node:assert/strict';
import { pickDescription } from '../../../src/model/pickItems';

describe('number pick items', () => {
  it('carry the E.164 form, so pasted digits or +1 digits find the number', () => {
    const description = pickDescription({ phoneNumber: '+13128025752', regionCode: 'US', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED' });
    assert.equal(description, 'Verification failed · US · +13128025752');
    // VS Code's quick pick filter: a contiguous, case-insensitive piece of a field.
    for (const typed of ['3128025752', '+13128025752', '13128025752']) assert.ok(description.includes(typed), typed);
  });
});
