// "just now" ends at 45 seconds; from there to a minute the description says one minute, past or future.
import assert from 'node:assert/strict';
import { relativeTime } from '../../../../src/model/tree/relativeTime';

const NOW = Date.parse('2024-05-01T12:00:00Z');

describe('relative times under a minute', () => {
  it('says "just now" up to 44 seconds and one minute from 45', () => {
    assert.equal(relativeTime('2024-05-01T11:59:16Z', NOW), 'just now');
    assert.equal(relativeTime('2024-05-01T11:59:15Z', NOW), '1 min. ago');
    assert.equal(relativeTime('2024-05-01T11:59:05Z', NOW), '1 min. ago');
    assert.equal(relativeTime('2024-05-01T12:00:50Z', NOW), 'in 1 min.');
  });
});
