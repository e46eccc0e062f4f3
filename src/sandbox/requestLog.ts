// The log of API requests the sandbox answered (not /_sandbox/ calls), newest last, bounded so a
// long session or a benchmark cannot grow it without end.
import type { SandboxRequestLogEntry } from './contract';

export const REQUEST_LOG_LIMIT = 1000;

export class RequestLog {
  private entries: SandboxRequestLogEntry[] = [];

  add(entry: SandboxRequestLogEntry): void {
    this.entries.push(entry);
    // Trim in batches so each request stays O(1) on average.
    if (this.entries.length > REQUEST_LOG_LIMIT * 2) this.entries = this.entries.slice(-REQUEST_LOG_LIMIT);
  }

  list(): readonly SandboxRequestLogEntry[] {
    return this.entries.length > REQUEST_LOG_LIMIT ? this.entries.slice(-REQUEST_LOG_LIMIT) : [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
