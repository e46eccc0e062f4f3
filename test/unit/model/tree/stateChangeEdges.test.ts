// What a refresh tells about moved numbers at the edges: the reason of each failure state, a
// failure without a reason, exactly three failures, the "all" setting, and a reset that drops
// the states the user's own actions noted.
import assert from 'node:assert/strict';
import type { QualifiedNumber } from '../../../../src/api/types';
import { StateBaseline, changeLogLine, changesToTell, failureReason, summariseChanges, type StateChange } from '../../../../src/model/tree/stateChanges';

function n(phoneNumber: string, state: string, extra: Partial<QualifiedNumber> = {}): QualifiedNumber {
  return { phoneNumber, globalProcessState: `GLOBAL_PROCESS_STATE_${state}`, ...extra };
}

const errors: Partial<QualifiedNumber> = {
  osrEligibility: { status: 'FAILED', error: 'osr' },
  ownershipVerification: { status: 'FAILED', error: 'ownership' },
  hostedNumber: { status: 2, error: 'hosting' },
};

describe('state change edges', () => {
  it('takes each failure state its reason from the step that failed, and no reason for other states', () => {
    assert.equal(failureReason(n('+12025550101', 'NOT_ELIGIBLE', errors)), 'osr');
    assert.equal(failureReason(n('+12025550101', 'VERIFICATION_FAILED', errors)), 'ownership');
    assert.equal(failureReason(n('+12025550101', 'VERIFICATION_BLOCKED', errors)), 'ownership');
    assert.equal(failureReason(n('+12025550101', 'HOSTING_FAILED', errors)), 'hosting');
    assert.equal(failureReason(n('+12025550101', 'VERIFIED', errors)), undefined);
    assert.equal(failureReason(n('+12025550101', 'VERIFICATION_BLOCKED', { ownershipVerification: { status: 'FAILED', error: '' } })), undefined);
  });

  it('names a failure without a reason, trims the end of one with a reason, and counts none past three', () => {
    const failures: StateChange[] = [
      { phoneNumber: '+12025550101', from: 'GLOBAL_PROCESS_STATE_VERIFIED', to: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED' },
      { phoneNumber: '+12025550102', from: 'GLOBAL_PROCESS_STATE_VERIFIED', to: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED', reason: 'Refused. . ' },
      { phoneNumber: '+12025550103', from: 'GLOBAL_PROCESS_STATE_VERIFIED', to: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED', reason: 'Late' },
    ];
    assert.equal(
      summariseChanges(failures),
      '+1 202-555-0101 moved to Hosting failed; +1 202-555-0102 moved to Hosting failed: Refused; +1 202-555-0103 moved to Hosting failed: Late',
    );
    assert.equal(changeLogLine(failures[0]), '+1 202-555-0101 moved from Verified to Hosting failed');
  });

  it('tells every change with "all", and only failures with "failures"', () => {
    const changes: StateChange[] = [
      { phoneNumber: '+12025550101', from: 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', to: 'GLOBAL_PROCESS_STATE_VERIFIED' },
      { phoneNumber: '+12025550102', from: 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', to: 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED' },
    ];
    assert.deepEqual(changesToTell(changes, 'all'), changes);
    assert.deepEqual(changesToTell(changes, 'failures'), [changes[1]]);
  });

  it('after a reset, remembers a number the user had acted on and tells its next move', () => {
    const baseline = new StateBaseline();
    baseline.note('+12025550101', 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS');
    baseline.reset();
    assert.deepEqual(baseline.observe([n('+12025550101', 'VERIFIED')]), []);
    assert.deepEqual(baseline.observe([n('+12025550101', 'HOSTING_IN_PROGRESS')]).map((c) => c.from), ['GLOBAL_PROCESS_STATE_VERIFIED']);
  });
});
