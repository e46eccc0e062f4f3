// An error counts as another bundle's SinchApiError only with the name and all of kind, operation
// and fieldViolations; anything less is an ordinary error, worded by its message.
import * as assert from 'node:assert/strict';
import { toErrorInfo } from '../../../../src/model/textEnable/errorInfo';

function lookalike(fields: Record<string, unknown>, name = 'SinchApiError'): Error {
  const error = new Error('boom');
  error.name = name;
  return Object.assign(error, fields);
}

describe('another bundle\'s SinchApiError', () => {
  const full = { kind: 'http', operation: 'Text-enable numbers', fieldViolations: [], status: 404 };

  it('is worded as Sinch\'s error when it has every field', () => {
    assert.equal(toErrorInfo(lookalike(full), 'Submit').message, 'Text-enable numbers failed (HTTP 404): boom Check the project, the service plan and the campaign.');
  });

  it('is an ordinary error without the name or any of the fields', () => {
    assert.equal(toErrorInfo(lookalike(full, 'Error'), 'Submit').message, 'Submit failed: boom');
    for (const missing of ['kind', 'operation', 'fieldViolations']) {
      const fields: Record<string, unknown> = { ...full };
      delete fields[missing];
      assert.equal(toErrorInfo(lookalike(fields), 'Submit').message, 'Submit failed: boom', missing);
    }
    assert.equal(toErrorInfo({ ...full, name: 'SinchApiError', message: 'boom' }, 'Submit').message, 'Submit failed: [object Object]');
  });
});
