// When a callback arrived, as its row says: the time alone for today (local), the day before it for
// any other day, also one of the same date in another month or year. And the row's icon for an
// event that neither succeeded nor failed.
import * as assert from 'node:assert/strict';
import { CallbackInbox } from '../../../../src/model/callbacks/inbox';
import { callbackRow, receivedWords } from '../../../../src/model/callbacks/presentation';

const local = (y: number, m: number, d: number): number => new Date(y, m, d, 9, 1, 10).getTime();
const now = new Date(2025, 4, 6, 18, 0, 0).getTime();

describe('callback received time', () => {
  it('shows only the time for today', () => {
    assert.equal(receivedWords(local(2025, 4, 6), now), '09:01:10');
  });

  it('shows the day for another day, month or year', () => {
    assert.equal(receivedWords(local(2025, 4, 5), now), 'May 5, 09:01:10');
    assert.equal(receivedWords(local(2025, 3, 6), now), 'Apr 6, 09:01:10');
    assert.equal(receivedWords(local(2024, 4, 6), now), 'May 6, 09:01:10');
  });

  it('gives a pending event a plain circle', () => {
    const inbox = new CallbackInbox(() => 'id1');
    const body = JSON.stringify({
      resourceType: 'IMPORTED_NUMBER', eventType: 'OSR_UPDATE', eventId: 'e1', timestamp: '2025-05-06T09:01:10Z',
      projectId: 'p', resourceId: '+12025550134', status: 'IN_PROGRESS',
    });
    const { record } = inbox.add(
      { receivedAt: local(2025, 4, 6), method: 'POST', path: '/', headers: {}, body: Buffer.from(body), answeredStatus: 200 },
      { kind: 'valid', why: 'checked' },
    );
    assert.deepEqual(callbackRow(record, now).icon, { id: 'circle-outline' });
  });
});
