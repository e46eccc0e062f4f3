// The numbers every command is invoked on, as the runner reads them from `(node, nodes)`.
import assert from 'node:assert/strict';
import type { QualifiedNumber } from '../../../src/api/types';
import { targetsFromArgs } from '../../../src/model/commandTargets';

const verified: QualifiedNumber = { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED', regionCode: 'US' };
const eligible: QualifiedNumber = { phoneNumber: '+12025550135', globalProcessState: 'GLOBAL_PROCESS_STATE_ELIGIBLE' };
const node = (number: QualifiedNumber) => ({ kind: 'number', number, group: number.globalProcessState });

describe('command targets', () => {
  it('keeps a tree node\'s whole number, state included, so a command can skip the states it does not apply to', () => {
    assert.deepEqual(targetsFromArgs(node(verified)), [verified]);
  });

  it('takes the whole selection when several nodes are selected (it includes the clicked one), each number once', () => {
    assert.deepEqual(targetsFromArgs(node(verified), [node(verified), node(eligible), node(verified)]), [verified, eligible]);
  });

  it('reads numbers passed as strings by another command, in any form a user types, with an unknown state', () => {
    assert.deepEqual(targetsFromArgs('(202) 555-0134'), [{ phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_UNSPECIFIED' }]);
    assert.deepEqual(targetsFromArgs(['+12025550134', '+1 202 555 0135']).map((n) => n.phoneNumber), ['+12025550134', '+12025550135']);
  });

  it('has no targets from the palette, or from arguments that are not numbers', () => {
    assert.deepEqual(targetsFromArgs(), []);
    assert.deepEqual(targetsFromArgs({ format: 'csv' }), []);
    assert.deepEqual(targetsFromArgs({ kind: 'loadMore', state: 'GLOBAL_PROCESS_STATE_VERIFIED' }), []);
    assert.deepEqual(targetsFromArgs('+442071838750'), []);
  });
});
