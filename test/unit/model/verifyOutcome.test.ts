import assert from 'node:assert/strict';
import type { QualifiedNumber } from '../../../src/api/types';
import { triesLeft, verifyReport } from '../../../src/model/verifyOutcome';

const PHONE = '+12025550134';
const failed = (error?: string): QualifiedNumber => ({
  phoneNumber: PHONE,
  globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED',
  ownershipVerification: { status: 'FAILED', error },
});
const SANDBOX_WRONG = 'The code entered does not match the code in the voice call. 2 more wrong codes block the number.';

describe('verify voice challenge outcome', () => {
  it('after a wrong code, says how many tries are left, that the same code still works, and when a new call is needed', () => {
    const report = verifyReport('GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', failed(SANDBOX_WRONG));
    assert.equal(report.level, 'warning');
    assert.equal(
      report.message,
      'Wrong code for +1 202-555-0134. 2 more wrong codes block the number. The code from the same call still works: enter it again. Send a new challenge only if you missed or forgot the code.',
    );
    assert.doesNotMatch(report.message, /send a new challenge and try again/);
    assert.deepEqual(report.actions, ['Enter Code Again', 'Send New Challenge']);
  });

  it('does not report a number already failed as "now" failed, and warns before the last try', () => {
    const report = verifyReport('GLOBAL_PROCESS_STATE_VERIFICATION_FAILED', failed('… 1 more wrong code blocks the number.'));
    assert.match(report.message, /^Wrong code again for \+1 202-555-0134\. One more wrong code blocks the number: check the code before entering it\./);
    assert.doesNotMatch(report.message, /is now/);
  });

  it('quotes the server when it does not say how many tries are left', () => {
    assert.match(verifyReport(undefined, failed('Code mismatch')).message, /Sinch did not say how many tries are left \("Code mismatch"\)\./);
  });

  it('reports a verified or blocked number in words, "still" when nothing changed', () => {
    const verified = verifyReport('GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', { phoneNumber: PHONE, globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' });
    assert.match(verified.message, /^\+1 202-555-0134 is now Verified: Ownership is proven/);
    assert.deepEqual(verified.actions, ['Text Enable…']);
    const blocked = verifyReport('GLOBAL_PROCESS_STATE_VERIFICATION_FAILED', { phoneNumber: PHONE, globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED' });
    assert.equal(blocked.level, 'error');
    assert.match(blocked.message, /^Wrong code: \+1 202-555-0134 is now Verification blocked/);
    const same = verifyReport('GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', { phoneNumber: PHONE, globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING' });
    assert.match(same.message, /is still Verification pending/);
  });

  it('reads the tries left in digits or words', () => {
    assert.equal(triesLeft(SANDBOX_WRONG), 2);
    assert.equal(triesLeft('One more wrong code blocks it'), 1);
    assert.equal(triesLeft('no count here'), undefined);
    assert.equal(triesLeft(undefined), undefined);
  });
});
