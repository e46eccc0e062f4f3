// The next step errorWords adds after Sinch's words, per kind of failure and per HTTP status: the
// sentence is what a user acts on, so each one is pinned, and the cases with no advice add nothing.
import assert from 'node:assert/strict';
import { SinchApiError, type SinchApiErrorInit } from '../../../src/api/errors';
import { errorWords, isCredentialError } from '../../../src/model/errorWords';

const failed = (init: Partial<SinchApiErrorInit>): SinchApiError => new SinchApiError({ kind: 'http', operation: 'List numbers', message: 'no', ...init });

describe('errorWords: the next step', () => {
  it('per kind of failure', () => {
    assert.equal(errorWords(failed({ kind: 'timeout' })), 'List numbers failed: no Sinch did not answer in time; try again.');
    assert.equal(
      errorWords(failed({ kind: 'invalid-response' })),
      'List numbers failed: no The answer was not what the API returns; check the "sinch.apiBaseUrl" setting.',
    );
    assert.equal(errorWords(failed({ kind: 'invalid-input' })), 'List numbers failed: no');
    assert.equal(errorWords(failed({ kind: 'cancelled' })), 'List numbers failed: no');
  });

  it('per HTTP status', () => {
    assert.equal(
      errorWords(failed({ status: 401 })),
      'List numbers failed (HTTP 401): no Sinch refused the credentials: sign in again with a valid key ID and secret.',
    );
    assert.equal(
      errorWords(failed({ status: 403 })),
      'List numbers failed (HTTP 403): no The access key has no permission for this project: check the project ID and the key.',
    );
    assert.equal(errorWords(failed({ status: 404 })), 'List numbers failed (HTTP 404): no It is not (or no longer) in this project; refresh the list.');
    assert.equal(errorWords(failed({ status: 409 })), 'List numbers failed (HTTP 409): no It already exists.');
    assert.equal(errorWords(failed({ status: 429 })), 'List numbers failed (HTTP 429): no Too many requests: wait a moment and try again.');
    assert.equal(errorWords(failed({ status: 500 })), 'List numbers failed (HTTP 500): no Sinch had a problem; try again later.');
    assert.equal(errorWords(failed({ status: 499 })), 'List numbers failed (HTTP 499): no');
    assert.equal(errorWords(failed({})), 'List numbers failed: no');
  });

  it('counts only refusals as wrong credentials', () => {
    assert.equal(isCredentialError(failed({ kind: 'auth', status: 400 })), true);
    assert.equal(isCredentialError(failed({ kind: 'auth', status: 403 })), true);
    assert.equal(isCredentialError(failed({ kind: 'auth', status: 500 })), false);
    assert.equal(isCredentialError(failed({ kind: 'auth' })), false);
    assert.equal(isCredentialError(failed({ status: 401 })), true);
    assert.equal(isCredentialError(failed({ status: 403 })), true);
    assert.equal(isCredentialError(failed({ status: 400 })), false);
    assert.equal(isCredentialError(new Error('401')), false);
  });
});
