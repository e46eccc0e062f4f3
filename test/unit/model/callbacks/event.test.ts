import * as assert from 'node:assert/strict';
import { parseCallbackBody, parseTimestamp } from '../../../../src/model/callbacks/event';

const EVENT = { resourceType: 'IMPORTED_NUMBER', eventType: 'OSR_UPDATE', eventId: 'e1', timestamp: '2025-01-06T09:01:10Z', projectId: 'p', resourceId: '+12025550134', status: 'FAILED', failureCode: 'INVALID_NNID' };
const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('callback bodies', () => {
  it('reads an event, keeping its failure code', () => {
    const parsed = parseCallbackBody(bytes(JSON.stringify(EVENT)));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.event, EVENT);
  });

  it('calls empty, non-UTF-8, non-JSON, non-object and incomplete bodies malformed, saying why', () => {
    const reasons = [
      ['', /empty/],
      ['not json', /not JSON/],
      ['[1,2]', /not an object/],
      ['"text"', /not an object/],
      [JSON.stringify({ ...EVENT, eventId: undefined, status: 3 }), /lacks eventId, status/],
      [JSON.stringify({ ...EVENT, timestamp: 'yesterday' }), /not an ISO-8601/],
      [JSON.stringify({ ...EVENT, failureCode: 7 }), /failureCode is not text/],
    ] as const;
    for (const [body, reason] of reasons) {
      const parsed = parseCallbackBody(bytes(body));
      assert.equal(parsed.ok, false, body);
      if (!parsed.ok) assert.match(parsed.reason, reason, body);
    }
    const latin1 = parseCallbackBody(Buffer.from([0x7b, 0xff, 0x7d]));
    assert.ok(!latin1.ok && /not UTF-8/.test(latin1.reason));
  });

  it('reads a timestamp without a zone as UTC, and honours zones and fractions', () => {
    assert.equal(parseTimestamp('2025-01-06T09:01:10'), Date.UTC(2025, 0, 6, 9, 1, 10));
    assert.equal(parseTimestamp('2025-01-06T09:01:10.123456'), Date.UTC(2025, 0, 6, 9, 1, 10, 123));
    assert.equal(parseTimestamp('2025-01-06T09:01:10Z'), Date.UTC(2025, 0, 6, 9, 1, 10));
    assert.equal(parseTimestamp('2025-01-06T10:01:10+01:00'), Date.UTC(2025, 0, 6, 9, 1, 10));
    assert.equal(parseTimestamp('06/01/2025'), undefined);
  });
});
