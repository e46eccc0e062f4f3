// The exact words of the client's own errors: what a refused ID or a failed call says is what the
// user reads in a notification, so the wording is behaviour (mutation testing found it unpinned).
import * as assert from 'node:assert/strict';
import { SinchApiError } from '../../../src/api';
import { ApiPaths, validateHostingOrderId, validateProjectId } from '../../../src/api/paths';

function refusal(run: () => unknown): SinchApiError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof SinchApiError, String(error));
    return error;
  }
  throw new Error('the value was accepted');
}

describe('words of the API client errors', () => {
  it('quotes a refused ID (cut to 40 characters) and names what it should be', () => {
    const long = `${'a'.repeat(45)}/x`;
    const error = refusal(() => validateHostingOrderId(long, 'Get hosting order'));
    assert.equal(error.kind, 'invalid-input');
    assert.equal(error.operation, 'Get hosting order');
    assert.equal(error.message, `"${'a'.repeat(40)}" is not a valid hosting order ID: use letters, digits, "-" and "_" only (at most 128).`);
  });

  it('says "the value given" for an ID that is not text at all', () => {
    const error = refusal(() => validateProjectId(42 as unknown as string, 'List numbers'));
    assert.equal(error.message, 'the value given is not a valid project ID: use letters, digits, "-" and "_" only (at most 128).');
  });

  it('refuses an unusable project ID when the paths are made, naming the configuration step', () => {
    const error = refusal(() => new ApiPaths('my project'));
    assert.equal(error.operation, 'Configure the Sinch client');
    assert.match(error.message, /^"my project" is not a valid project ID/);
  });

  it('keeps the cause, its name, and describes itself with and without a status', () => {
    const cause = new Error('socket hang up');
    const error = new SinchApiError({ kind: 'http', operation: 'List numbers', message: 'Try again.', status: 503, sinchStatus: 'UNAVAILABLE', cause, fieldViolations: [{ field: 'a', description: 'b' }, { field: 'c', description: 'd' }] });
    assert.equal(error.name, 'SinchApiError');
    assert.equal(error.cause, cause);
    assert.equal(error.describe(), 'List numbers failed (HTTP 503 UNAVAILABLE): Try again. [a: b; c: d]');
    const plain = new SinchApiError({ kind: 'network', operation: 'List numbers', message: 'No answer.' });
    assert.equal('cause' in plain, false, 'no cause property when none was given');
    assert.equal(plain.describe(), 'List numbers failed: No answer.');
    assert.equal(new SinchApiError({ kind: 'http', operation: 'Get', message: 'Gone.', status: 404 }).describe(), 'Get failed (HTTP 404): Gone.');
  });
});
