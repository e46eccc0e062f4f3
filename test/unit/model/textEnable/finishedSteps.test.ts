// What a form's result says under "What happens next" once its orders have ended: the next steps
// of a running order would be wrong beside a Completed one.
import * as assert from 'node:assert/strict';
import { finishedSteps } from '../../../../src/model/textEnable/orderSummary';

describe('the result of a form once its orders ended', () => {
  it('keeps the next steps while any order may still move, or its state is not known yet', () => {
    assert.equal(finishedSteps([]), undefined);
    assert.equal(finishedSteps(['COMPLETED', 'IN_PROGRESS']), undefined);
    assert.equal(finishedSteps(['COMPLETED', undefined]), undefined);
    assert.equal(finishedSteps(['NOT_FOUND']), undefined);
  });

  it('says the numbers are text-enabled when every order completed, one or several', () => {
    assert.equal(finishedSteps(['COMPLETED']), 'The order is Completed: Hosting done numbers are text-enabled on Sinch; any in Hosting failed say why in their details.');
    assert.match(finishedSteps(['COMPLETED', 'COMPLETED']) ?? '', /^All 2 orders are Completed: Hosting done numbers/);
  });

  it('points a rejection to where the reason is, and counts a mix', () => {
    assert.equal(finishedSteps(['REJECTED']), 'The order was Rejected. The reason is in Hosting Orders (Show Hosting Order Details): fix the cause, then text-enable the numbers again.');
    assert.match(finishedSteps(['REJECTED', 'REJECTED']) ?? '', /^All 2 orders were Rejected\./);
    assert.equal(
      finishedSteps(['COMPLETED', 'REJECTED', 'COMPLETED']),
      'Every order has ended: 2 Completed, 1 Rejected. Hosting done numbers are text-enabled on Sinch; any in Hosting failed say why in their details. A rejected order\'s reason is in Hosting Orders (Show Hosting Order Details): fix the cause, then text-enable its numbers again.',
    );
  });
});
