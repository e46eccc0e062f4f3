// A pasted order ID loses what the copy brought along: spaces, and one pair of matching quotes
// around the whole ID (spaces inside them too). Quotes anywhere else are refused, named.
import * as assert from 'node:assert/strict';
import { checkHostingOrderId } from '../../../../src/model/orders/orderId';

describe('hosting order ID: quotes and spaces', () => {
  it('strips one pair of quotes around the whole ID and the spaces inside', () => {
    assert.deepEqual(checkHostingOrderId(' " 01ARZ3NDEK " '), { ok: true, id: '01ARZ3NDEK' });
    assert.deepEqual(checkHostingOrderId("'01ARZ3NDEK'"), { ok: true, id: '01ARZ3NDEK' });
    assert.deepEqual(checkHostingOrderId('`01ARZ3NDEK`'), { ok: true, id: '01ARZ3NDEK' });
  });

  it('refuses quotes that do not wrap the whole ID', () => {
    assert.deepEqual(checkHostingOrderId('01"ARZ3"'), { ok: false, message: 'A hosting order ID has only letters, digits, "-" and "_"; remove """.' });
    assert.deepEqual(checkHostingOrderId('"01ARZ3"NDEK'), { ok: false, message: 'A hosting order ID has only letters, digits, "-" and "_"; remove """.' });
    assert.equal(checkHostingOrderId('"01ARZ3\'').ok, false);
  });
});
