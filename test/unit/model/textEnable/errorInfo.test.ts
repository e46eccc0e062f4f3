import * as assert from 'node:assert/strict';
import { SinchApiError } from '../../../../src/api/errors';
import { stopsTheBatch, toErrorInfo } from '../../../../src/model/textEnable/errorInfo';
import { nextSteps, summariseOrder } from '../../../../src/model/textEnable/orderSummary';

describe('errors and orders as the form shows them', () => {
  it("puts Sinch's message in words, violations next to fields and the rest under the message", () => {
    const error = new SinchApiError({
      kind: 'http', operation: 'Text enable', status: 400, sinchStatus: 'INVALID_ARGUMENT', message: 'The request is not valid.',
      fieldViolations: [{ field: 'directLoaInfo.authorisedPerson.email', description: 'must be an e-mail address' }, { field: 'smsAppId', description: 'unknown' }],
    });
    const info = toErrorInfo(error);
    assert.equal(info.message, 'Text enable failed (HTTP 400 INVALID_ARGUMENT): The request is not valid.');
    assert.deepEqual(info.fieldErrors, { email: 'must be an e-mail address' });
    assert.deepEqual(info.details, ['smsAppId: unknown']);
  });

  it('says what to do when the outcome is unknown, and stops the remaining orders then', () => {
    const error = new SinchApiError({ kind: 'unknown-outcome', operation: 'Text enable', message: 'No answer within 30 s.' });
    assert.match(toErrorInfo(error).message, /may or may not have been created/);
    assert.equal(stopsTheBatch(error), true);
    assert.equal(stopsTheBatch(new SinchApiError({ kind: 'http', operation: 'Text enable', status: 404, message: 'x' })), false);
  });

  it('recognises a SinchApiError thrown by another copy of the class (another bundle)', () => {
    const foreign = Object.assign(new Error('Not found.'), { name: 'SinchApiError', kind: 'http', operation: 'Get hosting order', status: 404, fieldViolations: [] });
    assert.match(toErrorInfo(foreign).message, /^Get hosting order failed \(HTTP 404\): Not found\. Check the project/);
    assert.equal(toErrorInfo(new Error('boom'), 'Copy as cURL').message, 'Copy as cURL failed: boom');
  });

  it('summarises a hosting order from either info field name', () => {
    const summary = summariseOrder({ hostingOrderId: 'o1', state: 'WAITING_FOR_LOA_SIGNATURE', textEnableInfo: { authorisedPerson: { firstName: 'A', lastName: 'B', email: 'a@b.co' } }, numbers: ['+18335870229'] });
    assert.deepEqual(summary, { hostingOrderId: 'o1', state: 'WAITING_FOR_LOA_SIGNATURE', stateLabel: 'Waiting for the LoA signature', numbersCount: 1, loaEmail: 'a@b.co' });
    assert.match(nextSteps('direct', 'a@b.co'), /e-mails a Letter of Authorization to a@b\.co/);
    assert.match(nextSteps('blanket', ''), /no signature is needed/);
  });
});
