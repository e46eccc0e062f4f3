import * as assert from 'node:assert/strict';
import { eventTypeWords, failureLine, failureWords, resourceWords } from '../../../../src/model/callbacks/words';

describe('callback words', () => {
  it('says failure codes in words with the next step, and shows unknown codes as they are', () => {
    assert.equal(failureLine('INVALID_NNID'), 'The NNID is not valid (INVALID_NNID): check the NNID in the order (leave it empty to use Sinch\'s), then text-enable the number again.');
    assert.match(failureLine('CAMPAIGN_NOT_AVAILABLE'), /campaign ID/);
    assert.match(failureLine('TFN_NOT_ALLOWED'), /Responsible Organization/);
    assert.equal(failureLine('SOMETHING_NEW'), 'SOMETHING_NEW');
    assert.deepEqual(failureWords('SOMETHING_NEW'), { words: 'SOMETHING_NEW' });
  });

  it('names event types and resources (a number formatted, or an order ID)', () => {
    assert.equal(eventTypeWords('LINK_TO_10DLC_CAMPAIGN'), 'Link to 10DLC campaign');
    assert.equal(eventTypeWords('NEW_TYPE'), 'NEW_TYPE');
    assert.equal(resourceWords({ resourceId: '+12025550134' }), '+1 202-555-0134');
    assert.equal(resourceWords({ resourceId: '01hx3k9d2' }), 'order 01hx3k9d2');
  });
});
