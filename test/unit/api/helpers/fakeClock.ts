// A clock for tests: time moves only when told or when the client "sleeps", and every sleep is
// recorded and resolves at once, so retry and expiry tests never wait for real.
import type { Clock } from '../../../../src/api/config';

export class FakeClock implements Clock {
  readonly sleeps: number[] = [];

  constructor(private current = Date.UTC(2025, 0, 15, 12, 0, 0)) {}

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.sleeps.push(ms);
    this.current += ms;
    return Promise.resolve();
  }
}
