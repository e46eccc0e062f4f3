// When to reload the tree on its own: only while numbers wait on Sinch (a transient state is not
// empty) and the view is visible, every `intervalSeconds`, doubling the wait after each failed
// reload up to `maxBackoffSeconds`. Timers are injected so tests run without waiting.
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The host's own timers, for the views. */
export const REAL_TIMERS: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AutoRefreshOptions {
  /** 0 turns auto-refresh off. */
  intervalSeconds(): number;
  /** The view is visible and numbers sit in a transient state. */
  wanted(): boolean;
  /** Resolves true when the reload worked, false (or rejects) when it failed. */
  refresh(): Promise<boolean>;
  timers: Timers;
  maxBackoffSeconds?: number;
}

export class AutoRefresher {
  private handle: unknown;
  private scheduledFor: number | undefined;
  private failures = 0;
  private running = false;
  private disposed = false;

  constructor(private readonly options: AutoRefreshOptions) {}

  /** Seconds until the next reload given the failures so far (exposed for tests and tooltips). */
  nextDelaySeconds(): number {
    const base = this.options.intervalSeconds();
    const max = Math.max(base, this.options.maxBackoffSeconds ?? 600);
    return Math.min(base * 2 ** Math.min(this.failures, 16), max);
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  get scheduled(): boolean {
    return this.handle !== undefined;
  }

  /** Call whenever visibility, the loaded data or the interval setting changes. */
  update(): void {
    if (this.disposed || this.running) return;
    const interval = this.options.intervalSeconds();
    if (!(interval > 0) || !this.options.wanted()) {
      this.clear();
      this.failures = 0;
      return;
    }
    const delayMs = this.nextDelaySeconds() * 1000;
    // Keep an existing timer unless the interval changed under it.
    if (this.handle !== undefined && this.scheduledFor === delayMs) return;
    this.clear();
    this.scheduledFor = delayMs;
    this.handle = this.options.timers.setTimeout(() => void this.fire(), delayMs);
  }

  dispose(): void {
    this.disposed = true;
    this.clear();
  }

  private async fire(): Promise<void> {
    this.handle = undefined;
    this.scheduledFor = undefined;
    if (this.disposed) return;
    this.running = true;
    let ok: boolean;
    try {
      ok = await this.options.refresh();
    } catch {
      ok = false;
    } finally {
      this.running = false;
    }
    this.failures = ok ? 0 : this.failures + 1;
    this.update();
  }

  private clear(): void {
    if (this.handle !== undefined) this.options.timers.clearTimeout(this.handle);
    this.handle = undefined;
    this.scheduledFor = undefined;
  }
}
