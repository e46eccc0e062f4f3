// Heap held by the tree model for 10,000 numbers, in a process of its own (run with --expose-gc)
// so nothing else allocates in between. The client is warmed up first (token, connection, lazily
// loaded fetch internals), then: forced GC, heap used; load the tree and page one state to
// 10,000 numbers with "Load more"; forced GC, heap used. The model stays referenced throughout.
// Then the cost of the view's data after one more page, at that size.
// Prints one JSON line.
import { performance } from 'node:perf_hooks';
import { QualifiedNumbersModel } from '../../src/model/tree/treeModel';
import { countingClient } from '../lib/client';

export const STATE = 'GLOBAL_PROCESS_STATE_VERIFIED';
export const TARGET = 10_000;

export interface MemoryResult {
  heapDeltaBytes: number;
  numbersHeld: number;
  groupViewsMs: number;
}

function settledHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const url = process.env.BENCH_SANDBOX_URL ?? '';
  const { client } = countingClient(url);
  // Warm-up: token, sockets, and the same code paths once, on a model that is then dropped.
  const warmUp = new QualifiedNumbersModel({ pageSize: 100 });
  warmUp.setSource(client);
  await warmUp.reload();
  await warmUp.loadMore(STATE);
  warmUp.groupViews();

  const before = settledHeap();
  const model = new QualifiedNumbersModel({ pageSize: 100 });
  model.setSource(client);
  await model.reload();
  const group = (): number => model.groupViews().find((g) => g.state === STATE)?.numbers.length ?? 0;
  while (group() < TARGET) await model.loadMore(STATE);
  const after = settledHeap();
  const numbersHeld = model.groupViews().reduce((sum, g) => sum + g.numbers.length, 0);

  // What the first render after a new page costs at this size (groupViews() and the owner map are
  // cached until the number lists change): one more page in another group, then time it.
  await model.loadMore('GLOBAL_PROCESS_STATE_ELIGIBLE');
  const start = performance.now();
  model.groupViews();
  const groupViewsMs = performance.now() - start;
  const result: MemoryResult = { heapDeltaBytes: after - before, numbersHeld, groupViewsMs };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
