// The sandbox in a process of its own (the production CLI bundle), so a measurement's client and
// server do not share one event loop: on a real network they never would.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface SandboxProcess {
  url: string;
  /** Clears the store (numbers are seeded again on next use), faults and the request log. */
  reset(): Promise<void>;
  /** API requests the sandbox answered since the last reset or clearRequests. */
  requestCount(): Promise<number>;
  clearRequests(): Promise<void>;
  /** Moves the sandbox's manual clock on (orders and numbers move with it). */
  advanceClock(seconds: number): Promise<void>;
  stop(): Promise<void>;
}

export interface SandboxProcessOptions {
  numbers: number;
  latencyMs: number;
}

export async function startSandboxProcess(dist: string, options: SandboxProcessOptions): Promise<SandboxProcess> {
  const args = [join(dist, 'sandbox.js'), '--port', '0', '--clock', 'manual', '--numbers', String(options.numbers), '--latency-ms', String(options.latencyMs)];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`sandbox exited (${code}) before listening:\n${output}`)));
  });
  const control = async (method: string, path: string, body: unknown = {}): Promise<unknown> => {
    const response = await fetch(`${url}/_sandbox/${path}`, { method, ...(method === 'POST' ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {}) });
    if (!response.ok) throw new Error(`${method} /_sandbox/${path}: HTTP ${response.status}`);
    return response.json();
  };
  return {
    url,
    reset: async () => void (await control('POST', 'reset')),
    requestCount: async () => ((await control('GET', 'requests')) as { requests: unknown[] }).requests.length,
    clearRequests: async () => void (await control('DELETE', 'requests')),
    advanceClock: async (seconds) => void (await control('POST', 'clock', { advanceSeconds: seconds })),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
