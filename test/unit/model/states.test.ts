import * as assert from 'node:assert/strict';
import { GLOBAL_PROCESS_STATES } from '../../../src/api/types';
import { canApply, stateInfo, stateLabel, statesFor, STATE_ORDER } from '../../../src/model/states';

describe('state metadata', () => {
  it('describes every listable state with a label, icon and colour', () => {
    assert.equal(STATE_ORDER.length, GLOBAL_PROCESS_STATES.length);
    const labels = new Set<string>();
    for (const state of STATE_ORDER) {
      const info = stateInfo(state);
      assert.ok(info.label && info.icon && info.color && info.description, state);
      labels.add(info.label);
    }
    assert.equal(labels.size, STATE_ORDER.length, 'labels are distinct');
  });

  it('offers each action only where Sinch allows it', () => {
    assert.deepEqual(statesFor('textEnable'), ['GLOBAL_PROCESS_STATE_VERIFIED', 'GLOBAL_PROCESS_STATE_HOSTING_FAILED']);
    assert.ok(canApply('sendChallenge', 'GLOBAL_PROCESS_STATE_ELIGIBLE'));
    assert.ok(!canApply('verifyChallenge', 'GLOBAL_PROCESS_STATE_ELIGIBLE'));
    assert.ok(!canApply('delete', 'GLOBAL_PROCESS_STATE_UNSPECIFIED'));
  });

  it('keeps unknown states readable', () => {
    assert.equal(stateLabel('GLOBAL_PROCESS_STATE_HOSTING_DONE'), 'Hosting done');
    assert.equal(stateLabel('GLOBAL_PROCESS_STATE_SOMETHING_NEW'), 'something new');
  });
});
