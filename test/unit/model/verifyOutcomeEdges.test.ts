// After "Verify Voice Challenge": the tries left read from Sinch's words (any number of digits),
// "now" versus "still" when the state before was not known, and a state this version does not know.
import assert from 'node:assert/strict';
import { triesLeft, verifyReport } from '../../../src/model/verifyOutcome';

describe('verify outcome: edges', () => {
  it('reads a count of two digits', () => {
    assert.equal(triesLeft('12 more wrong codes block the number.'), 12);
    assert.equal(triesLeft('Three more wrong codes block it'), 3);
    assert.equal(triesLeft('wrong code'), undefined);
    assert.equal(triesLeft(undefined), undefined);
  });

  it('says "now" when the state before was unspecified', () => {
    const after = { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_UNSPECIFIED' } as const;
    assert.equal(verifyReport('GLOBAL_PROCESS_STATE_UNSPECIFIED', after).message, '+1 202-555-0134 is now unspecified.');
    assert.equal(verifyReport('GLOBAL_PROCESS_STATE_VERIFIED', { ...after, globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' }).message,
      '+1 202-555-0134 is still Verified: Ownership is proven; the number can be text-enabled.');
  });

  it('quotes Sinch when it does not say how many tries are left', () => {
    const report = verifyReport(undefined, {
      phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED', ownershipVerification: { status: 'FAILED', error: 'Code mismatch' },
    });
    assert.equal(
      report.message,
      'Wrong code for +1 202-555-0134. Sinch did not say how many tries are left ("Code mismatch"). The code from the same call still works: enter it again. Send a new challenge only if you missed or forgot the code.',
    );
  });
});
