// A callback body at the edges of its fields: an empty required field is missing, a null or empty
// failureCode means none, and a timestamp with spaces around it is still read.
import * as assert from 'node:assert/strict';
import { parseCallbackBody } from '../../../../src/model/callbacks/event';

const base = { resourceType: 'IMPORTED_NUMBER', eventType: 'OSR_UPDATE', eventId: 'e1', timestamp: '2025-01-06T09:01:10Z', projectId: 'p', resourceId: '+12025550134', status: 'SUCCEEDED' };
const parse = (extra: Record<string, unknown>) => parseCallbackBody(Buffer.from(JSON.stringify({ ...base, ...extra })));

describe('callback body field edges', () => {
  it('takes an empty required field as missing', () => {
    assert.deepEqual(parse({ eventId: '' }), { ok: false, reason: 'The JSON lacks eventId (text every callback carries).' });
  });

  it('reads a null or empty failureCode as none', () => {
    for (const failureCode of [null, '']) assert.deepEqual(parse({ failureCode }), { ok: true, event: base }, String(failureCode));
  });

  it('reads a timestamp with spaces around it', () => {
    const parsed = parse({ timestamp: ' 2025-01-06T09:01:10Z ' });
    assert.equal(parsed.ok, true);
  });
});
