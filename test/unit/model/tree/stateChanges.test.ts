// Number state changes between two looks at the tree, told once per refresh and coalesced.
import assert from 'node:assert/strict';
import type { QualifiedNumber } from '../../../../src/api/types';
import { StateBaseline, changeLogLine, changesToTell, summariseChanges } from '../../../../src/model/tree/stateChanges';
import { readSettings } from '../../../../src/model/settings';

function n(phoneNumber: string, state: string, extra: Partial<QualifiedNumber> = {}): QualifiedNumber {
  return { phoneNumber, globalProcessState: `GLOBAL_PROCESS_STATE_${state}`, ...extra };
}

describe('number state changes', () => {
  it('sees nothing on the first look, then only numbers that moved', () => {
    const baseline = new StateBaseline();
    assert.deepEqual(baseline.observe([n('+12025550101', 'VERIFICATION_PENDING'), n('+12025550102', 'ELIGIBLE')]), []);
    const changes = baseline.observe([n('+12025550101', 'VERIFIED'), n('+12025550102', 'ELIGIBLE'), n('+12025550103', 'ELIGIBLE')]);
    assert.deepEqual(changes, [{ phoneNumber: '+12025550101', from: 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', to: 'GLOBAL_PROCESS_STATE_VERIFIED' }]);
    // Not listed this time (another page, a filter): no change, and still known next time.
    assert.deepEqual(baseline.observe([]), []);
    assert.equal(baseline.observe([n('+12025550102', 'VERIFICATION_PENDING')]).length, 1);
  });

  it('does not announce a state the user was told by their own action, nor anything after a reset', () => {
    const baseline = new StateBaseline();
    baseline.observe([n('+12025550101', 'VERIFIED'), n('+12025550102', 'VERIFIED')]);
    baseline.note('+12025550101', 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS');
    assert.deepEqual(baseline.observe([n('+12025550101', 'HOSTING_IN_PROGRESS'), n('+12025550102', 'VERIFIED')]), []);
    // A reload that began before the action brings the old state once: not a move back.
    baseline.note('+12025550102', 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS');
    assert.deepEqual(baseline.observe([n('+12025550102', 'VERIFIED')]), []);
    assert.deepEqual(baseline.observe([n('+12025550102', 'HOSTING_IN_PROGRESS')]), []);
    assert.equal(baseline.observe([n('+12025550102', 'HOSTING_DONE')]).length, 1);
    baseline.reset();
    assert.deepEqual(baseline.observe([n('+12025550101', 'HOSTING_DONE')]), []);
  });

  it('coalesces a refresh into one sentence: counts for moves, each failure with its reason', () => {
    const baseline = new StateBaseline();
    const before = ['01', '02', '03', '34'].map((x) => n(`+120255501${x}`, 'VERIFICATION_PENDING'));
    baseline.observe([...before, n('+12025550134', 'HOSTING_IN_PROGRESS'), n('+12025550140', 'ELIGIBLE_CHECK_PENDING')]);
    const changes = baseline.observe([
      n('+12025550101', 'VERIFIED'), n('+12025550102', 'VERIFIED'), n('+12025550103', 'VERIFIED'),
      n('+12025550134', 'HOSTING_FAILED', { hostedNumber: { status: 2, error: 'The OSR update was refused.' } }),
      n('+12025550140', 'ELIGIBLE'),
    ]);
    assert.equal(summariseChanges(changes), '+1 202-555-0140 is now Eligible; 3 numbers are now Verified; +1 202-555-0134 moved to Hosting failed: The OSR update was refused');
    assert.equal(summariseChanges(changesToTell(changes, 'failures')), '+1 202-555-0134 moved to Hosting failed: The OSR update was refused');
    assert.equal(summariseChanges(changesToTell(changes, 'off')), undefined);
    assert.equal(changeLogLine(changes[3]), '+1 202-555-0134 moved from Hosting in progress to Hosting failed: The OSR update was refused.');
  });

  it('names the first three failures of a kind and counts the rest, with server text made inert', () => {
    const baseline = new StateBaseline();
    const ids = ['10', '11', '12', '13', '14'];
    baseline.observe(ids.map((x) => n(`+120255501${x}`, 'ELIGIBLE_CHECK_PENDING')));
    const changes = baseline.observe(ids.map((x) => n(`+120255501${x}`, 'NOT_ELIGIBLE', { osrEligibility: { status: 'FAILED', error: 'see [here](command:sinch.signOut)' } })));
    const text = summariseChanges(changes) ?? '';
    assert.equal((text.match(/moved to Not eligible: see \[here\] \(command/g) ?? []).length, 3);
    assert.match(text, /; 2 more moved to Not eligible$/);
    assert.ok(!text.includes(']('));
  });

  it('reads the setting: all by default, failures, off; anything else is all', () => {
    const notify = (value: unknown) => readSettings((key) => (key === 'notifyOnStateChange' ? value : undefined)).notifyOnStateChange;
    assert.deepEqual([notify(undefined), notify('failures'), notify('off'), notify('loud')], ['all', 'failures', 'off', 'all']);
    const port = (value: unknown) => readSettings((key) => (key === 'sandbox.port' ? value : undefined)).sandboxPort;
    assert.deepEqual([port(undefined), port(8080), port(0), port(70000), port(80.5), port('8080')], [0, 8080, 0, 0, 0, 0]);
  });
});
