import assert from 'node:assert/strict';
import { SinchApiError } from '../../../src/api/errors';
import { errorWords, isCredentialError } from '../../../src/model/errorWords';

describe('errors in words', () => {
  it('names the operation, Sinch message, field violations and a next step', () => {
    const e = new SinchApiError({
      kind: 'http', operation: 'Add numbers', status: 400, sinchStatus: 'INVALID_ARGUMENT', message: 'Invalid number',
      fieldViolations: [{ field: 'phoneNumbers[0]', description: 'not E.164' }],
    });
    assert.equal(errorWords(e), 'Add numbers failed (HTTP 400 INVALID_ARGUMENT): Invalid number [phoneNumbers[0]: not E.164]');
    const auth = new SinchApiError({ kind: 'auth', operation: 'Sign in', status: 401, message: 'invalid_client' });
    assert.match(errorWords(auth), /Check the key ID and key secret/);
    assert.equal(isCredentialError(auth), true);
  });

  it('tells what to do for rate limits, unknown outcomes and unreachable hosts', () => {
    assert.match(errorWords(new SinchApiError({ kind: 'http', operation: 'List', status: 429, message: 'slow down', retryAfterSeconds: 7 })), /wait 7 s/);
    assert.match(errorWords(new SinchApiError({ kind: 'unknown-outcome', operation: 'Add numbers', message: 'timed out' })), /refresh the list/);
    const offline = new SinchApiError({ kind: 'network', operation: 'List', message: 'ECONNREFUSED' });
    assert.match(errorWords(offline), /could not be reached/);
    assert.equal(isCredentialError(offline), false);
  });

  it('falls back to the message of other errors', () => {
    assert.equal(errorWords(new RangeError('bad')), 'bad');
    assert.equal(errorWords('plain'), 'plain');
  });
});
