// The one draft -> orders pipeline that submit, the snippets and the preview share.
import * as assert from 'node:assert/strict';
import { draftToOrders } from '../../../../src/model/textEnable/orders';
import { NOW, manyNumbers, validStandardDraft, validTollFreeDraft } from '../../../fixtures/textEnableDrafts';

describe('text-enable draft -> orders', () => {
  it('says an invalid draft may not be sent, and still builds its order as typed for the preview and snippets', () => {
    const { validation, orders } = draftToOrders('standard', validStandardDraft({ email: 'nope' }), { now: NOW });
    assert.equal(validation.ok, false);
    assert.ok(validation.errors.email);
    assert.equal(orders.length, 1);
    assert.equal(orders[0].request.directLoaInfo?.authorisedPerson.email, 'nope');
  });

  it('builds one order with no numbers while none is accepted, so the preview shows the body to come', () => {
    const { validation, orders } = draftToOrders('standard', validStandardDraft({ numbersText: '' }), { now: NOW });
    assert.equal(validation.ok, false);
    assert.deepEqual(orders.map((o) => o.numbers), [[]]);
    assert.deepEqual(orders[0].request.numbers, []);
  });

  it('makes one complete order per 500 numbers, every number once and in the order given', () => {
    const numbers = manyNumbers(1001);
    const { validation, orders } = draftToOrders('standard', validStandardDraft({ numbersText: numbers.join('\n') }), { now: NOW });
    assert.ok(validation.ok);
    assert.deepEqual(orders.map((o) => o.numbers.length), [500, 500, 1]);
    assert.deepEqual(orders.flatMap((o) => o.request.numbers), numbers);
    for (const order of orders) assert.equal(order.request.servicePlanId, 'a1b2c3d4e5f60718293a4b5c6d7e8f90');
  });

  it('types each order by its form: a toll-free order carries the toll-free request (LoA extras inside the LoA)', () => {
    const tollFree = draftToOrders('tollFree', validTollFreeDraft({ migrateToSinchTmo: true }), { now: NOW }).orders[0];
    assert.equal(tollFree.kind, 'tollFree');
    assert.ok(tollFree.kind === 'tollFree' && tollFree.request.directLoaInfo?.migrateToSinchTmo === true);
    const standard = draftToOrders('standard', validStandardDraft({ migrateToSinchTmo: true }), { now: NOW }).orders[0];
    assert.ok(standard.kind === 'standard' && standard.request.migrateToSinchTmo === true);
  });
});
