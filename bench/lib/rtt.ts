// The round-trip time the floors are made of: one list request with a cached token on a warm
// connection, as the client makes it (latency injected by the sandbox, plus loopback, server and
// client parsing). Measured, not assumed, and interleaved with the samples it is the floor of, so
// a busy moment on a shared machine raises floor and figure alike.
import { performance } from 'node:perf_hooks';
import type { QualifiedNumbersClient } from '../../src/api/index';

export class RttSampler {
  readonly samples: number[] = [];
  private warmed = false;

  constructor(
    private readonly client: QualifiedNumbersClient,
    private readonly pageSize: number,
  ) {}

  /** Takes `count` round trips (the first call ever also fetches the token: not counted). */
  async take(count: number): Promise<void> {
    if (!this.warmed) {
      await this.once();
      this.warmed = true;
    }
    for (let i = 0; i < count; i++) this.samples.push(await this.once());
  }

  private async once(): Promise<number> {
    const start = performance.now();
    await this.client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: this.pageSize });
    return performance.now() - start;
  }
}

export interface Probe {
  /** Epoch ms when the probe request started. */
  at: number;
  ms: number;
}

/**
 * Round trips taken one after another while `work` runs (from this process, so they do not share
 * the measured process's event loop): the floor of a walk run elsewhere, taken under the same load.
 */
export async function probeWhile<T>(client: QualifiedNumbersClient, pageSize: number, work: Promise<T>): Promise<{ result: T; probes: Probe[] }> {
  let done = false;
  const probes: Probe[] = [];
  const loop = (async (): Promise<void> => {
    while (!done) {
      const at = performance.timeOrigin + performance.now();
      const start = performance.now();
      await client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize });
      probes.push({ at, ms: performance.now() - start });
      // A short gap between probes keeps the sandbox mostly to the walk.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  try {
    return { result: await work, probes };
  } finally {
    done = true;
    await loop;
  }
}
