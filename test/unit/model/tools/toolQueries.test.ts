// The chat tools' reads against the real sandbox over loopback HTTP.
import * as assert from 'node:assert/strict';
import { createClient } from '../../../../src/api';
import type { QualifiedNumbersApi } from '../../../../src/api/types';
import { STATE_ORDER } from '../../../../src/model/states';
import { countByState, listNumbers, MAX_FILTER_SCAN } from '../../../../src/model/tools/toolQueries';
import { listText } from '../../../../src/model/tools/toolResults';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';

describe('chat tool reads against the sandbox', () => {
  let sandbox: RunningSandbox;
  let client: QualifiedNumbersApi;

  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, clock: 'manual', numbers: 60 });
    client = createClient({ projectId: 'tools', credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic', baseUrl: sandbox.url });
  });
  afterEach(() => sandbox.close());

  it('counts every state (6 each in the seed) with one request per state', async () => {
    const counts = await countByState(client, undefined);
    assert.deepEqual(counts.map((c) => c.state), [...STATE_ORDER]);
    assert.ok(counts.every((c) => c.count === 6));
    const us = await countByState(client, 'US');
    assert.ok(us.reduce((s, c) => s + c.count, 0) < 60);
  });

  it('lists across states up to the limit, with the server total, and says how many more', async () => {
    const outcome = await listNumbers(client, { states: STATE_ORDER, limit: 7 });
    assert.equal(outcome.numbers.length, 7);
    assert.equal(outcome.total, 60);
    assert.deepEqual(outcome.numbers.slice(0, 6).map((n) => n.globalProcessState), Array(6).fill(STATE_ORDER[0]));
    const text = listText(outcome, 'in all states');
    assert.match(text, /^60 qualified numbers in all states; 7 shown\.\n\[.*\]\n53 more not shown;/);
  });

  it('filters by digits by reading pages, counting every match', async () => {
    const all = await listNumbers(client, { states: STATE_ORDER, limit: 100 });
    const target = all.numbers[10].phoneNumber;
    const outcome = await listNumbers(client, { states: STATE_ORDER, limit: 5, matches: (n) => n === target });
    assert.deepEqual(outcome.numbers.map((n) => n.phoneNumber), [target]);
    assert.equal(outcome.total, 1);
    assert.equal(outcome.scanTruncated, false);
  });

  it('stops a filter scan after MAX_FILTER_SCAN numbers and says the total is a lower bound', async () => {
    const big = await startSandbox({ port: 0, clock: 'manual', numbers: MAX_FILTER_SCAN + 100 });
    try {
      const bigClient = createClient({ projectId: 'big', credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic', baseUrl: big.url });
      const outcome = await listNumbers(bigClient, { states: STATE_ORDER, limit: 3, matches: () => true });
      assert.equal(outcome.scanTruncated, true);
      assert.equal(outcome.total, MAX_FILTER_SCAN);
      assert.match(listText(outcome, 'matching "1"'), /^2000\+ qualified numbers matching "1"; 3 shown\.[\s\S]*1997\+ more not shown[\s\S]*stopped after reading 2000 numbers/);
    } finally {
      await big.close();
    }
  });
});
