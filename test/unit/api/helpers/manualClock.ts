// A clock whose time moves only when the test says so: sleeps resolve once `advance` passes their
// end. Used as the client's `timer`, it ends hung attempts without any real waiting.
import type { Clock } from '../../../../src/api/config';

export class ManualClock implements Clock {
  private current = 0;
  private readonly sleepers: Array<{ at: number; resolve: () => void }> = [];

  now(): number {
    return this.current;
  }

  /** Sleeps not yet ended. */
  get pending(): number {
    return this.sleepers.length;
  }

  advance(ms: number): void {
    this.current += ms;
    for (const sleeper of this.sleepers.filter((s) => s.at <= this.current)) {
      this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
      sleeper.resolve();
    }
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const sleeper = { at: this.current + ms, resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener('abort', () => {
        const index = this.sleepers.indexOf(sleeper);
        if (index >= 0) this.sleepers.splice(index, 1);
        reject(signal.reason);
      }, { once: true });
    });
  }
}
