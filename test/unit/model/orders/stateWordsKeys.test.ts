// An order state is a server string: only the states the table names are known ones.
import * as assert from 'assert';
import { isHostingOrderState, orderStateInfo } from '../../../../src/model/orders/stateWords';

describe('hosting order state words: server strings', () => {
  it('does not take the name of an object method for a known state', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'valueOf']) {
      assert.strictEqual(isHostingOrderState(name), false, name);
      assert.strictEqual(orderStateInfo(name).contextKey, 'unknown', name);
    }
    assert.strictEqual(isHostingOrderState('COMPLETED'), true);
    assert.strictEqual(orderStateInfo('COMPLETED').label, 'Completed');
  });
});
