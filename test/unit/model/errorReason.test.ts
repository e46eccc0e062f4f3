// Sign-in's failure message already says what failed: its reason must not start "Sign in to Sinch
// failed:" again, and a token server that cannot be reached is not told to check the key.
import * as assert from 'node:assert/strict';
import { SinchApiError } from '../../../src/api/errors';
import { errorReason, errorWords } from '../../../src/model/errorWords';

describe('the reason of an error, without its operation', () => {
  it('keeps the status, the message, the field violations and the next step', () => {
    const refused = new SinchApiError({ kind: 'auth', operation: 'Sign in to Sinch', status: 401, message: 'The auth server refused the access key (HTTP 401): check the access key ID and key secret.' });
    assert.equal(errorReason(refused), '(HTTP 401) The auth server refused the access key (HTTP 401): check the access key ID and key secret. Check the key ID and key secret (Sinch: Sign In), and the auth base URL setting.');
    const invalid = new SinchApiError({ kind: 'http', operation: 'Add numbers', status: 400, sinchStatus: 'INVALID_ARGUMENT', message: 'Invalid number', fieldViolations: [{ field: 'phoneNumbers[0]', description: 'not E.164' }] });
    assert.equal(errorReason(invalid), '(HTTP 400 INVALID_ARGUMENT) Invalid number [phoneNumbers[0]: not E.164]');
    assert.equal(errorReason(new RangeError('bad')), 'bad');
  });

  it('gives an unreachable auth server no advice about the key: the transport words say what to check', () => {
    const unreachable = new SinchApiError({ kind: 'auth', operation: 'Sign in to Sinch', message: 'Could not get a token from the auth server https://auth.sinch.com. Could not reach auth.sinch.com: host name not found. Check your network and proxy, and that this host is right.' });
    assert.equal(errorReason(unreachable), unreachable.message);
    assert.doesNotMatch(errorWords(unreachable), /key ID/);
  });

  it('keeps server text inert', () => {
    const linked = new SinchApiError({ kind: 'http', operation: 'List', status: 400, message: 'see [docs](command:workbench.action.reloadWindow)' });
    assert.doesNotMatch(errorReason(linked), /\]\(command:/);
  });
});
