// Listing order and page tokens where they are easy to get wrong: rows that share a time (the
// phone number breaks the tie, across pages), a cursor row that left the state, and tokens that
// look right but are not this server's.
import * as assert from 'node:assert/strict';
import type { ListQualifiedNumbersResponse } from '../../../src/api/types';
import type { RunningSandbox } from '../../../src/sandbox';
import { BASE, del, get, numberPath, post, PROJECT, startTestSandbox, violations } from './helpers';

const PENDING = 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING';
const list = (sb: RunningSandbox, query: string) => get<ListQualifiedNumbersResponse>(sb, `${BASE}/qualifiedNumbers?${query}`);
const token = (body: Record<string, unknown>): string => Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');

async function pages(sb: RunningSandbox, query: string, pageSize: number): Promise<string[][]> {
  const out: string[][] = [];
  let next = '';
  do {
    const reply = await list(sb, `${query}&pageSize=${pageSize}${next ? `&pageToken=${next}` : ''}`);
    assert.equal(reply.status, 200, reply.text);
    out.push(reply.body.qualifiedNumbers.map((n) => n.phoneNumber));
    next = reply.body.nextPageToken ?? '';
  } while (next && out.length < 50);
  return out;
}

describe('sandbox list order and tokens', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0 });
  });
  afterEach(() => sb.close());

  it('breaks ties of createdTime and updatedTime by phone number, page after page', async () => {
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550150', '+12025550110', '+12025550140'] });
    sb.advanceClock(1);
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550130', '+12025550120', '+12025550100'] });
    for (const orderBy of ['createdTime', 'updatedTime']) {
      assert.deepEqual(await pages(sb, `states=${PENDING}&orderBy=${orderBy}`, 2), [
        ['+12025550110', '+12025550140'], ['+12025550150', '+12025550100'], ['+12025550120', '+12025550130'],
      ], orderBy);
    }
    assert.deepEqual((await pages(sb, `states=${PENDING}`, 4)).flat(), ['+12025550100', '+12025550110', '+12025550120', '+12025550130', '+12025550140', '+12025550150']);
  });

  it('continues after a cursor row that was deleted, and lists only the region asked for on every page', async () => {
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550101', '+14165550102', '+12025550103', '+14165550104', '+12025550105', '+12025550106'] });
    const first = await list(sb, `states=${PENDING}&regionCode=US&pageSize=2`);
    assert.deepEqual(first.body.qualifiedNumbers.map((n) => n.phoneNumber), ['+12025550101', '+12025550103']);
    assert.equal(first.body.totalSize, 4);
    assert.equal((await del(sb, numberPath('+12025550103'))).status, 200);
    const second = await list(sb, `states=${PENDING}&regionCode=US&pageSize=2&pageToken=${first.body.nextPageToken}`);
    assert.deepEqual(second.body.qualifiedNumbers.map((n) => n.phoneNumber), ['+12025550105', '+12025550106']);
    assert.equal(second.body.nextPageToken, '');
    assert.equal(second.body.totalSize, 3);
    assert.deepEqual((await list(sb, `states=${PENDING}&regionCode=CA`)).body.qualifiedNumbers.map((n) => n.phoneNumber), ['+14165550102', '+14165550104']);
  });

  it('refuses tokens of another project, and ones that decode but were never issued', async () => {
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550101', '+12025550102'] });
    const ours = { v: 1, p: PROJECT, s: PENDING, r: '', o: '', k: '+12025550101', n: '+12025550101' };
    const good = await list(sb, `states=${PENDING}&pageToken=${token(ours)}`);
    assert.deepEqual(good.body.qualifiedNumbers.map((n) => n.phoneNumber), ['+12025550102'], 'a well-formed token of this query pages on');
    const byTime = await list(sb, `states=${PENDING}&orderBy=createdTime&pageToken=${token({ ...ours, o: 'createdTime', k: Date.parse('2025-01-06T09:00:00Z') })}`);
    assert.deepEqual(byTime.body.qualifiedNumbers.map((n) => n.phoneNumber), ['+12025550102'], 'a numeric key for a time order');

    const notOurs = 'is not a page token this server issued';
    const different = 'belongs to a different query; keep states, regionCode and orderBy the same while paging';
    const cases: Array<[string, string]> = [
      [token({ ...ours, v: 2 }), notOurs],
      [token({ ...ours, n: 5 }), notOurs],
      [token({ ...ours, k: true }), notOurs],
      [token({ ...ours, k: undefined }), notOurs],
      [Buffer.from('null').toString('base64url'), notOurs],
      [Buffer.from('"text"').toString('base64url'), notOurs],
      [Buffer.from('{"v":1').toString('base64url'), notOurs],
      // Well-formed, but longer than any token this server issues (2,000 characters).
      [token({ ...ours, pad: 'x'.repeat(1600) }), notOurs],
      [token({ ...ours, p: 'another-project' }), different],
      [token({ ...ours, s: 'GLOBAL_PROCESS_STATE_VERIFIED' }), different],
      [token({ ...ours, r: 'US' }), different],
      [token({ ...ours, o: 'updatedTime' }), different],
    ];
    for (const [pageToken, reason] of cases) {
      const reply = await list(sb, `states=${PENDING}&pageToken=${pageToken}`);
      assert.equal(reply.status, 400, pageToken);
      assert.equal((reply.body as unknown as { message: string }).message, 'The page token is not valid for this request.');
      assert.deepEqual(violations(reply), [{ field: 'pageToken', description: reason }], pageToken);
    }
  });
});
