// The tree model against the real sandbox over loopback HTTP, through the real client.
import assert from 'node:assert/strict';
import { createClient } from '../../../../src/api/index';
import type { QualifiedNumbersClient } from '../../../../src/api/client';
import { parseNumberFilter } from '../../../../src/model/tree/filter';
import { QualifiedNumbersModel } from '../../../../src/model/tree/treeModel';
import { STATE_ORDER } from '../../../../src/model/states';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox/index';

describe('QualifiedNumbersModel against the sandbox', () => {
  let sandbox: RunningSandbox;
  let client: QualifiedNumbersClient;

  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, clock: 'manual', numbers: 60 });
    client = createClient({ projectId: 'tree-test', credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic', baseUrl: sandbox.url, authBaseUrl: sandbox.url });
  });

  afterEach(async () => {
    await sandbox.close();
  });

  async function serverCounts(): Promise<number[]> {
    return Promise.all(STATE_ORDER.map(async (state) => (await client.list({ state, pageSize: 1 })).totalSize ?? -1));
  }

  it('shows the sandbox counts per state and no number twice', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 5 });
    model.setSource(client);
    const outcome = await model.reload();
    assert.equal(outcome.failed, 0);
    const groups = model.groupViews();
    assert.deepEqual(groups.map((g) => g.count), await serverCounts());
    assert.equal(groups.reduce((sum, g) => sum + g.count, 0), 60);
    const listed = model.listedNumbers().map((n) => n.phoneNumber);
    assert.equal(new Set(listed).size, listed.length);
    for (const g of groups) assert.ok(g.numbers.length <= 5);
  });

  it('pages a group to its end with load more', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 2 });
    model.setSource(client);
    await model.reload();
    const biggest = [...model.groupViews()].sort((a, b) => b.count - a.count)[0];
    assert.ok(biggest.count > 2, 'the seed has a state with more than two numbers');
    while (model.groupViews().find((g) => g.state === biggest.state)?.hasMore) await model.loadMore(biggest.state);
    const all: string[] = [];
    for await (const n of client.listAll({ state: biggest.state })) all.push(n.phoneNumber);
    assert.deepEqual(model.groupViews().find((g) => g.state === biggest.state)?.numbers.map((n) => n.phoneNumber).sort(), all.sort());
  });

  it('filters across pages and regions the way the server lists them', async () => {
    const first = await firstNumber();
    const lastFour = first.phoneNumber.slice(-4);
    const model = new QualifiedNumbersModel({ pageSize: 50, regionCode: 'US' });
    model.setSource(client);
    const parsed = parseNumberFilter(lastFour);
    assert.ok(parsed.ok);
    model.setFilter(parsed.filter);
    await model.reload();
    const listed = model.listedNumbers();
    assert.ok(listed.every((n) => n.phoneNumber.includes(lastFour) && n.regionCode === 'US'));
    assert.ok(listed.some((n) => n.phoneNumber === first.phoneNumber));
  });

  it("shows a deleted number gone after a reload, with the server's new counts", async () => {
    const model = new QualifiedNumbersModel({ pageSize: 100 });
    model.setSource(client);
    await model.reload();
    const victim = model.listedNumbers()[0];
    await client.delete(victim.phoneNumber);
    await model.reload({ keepLoaded: true });
    assert.equal(model.find(victim.phoneNumber), undefined);
    assert.deepEqual(model.groupViews().map((g) => g.count), await serverCounts());
  });

  it('reports every group failing as one root error', async () => {
    const model = new QualifiedNumbersModel({ pageSize: 5 });
    // No retries: the point is the model's handling of the failure, not the client's backoff.
    model.setSource(createClient({ projectId: 'tree-test', credentials: { keyId: 'k', keySecret: 's' }, auth: 'basic', baseUrl: sandbox.url, maxRetries: 0 }));
    await sandbox.close();
    const outcome = await model.reload();
    assert.equal(outcome.failed, STATE_ORDER.length);
    assert.ok(model.rootError() !== undefined);
    sandbox = await startSandbox({ port: 0, clock: 'manual' });
  });

  async function firstNumber() {
    for (const state of STATE_ORDER) {
      const page = await client.list({ state, pageSize: 1, regionCode: 'US' });
      if (page.qualifiedNumbers[0]) return page.qualifiedNumbers[0];
    }
    throw new Error('the sandbox has no US numbers');
  }
});
