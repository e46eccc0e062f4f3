// What the form adds after a failed order's words: the next step per kind of failure and status.
import assert from 'node:assert/strict';
import { SinchApiError, type SinchApiErrorInit } from '../../../../src/api/errors';
import { stopsTheBatch, toErrorInfo } from '../../../../src/model/textEnable/errorInfo';

const failed = (init: Partial<SinchApiErrorInit>): SinchApiError =>
  new SinchApiError({ kind: 'http', operation: 'Text-enable numbers', message: 'no', ...init });

describe('text-enable error advice', () => {
  it('per kind of failure', () => {
    const connection = ' Check the connection (or that the sandbox is running) and submit again.';
    assert.equal(toErrorInfo(failed({ kind: 'network' })).message, `Text-enable numbers failed: no${connection}`);
    assert.equal(toErrorInfo(failed({ kind: 'timeout' })).message, `Text-enable numbers failed: no${connection}`);
    assert.equal(toErrorInfo(failed({ kind: 'auth', status: 401 })).message, 'Text-enable numbers failed (HTTP 401): no Check the access key of the active profile.');
    assert.equal(toErrorInfo(failed({ kind: 'invalid-response' })).message, 'Text-enable numbers failed: no');
  });

  it('per status', () => {
    assert.equal(
      toErrorInfo(failed({ status: 409, sinchStatus: 'ALREADY_EXISTS' })).message,
      'Text-enable numbers failed (HTTP 409 ALREADY_EXISTS): no One of the numbers is already imported or text-enabled.',
    );
    assert.equal(toErrorInfo(failed({ status: 404 })).message, 'Text-enable numbers failed (HTTP 404): no Check the project, the service plan and the campaign.');
    assert.equal(toErrorInfo(failed({ status: 400 })).message, 'Text-enable numbers failed (HTTP 400): no');
  });

  it('other errors keep their message under the operation', () => {
    assert.deepEqual(toErrorInfo(new Error('disk full'), 'Saving'), { message: 'Saving failed: disk full', fieldErrors: {}, details: [] });
    assert.equal(toErrorInfo('odd').message, 'The request failed: odd');
  });

  it('stops the remaining orders only when they would fail the same way', () => {
    for (const kind of ['network', 'timeout', 'auth', 'cancelled', 'unknown-outcome'] as const) assert.equal(stopsTheBatch(failed({ kind })), true, kind);
    assert.equal(stopsTheBatch(failed({ status: 400 })), false);
    assert.equal(stopsTheBatch(failed({ kind: 'invalid-response' })), false);
    assert.equal(stopsTheBatch(new Error('x')), false);
  });
});
