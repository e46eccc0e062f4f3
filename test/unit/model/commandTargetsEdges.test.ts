// Command arguments that are not numbers are ignored, an empty selection falls back to the clicked
// node, and a node without a state gets "unspecified".
import assert from 'node:assert/strict';
import { targetsFromArgs } from '../../../src/model/commandTargets';

describe('command targets: edges', () => {
  it('ignores a node whose number is null or not an object', () => {
    assert.deepEqual(targetsFromArgs({ number: null }), []);
    assert.deepEqual(targetsFromArgs({ number: '+12025550134' }), []);
  });

  it('uses the clicked node when the selection is empty', () => {
    const node = { number: { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' } };
    assert.deepEqual(targetsFromArgs(node, []), [{ phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' }]);
  });

  it('gives a node without a state "unspecified"', () => {
    assert.deepEqual(targetsFromArgs({ number: { phoneNumber: '(202) 555-0134', regionCode: 'US' } }), [
      { phoneNumber: '+12025550134', regionCode: 'US', globalProcessState: 'GLOBAL_PROCESS_STATE_UNSPECIFIED' },
    ]);
  });
});
