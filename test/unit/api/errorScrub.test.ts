// Every text of an error the client throws passes the redactor (src/api/secretScrub.ts), and
// nothing else of it changes; plus the small print of the error type and the E.164 gate.
import * as assert from 'node:assert/strict';
import { isSinchApiError, SinchApiError } from '../../../src/api';
import { assertE164, isE164 } from '../../../src/api/e164';
import { scrubError } from '../../../src/api/secretScrub';

const hide = (text: string): string => text.split('S3CRET').join('***');

describe('scrubbing errors', () => {
  it('redacts operation, message, Sinch code and status, and field violations', () => {
    const cause = new Error('root');
    const error = new SinchApiError({
      kind: 'http',
      operation: 'Get S3CRET',
      message: 'echo S3CRET',
      status: 400,
      sinchCode: 'S3CRET-code',
      sinchStatus: 'S3CRET_STATUS',
      fieldViolations: [{ field: 'key S3CRET', description: 'is S3CRET' }],
      retryAfterSeconds: 7,
      cause,
    });
    const clean = scrubError(error, hide);
    assert.ok(clean instanceof SinchApiError);
    assert.notEqual(clean, error);
    assert.deepEqual(
      { kind: clean.kind, operation: clean.operation, message: clean.message, status: clean.status, sinchCode: clean.sinchCode, sinchStatus: clean.sinchStatus, fieldViolations: clean.fieldViolations, retryAfterSeconds: clean.retryAfterSeconds, cause: clean.cause },
      { kind: 'http', operation: 'Get ***', message: 'echo ***', status: 400, sinchCode: '***-code', sinchStatus: '***_STATUS', fieldViolations: [{ field: 'key ***', description: 'is ***' }], retryAfterSeconds: 7, cause },
    );
  });

  it('keeps absent fields absent, and passes other errors through untouched', () => {
    const clean = scrubError(new SinchApiError({ kind: 'network', operation: 'List', message: 'm' }), () => 'REDACTED') as SinchApiError;
    assert.equal(clean.sinchCode, undefined);
    assert.equal(clean.sinchStatus, undefined);
    assert.equal(clean.message, 'REDACTED');
    const plain = new Error('S3CRET');
    assert.equal(scrubError(plain, hide), plain);
    assert.equal(scrubError('text', hide), 'text');
  });
});

describe('the error type', () => {
  it('describes a status without Sinch\'s status, and no empty field list', () => {
    assert.equal(new SinchApiError({ kind: 'http', operation: 'Get', message: 'Gone.', status: 410, sinchStatus: '' }).describe(), 'Get failed (HTTP 410): Gone.');
    assert.equal(new SinchApiError({ kind: 'http', operation: 'Get', message: 'Bad.', status: 400, fieldViolations: [] }).describe(), 'Get failed (HTTP 400): Bad.');
    assert.deepEqual(new SinchApiError({ kind: 'auth', operation: 'Sign in', message: 'No.' }).fieldViolations, []);
  });

  it('tells its own errors from others', () => {
    assert.equal(isSinchApiError(new SinchApiError({ kind: 'http', operation: 'x', message: 'y' })), true);
    assert.equal(isSinchApiError(new Error('y')), false);
    assert.equal(isSinchApiError({ kind: 'http', operation: 'x', message: 'y' }), false);
  });
});

describe('the E.164 gate', () => {
  it('accepts + and 2 to 15 digits, not starting with 0', () => {
    for (const ok of ['+12', '+123456789012345']) assert.equal(isE164(ok), true, ok);
    for (const bad of ['+1', '+1234567890123456', '+012025550134', '12025550134', '+1202555013a', ' +12025550134']) assert.equal(isE164(bad), false, bad);
  });

  it('says what it refused, cut to 40 characters', () => {
    assert.equal(assertE164('+12025550134'), '+12025550134');
    assert.throws(() => assertE164(`+${'9'.repeat(45)}`), (e: unknown) => e instanceof RangeError && e.message === `"+${'9'.repeat(39)}" is not an E.164 phone number (+ and 2-15 digits)`);
  });
});
