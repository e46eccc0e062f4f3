// Injected timers for AutoRefresher tests (the number tree's and the hosting orders').
import type { Timers } from '../../../../src/model/tree/autoRefresh';

/** Timers that fire only when the test advances them. */
export class FakeTimers implements Timers {
  now = 0;
  private queue: Array<{ at: number; fn: () => void; id: number }> = [];
  private nextId = 1;
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.queue.push({ at: this.now + ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }
  pending(): number[] {
    return this.queue.map((t) => t.at - this.now);
  }
  /** Fires due timers and lets their promises settle. */
  async advance(ms: number): Promise<void> {
    this.now += ms;
    for (const due of this.queue.filter((t) => t.at <= this.now)) {
      this.queue = this.queue.filter((t) => t !== due);
      due.fn();
    }
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }
}
