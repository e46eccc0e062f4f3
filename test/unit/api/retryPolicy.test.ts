import * as assert from 'node:assert/strict';
import { backoffDelay, decideRetry, MAX_DELAY_MS, parseRetryAfter, type AttemptOutcome, type RetryContext } from '../../../src/api/retryPolicy';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

function context(overrides: Partial<RetryContext> = {}): RetryContext {
  return { idempotent: true, retriesDone: 0, maxRetries: 4, now: NOW, random: () => 0.5, ...overrides };
}

describe('retry policy', () => {
  describe('Retry-After', () => {
    it('reads delta-seconds', () => {
      assert.equal(parseRetryAfter('7', NOW), 7000);
      assert.equal(parseRetryAfter(' 0 ', NOW), 0);
    });

    it('reads an HTTP date relative to the injected clock, a past date meaning now', () => {
      assert.equal(parseRetryAfter(new Date(NOW + 12_000).toUTCString(), NOW), 12_000);
      assert.equal(parseRetryAfter('Wed, 15 Jan 2025 11:59:00 GMT', NOW), 0);
      assert.equal(parseRetryAfter('Wednesday, 15-Jan-25 12:00:05 GMT', NOW), 5000);
    });

    it('reads an HTTP date without the comma, and day names of 3 to 9 letters', () => {
      assert.equal(parseRetryAfter('Wed 15 Jan 2025 12:00:10 GMT', NOW), 10_000);
      assert.equal(parseRetryAfter('Wednesday, 15 Jan 2025 12:00:10 GMT', NOW), 10_000);
    });

    it('refuses text that only looks like a date, though Date.parse would read it', () => {
      for (const value of [
        'We, 15 Jan 2025 12:00:10 GMT',
        'Wednesdays, 15 Jan 2025 12:00:10 GMT',
        '+Wed, 15 Jan 2025 12:00:10 GMT',
        'Wed,15 Jan 2025 12:00:10 GMT',
        'Wed, 15 Jan 2025 12:00:10 GMT+01:00',
        'Wed, 15 Jan 2025 12:00:10 GMT.',
        'Wed, 15 Jan 2025 12:00:10 GMT (x)',
      ]) {
        assert.ok(!Number.isNaN(Date.parse(value)), `Date.parse reads ${value}`);
        assert.equal(parseRetryAfter(value, NOW), undefined, value);
      }
    });

    it('refuses seconds with anything around them', () => {
      for (const value of ['5s', 'x5', '5 5', '0x10', '１０']) assert.equal(parseRetryAfter(value, NOW), undefined, value);
      assert.equal(parseRetryAfter('0010', NOW), 10_000);
    });

    it('ignores what it cannot read instead of guessing', () => {
      for (const value of [null, undefined, '', 'soon', '-5', '1.5', '2025-01-15T12:00:10Z']) {
        assert.equal(parseRetryAfter(value, NOW), undefined, String(value));
      }
    });
  });

  describe('backoff', () => {
    it('is full jitter under a ceiling that doubles each retry', () => {
      assert.equal(backoffDelay(0, () => 0), 0);
      assert.equal(backoffDelay(0, () => 0.5, 500), 250);
      assert.equal(backoffDelay(1, () => 0.5, 500), 500);
      assert.equal(backoffDelay(3, () => 0.5, 500), 2000);
      assert.ok(backoffDelay(2, () => 0.999999, 500) < 2000);
    });

    it('keeps a jitter source that strays outside [0, 1) within the ceiling', () => {
      assert.equal(backoffDelay(0, () => -1, 500), 0);
      assert.equal(backoffDelay(0, () => 2, 500), 500);
      assert.equal(backoffDelay(2, () => 1, 100, 300), 300);
    });

    it('uses 500 ms and 30 s when no base or maximum is given', () => {
      assert.equal(backoffDelay(0, () => 0.5), 250);
      assert.equal(backoffDelay(10, () => 0.5), 15_000);
    });

    it('never exceeds the maximum delay', () => {
      assert.equal(backoffDelay(20, () => 0.999999, 500, 30_000), 29_999);
      assert.ok(backoffDelay(60, () => 1, 500) <= MAX_DELAY_MS);
    });
  });

  describe('decisions', () => {
    const status = (code: number, retryAfter?: string): AttemptOutcome => ({ type: 'response', status: code, retryAfter });

    it('retries GET/DELETE on network errors, timeouts, 429, 502, 503 and 504', () => {
      for (const outcome of [{ type: 'network' } as const, { type: 'timeout' } as const, status(429), status(502), status(503), status(504)]) {
        assert.deepEqual(decideRetry(outcome, context()), { retry: true, delayMs: 250 }, JSON.stringify(outcome));
      }
    });

    it('does not retry answers that would not change: 400, 404, 409, 500', () => {
      for (const code of [400, 401, 403, 404, 409, 500]) assert.equal(decideRetry(status(code), context()).retry, false, String(code));
    });

    it('resends a POST only on 429', () => {
      const post = context({ idempotent: false });
      assert.equal(decideRetry(status(429), post).retry, true);
      for (const outcome of [{ type: 'network' } as const, { type: 'timeout' } as const, status(500), status(502), status(503), status(504)]) {
        assert.equal(decideRetry(outcome, post).retry, false, JSON.stringify(outcome));
      }
    });

    it('honours a Retry-After of exactly the maximum wait, and no more', () => {
      assert.deepEqual(decideRetry(status(503, '30'), context()), { retry: true, delayMs: 30_000 });
      assert.deepEqual(decideRetry(status(503, new Date(NOW + 31_000).toUTCString()), context()), { retry: false, retryAfterMs: 31_000 });
      assert.deepEqual(decideRetry(status(429, '5'), context({ maxDelayMs: 4000 })), { retry: false, retryAfterMs: 5000 });
      assert.deepEqual(decideRetry(status(429, '4'), context({ maxDelayMs: 4000 })), { retry: true, delayMs: 4000 });
    });

    it('backs off from the base delay it is given, and reports no wait for an answer without one', () => {
      assert.deepEqual(decideRetry(status(503), context({ baseDelayMs: 100, retriesDone: 1 })), { retry: true, delayMs: 100 });
      assert.deepEqual(decideRetry(status(404), context()), { retry: false, retryAfterMs: undefined });
      assert.deepEqual(decideRetry({ type: 'network' }, context({ idempotent: false })), { retry: false, retryAfterMs: undefined });
    });

    it('stops after maxRetries', () => {
      assert.equal(decideRetry(status(503), context({ retriesDone: 3 })).retry, true);
      assert.equal(decideRetry(status(503), context({ retriesDone: 4 })).retry, false);
      assert.equal(decideRetry({ type: 'timeout' }, context({ maxRetries: 0 })).retry, false);
    });

    it('waits exactly what Retry-After asks, and gives up (reporting the wait) when it asks too much', () => {
      assert.deepEqual(decideRetry(status(429, '3'), context()), { retry: true, delayMs: 3000 });
      assert.deepEqual(decideRetry(status(503, new Date(NOW + 9000).toUTCString()), context()), { retry: true, delayMs: 9000 });
      assert.deepEqual(decideRetry(status(429, '120'), context()), { retry: false, retryAfterMs: 120_000 });
      assert.deepEqual(decideRetry(status(429, '2'), context({ retriesDone: 4 })), { retry: false, retryAfterMs: 2000 });
    });
  });
});
