import * as assert from 'node:assert/strict';
import { GLOBAL_PROCESS_STATES, type ListQualifiedNumbersResponse } from '../../../src/api/types';
import type { RunningSandbox } from '../../../src/sandbox';
import { assertViolation, BASE, get, listAll, post, startTestSandbox } from './helpers';

const VERIFIED = 'GLOBAL_PROCESS_STATE_VERIFIED';
const list = (sb: RunningSandbox, query: string) => get<ListQualifiedNumbersResponse>(sb, `${BASE}/qualifiedNumbers?${query}`);

describe('sandbox list: paging, order, filters, validation', () => {
  let sb: RunningSandbox;
  // 1,000 numbers: 100 per state.
  before(async () => {
    sb = await startTestSandbox({ numbers: 1000, maxPageSize: 40 });
  });
  after(() => sb.close());

  it('pages through a state to the end: no repeats, no gaps, the same totalSize on every page', async () => {
    const seen: string[] = [];
    const totals = new Set<number>();
    let token = '';
    let pages = 0;
    do {
      const reply = await list(sb, `states=${VERIFIED}&pageSize=7${token ? `&pageToken=${token}` : ''}`);
      assert.equal(reply.status, 200, reply.text);
      pages++;
      totals.add(reply.body.totalSize ?? -1);
      assert.ok(reply.body.qualifiedNumbers.length <= 7);
      assert.ok(reply.body.qualifiedNumbers.every((n) => n.globalProcessState === VERIFIED));
      seen.push(...reply.body.qualifiedNumbers.map((n) => n.phoneNumber));
      token = reply.body.nextPageToken ?? '';
    } while (token);
    assert.deepEqual([...totals], [100]);
    assert.equal(seen.length, 100);
    assert.equal(new Set(seen).size, 100);
    assert.equal(pages, 15);
    assert.deepEqual(seen, [...seen].sort(), 'default order is by phone number');
  });

  it('uses a default page size of 20 and caps pageSize at maxPageSize', async () => {
    assert.equal((await list(sb, `states=${VERIFIED}`)).body.qualifiedNumbers.length, 20);
    const capped = await list(sb, `states=${VERIFIED}&pageSize=1000`);
    assert.equal(capped.body.qualifiedNumbers.length, 40);
    assert.ok(capped.body.nextPageToken);
    assert.equal((await list(sb, `states=${VERIFIED}&pageSize=0`)).body.qualifiedNumbers.length, 20);
  });

  it('ends with an empty nextPageToken on the last page, without an extra empty page when the size fits', async () => {
    for (const [pageSize, expectedPages] of [[40, [40, 40, 20]], [25, [25, 25, 25, 25]]] as const) {
      const sizes: number[] = [];
      let token = '';
      do {
        const reply = await list(sb, `states=${VERIFIED}&pageSize=${pageSize}${token ? `&pageToken=${token}` : ''}`);
        sizes.push(reply.body.qualifiedNumbers.length);
        token = reply.body.nextPageToken ?? '';
        if (sizes.length === expectedPages.length) assert.equal(reply.body.nextPageToken, '');
      } while (token);
      assert.deepEqual(sizes, expectedPages);
    }
  });

  it('orders by createdTime or updatedTime, ascending, across pages', async () => {
    for (const field of ['createdTime', 'updatedTime'] as const) {
      const rows = await listAll(sb, 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE', `&orderBy=${field}`, 9);
      assert.equal(rows.length, 100);
      const times = rows.map((n) => Date.parse(n[field] ?? ''));
      assert.deepEqual(times, [...times].sort((a, b) => a - b), `${field} ascending`);
      assert.notDeepEqual(rows.map((n) => n.phoneNumber), [...rows.map((n) => n.phoneNumber)].sort(), 'not merely phone order');
    }
  });

  it('filters by regionCode; US and CA together make the whole state', async () => {
    const us = await listAll(sb, VERIFIED, '&regionCode=US', 13);
    const ca = await listAll(sb, VERIFIED, '&regionCode=CA', 13);
    assert.ok(us.length > 0 && ca.length > 0);
    assert.ok(us.every((n) => n.regionCode === 'US'));
    assert.ok(ca.every((n) => n.regionCode === 'CA'));
    assert.equal(us.length + ca.length, 100);
  });

  it('seeds every state, and the totals of all states add up to the seeded count', async () => {
    let sum = 0;
    for (const state of GLOBAL_PROCESS_STATES) {
      const reply = await list(sb, `states=${state}&pageSize=1`);
      assert.equal(reply.body.totalSize, 100, state);
      sum += reply.body.totalSize ?? 0;
    }
    assert.equal(sum, 1000);
  });

  it('refuses a page token from another state, filter or order, and tokens it did not issue', async () => {
    const first = await list(sb, `states=${VERIFIED}&pageSize=5`);
    const token = first.body.nextPageToken ?? '';
    assert.ok(token);
    assertViolation(await list(sb, `states=GLOBAL_PROCESS_STATE_ELIGIBLE&pageToken=${token}`), 'pageToken', /different query/);
    assertViolation(await list(sb, `states=${VERIFIED}&regionCode=US&pageToken=${token}`), 'pageToken', /different query/);
    assertViolation(await list(sb, `states=${VERIFIED}&orderBy=createdTime&pageToken=${token}`), 'pageToken', /different query/);
    assertViolation(await list(sb, `states=${VERIFIED}&pageToken=not-a-token`), 'pageToken', /not a page token/);
    // Another page size is fine.
    assert.equal((await list(sb, `states=${VERIFIED}&pageSize=3&pageToken=${token}`)).status, 200);
  });

  it('validates states, regionCode, orderBy and pageSize with field violations', async () => {
    assertViolation(await list(sb, ''), 'states', /required/);
    assertViolation(await list(sb, 'states=VERIFIED'), 'states', /"VERIFIED" is not a state/);
    assertViolation(await list(sb, `states=${VERIFIED}&states=GLOBAL_PROCESS_STATE_ELIGIBLE`), 'states', /one state/);
    assertViolation(await list(sb, `states=${VERIFIED}&regionCode=MX`), 'regionCode', /US or CA/);
    assertViolation(await list(sb, `states=${VERIFIED}&orderBy=phoneNumber`), 'orderBy', /createdTime or updatedTime/);
    assertViolation(await list(sb, `states=${VERIFIED}&pageSize=-1`), 'pageSize');
    assertViolation(await list(sb, `states=${VERIFIED}&pageSize=ten`), 'pageSize');
    const several = await list(sb, 'states=NOPE&regionCode=XX');
    assertViolation(several, 'states');
    assertViolation(several, 'regionCode');
  });
});

describe('sandbox list while numbers change', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0 });
  });
  afterEach(() => sb.close());

  it('continues after the last number sent even when numbers are added before and after it', async () => {
    const phones = Array.from({ length: 10 }, (_, i) => `+1202555${1100 + i * 10}`);
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: phones });
    const pending = 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING';
    const first = await list(sb, `states=${pending}&pageSize=4`);
    assert.deepEqual(first.body.qualifiedNumbers.map((n) => n.phoneNumber), phones.slice(0, 4));
    // One number sorts before the cursor, one after it.
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025551101', '+12025551135'] });
    const second = await list(sb, `states=${pending}&pageSize=4&pageToken=${first.body.nextPageToken}`);
    assert.deepEqual(second.body.qualifiedNumbers.map((n) => n.phoneNumber), ['+12025551135', '+12025551140', '+12025551150', '+12025551160']);
    assert.equal(second.body.totalSize, 12);
  });

  it('lists an empty state as an empty page with totalSize 0', async () => {
    const reply = await list(sb, `states=${VERIFIED}`);
    assert.deepEqual(reply.body, { qualifiedNumbers: [], nextPageToken: '', totalSize: 0 });
  });
});
