// The sentence the form shows when the state check stops a submission: the count, "it"/"them",
// and the numbers past the look-up limit summed up in one more sentence.
import assert from 'node:assert/strict';
import { describeNotReady, notReadyMessage, type NotReadyNumber } from '../../../../src/model/textEnable/readiness';

const one: NotReadyNumber = { phoneNumber: '+12025550134', state: 'GLOBAL_PROCESS_STATE_ELIGIBLE', reason: 'has not proven ownership yet' };

describe('not-ready words', () => {
  it('one number', () => {
    assert.equal(notReadyMessage([one]), 'Not sent: 1 number cannot be text-enabled. Remove it from the form (or wait until it is Verified) and submit again.');
    assert.equal(describeNotReady(one), '+1 202-555-0134 has not proven ownership yet.');
  });

  it('several numbers', () => {
    assert.equal(
      notReadyMessage([one, { ...one, phoneNumber: '+14045550100' }]),
      'Not sent: 2 numbers cannot be text-enabled. Remove them from the form (or wait until they are Verified) and submit again.',
    );
  });

  it('numbers past the look-ups, one or several', () => {
    assert.equal(
      notReadyMessage([], 1),
      'Not sent: 1 number cannot be text-enabled. Remove it from the form (or wait until it is Verified) and submit again. 1 more is not Verified or Hosting failed.',
    );
    assert.equal(
      notReadyMessage([one], 3),
      'Not sent: 4 numbers cannot be text-enabled. Remove them from the form (or wait until they are Verified) and submit again. 3 more are not Verified or Hosting failed.',
    );
  });
});
