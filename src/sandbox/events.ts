// Fan-out of sandbox events (voice calls, callbacks, hosting-order steps) to listeners, plus a
// short history for GET /_sandbox/events. A throwing listener never disturbs the sandbox.
import type { SandboxEvent } from './contract';

const HISTORY = 500;

export interface TimedEvent {
  time: string;
  event: SandboxEvent;
}

export class EventHub {
  private readonly listeners = new Set<(event: SandboxEvent) => void>();
  private history: TimedEvent[] = [];
  private closed = false;

  constructor(private readonly now: () => number) {}

  on(listener: (event: SandboxEvent) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  emit(event: SandboxEvent): void {
    if (this.closed) return;
    this.history.push({ time: new Date(this.now()).toISOString(), event });
    if (this.history.length > HISTORY) this.history = this.history.slice(-HISTORY);
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A listener's bug is its own; the sandbox keeps serving.
      }
    }
  }

  recent(): readonly TimedEvent[] {
    return this.history;
  }

  clear(): void {
    this.history = [];
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
  }
}
