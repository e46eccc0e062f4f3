// The limits of small inputs, at their edges: voice codes of 4 to 10 digits, order IDs of up to 64
// characters, editor lines of up to 10,000 characters searched for numbers.
import assert from 'node:assert/strict';
import { validateChallengeCode } from '../../../src/model/challengeCode';
import { findPhoneNumbers, MAX_LINE_LENGTH } from '../../../src/model/editor/phoneFinder';
import { checkHostingOrderId } from '../../../src/model/orders/orderId';

describe('input limits at their edges', () => {
  it('voice codes have 4 to 10 digits', () => {
    assert.equal(validateChallengeCode('123'), 'The code has 4 to 10 digits.');
    assert.equal(validateChallengeCode('12-34'), undefined);
    assert.equal(validateChallengeCode('1234567890'), undefined);
    assert.equal(validateChallengeCode('12345678901'), 'The code has 4 to 10 digits.');
  });

  it('order IDs have at most 64 characters', () => {
    assert.deepEqual(checkHostingOrderId('a'.repeat(64)), { ok: true, id: 'a'.repeat(64) });
    assert.deepEqual(checkHostingOrderId('a'.repeat(65)), { ok: false, message: 'A hosting order ID has at most 64 characters; this has 65.' });
  });

  it('a line of exactly the limit is still searched, a longer one is not', () => {
    const number = '+12025550134';
    const line = `${number}${' '.repeat(MAX_LINE_LENGTH - number.length)}`;
    assert.equal(findPhoneNumbers(line).length, 1);
    assert.equal(findPhoneNumbers(`${line} `).length, 0);
  });
});
