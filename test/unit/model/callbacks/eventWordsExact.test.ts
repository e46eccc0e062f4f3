// Callback words as the view shows them: a failure line with its next step, unknown codes and
// types as they came, a resource that is not a number named as an order, statuses in lower case.
import * as assert from 'node:assert/strict';
import { eventTypeWords, failureLine, failureWords, resourceWords, statusWords } from '../../../../src/model/callbacks/words';

describe('callback words, exactly', () => {
  it('a failure line with the next step, and an unknown code as it came', () => {
    assert.equal(failureLine('LOA_EXPIRED'), 'The Letter of Authorization was not signed in time (LOA_EXPIRED): file the order again and sign the LoA e-mail promptly.');
    assert.equal(failureLine('SOMETHING_NEW'), 'SOMETHING_NEW');
    assert.deepEqual(failureWords('SOMETHING_NEW'), { words: 'SOMETHING_NEW' });
  });

  it('types, resources and statuses', () => {
    assert.equal(eventTypeWords('DELETE'), 'Deletion');
    assert.equal(eventTypeWords('NEW_TYPE'), 'NEW_TYPE');
    assert.equal(resourceWords({ resourceId: '+12025550134' }), '+1 202-555-0134');
    assert.equal(resourceWords({ resourceId: '01HXYZ' }), 'order 01HXYZ');
    assert.equal(statusWords('SUCCEEDED'), 'succeeded');
    assert.equal(statusWords('FAILED'), 'failed');
    assert.equal(statusWords('IN_PROGRESS'), 'in_progress');
  });
});
