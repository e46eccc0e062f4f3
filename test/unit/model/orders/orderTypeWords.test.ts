// The order's state and type in words when the answer leaves them out or is new to us.
import * as assert from 'node:assert/strict';
import { orderStateInfo, orderTypeWords } from '../../../../src/model/orders/stateWords';

describe('hosting order words: missing and unknown values', () => {
  it('an absent or empty state is "State not given", an unknown one stays readable', () => {
    assert.equal(orderStateInfo(undefined).label, 'State not given');
    assert.equal(orderStateInfo('').label, 'State not given');
    assert.deepEqual(orderStateInfo('ON_HOLD_FOR_REVIEW'), { label: 'on hold for review', icon: 'question', color: 'descriptionForeground', finished: false, contextKey: 'unknown' });
  });

  it('an absent type: "type not given", or the kind this extension filed', () => {
    for (const type of [undefined, '', 'HOSTING_ORDER_TYPE_UNSPECIFIED']) {
      assert.equal(orderTypeWords(type), 'type not given', String(type));
      assert.equal(orderTypeWords(type, 'standard'), 'text enable', String(type));
      assert.equal(orderTypeWords(type, 'tollFree'), 'text enable (toll-free)', String(type));
    }
  });

  it('known and unknown types', () => {
    assert.equal(orderTypeWords('IMPORT', 'standard'), 'import');
    assert.equal(orderTypeWords('TYPE_TEXT_ENABLE'), 'text enable');
    assert.equal(orderTypeWords('PORT_IN_REQUEST', 'standard'), 'port in request');
  });
});
