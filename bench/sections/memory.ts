// Memory for 10,000 numbers held by the tree model: the heap delta measured in a child process
// (memory/child.ts). The sandbox holding them runs in yet another process.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { MemoryResult } from '../memory/child';
import type { Row } from '../lib/report';
import type { SandboxProcess } from '../lib/sandboxProcess';

const SECTION = 'Memory';
export const MEMORY_BUDGET_MB = 10;

export async function measureMemory(sandbox: SandboxProcess): Promise<Row[]> {
  const script = resolve(__dirname, '..', 'memory', 'child.ts');
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    env: { ...process.env, BENCH_SANDBOX_URL: sandbox.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  const line = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`memory child failed (exit ${code}): ${stderr.trim().split('\n').slice(-5).join(' / ')}`);
  const result = JSON.parse(line) as MemoryResult;
  const mb = result.heapDeltaBytes / 1e6;
  return [
    {
      section: SECTION,
      name: `heap held by the tree model (${result.numbersHeld.toLocaleString('en-US')} numbers)`,
      measured: mb,
      unit: 'MB',
      budget: { op: '<=', value: MEMORY_BUDGET_MB },
      note: `${Math.round(result.heapDeltaBytes / result.numbersHeld)} bytes per number; heapUsed after forced GC, before/after`,
    },
    {
      section: SECTION,
      name: 'groupViews() after one more page at that size',
      measured: result.groupViewsMs,
      unit: 'ms',
      note: 'computed once per change, then reused by every TreeItem of the render',
    },
  ];
}
