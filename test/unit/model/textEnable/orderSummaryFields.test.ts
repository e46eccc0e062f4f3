// What a submitted order's summary keeps (name and times when the answer has them) and to whom
// the LoA goes in the next steps: the e-mail as typed without spaces, or the authorised person.
import assert from 'node:assert/strict';
import type { HostingOrder } from '../../../../src/api/types';
import { nextSteps, summariseOrder } from '../../../../src/model/textEnable/orderSummary';

describe('order summary fields', () => {
  it('keeps the name and both times the answer gives', () => {
    const order = { hostingOrderId: 'o1', displayName: 'May', createdTime: '2026-01-01T00:00:00Z', updatedTime: '2026-01-02T00:00:00Z' } as HostingOrder;
    assert.deepEqual(summariseOrder(order), order);
  });

  it('sends the LoA to the e-mail without spaces, or to the authorised person when there is none', () => {
    assert.match(nextSteps('direct', ' ada@example.com '), / a Letter of Authorization to ada@example\.com for e-signature: /);
    assert.match(nextSteps('direct', '  '), / a Letter of Authorization to the authorised person for e-signature: /);
  });
});
