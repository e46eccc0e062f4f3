// Scripted faults: the next matching API requests get a slow answer, an error status, no answer,
// a reset connection or a broken body, so clients can be tested against a misbehaving network.
// Control paths (/_sandbox/) are never faulted.
import type { SandboxFault } from './contract';

const KINDS: ReadonlyArray<SandboxFault['kind']> = ['latency', 'status', 'hang', 'reset', 'malformed-json', 'html'];

interface Scripted {
  fault: SandboxFault;
  remaining: number;
}

/** Throws a RangeError naming the first problem; used by the JS API and POST /_sandbox/faults alike. */
export function checkFault(value: unknown, index = 0): SandboxFault {
  const at = `faults[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RangeError(`${at} must be an object`);
  const f = value as Record<string, unknown>;
  if (!KINDS.includes(f.kind as SandboxFault['kind'])) throw new RangeError(`${at}.kind must be one of ${KINDS.join(', ')}`);
  const fault: SandboxFault = { kind: f.kind as SandboxFault['kind'] };
  if (f.kind === 'latency') {
    if (typeof f.ms !== 'number' || !Number.isFinite(f.ms) || f.ms < 0 || f.ms > 600_000) throw new RangeError(`${at}.ms must be a number of milliseconds (0-600000)`);
    fault.ms = f.ms;
  }
  if (f.kind === 'status') {
    if (typeof f.status !== 'number' || !Number.isInteger(f.status) || f.status < 400 || f.status > 599) throw new RangeError(`${at}.status must be an HTTP error status (400-599)`);
    fault.status = f.status;
  }
  if (f.retryAfter !== undefined) {
    if (typeof f.retryAfter !== 'string' || !/^[\w ,:+-]{1,40}$/.test(f.retryAfter)) throw new RangeError(`${at}.retryAfter must be seconds or an HTTP date`);
    fault.retryAfter = f.retryAfter;
  }
  if (f.method !== undefined) {
    if (typeof f.method !== 'string' || !/^[A-Za-z]{1,10}$/.test(f.method)) throw new RangeError(`${at}.method must be an HTTP method`);
    fault.method = f.method.toUpperCase();
  }
  if (f.pathPrefix !== undefined) {
    if (typeof f.pathPrefix !== 'string' || !f.pathPrefix.startsWith('/')) throw new RangeError(`${at}.pathPrefix must start with /`);
    fault.pathPrefix = f.pathPrefix;
  }
  if (f.times !== undefined) {
    if (typeof f.times !== 'number' || !Number.isInteger(f.times) || f.times < 1) throw new RangeError(`${at}.times must be a whole number >= 1`);
    fault.times = f.times;
  }
  return fault;
}

export class FaultQueue {
  private scripted: Scripted[] = [];

  add(faults: readonly SandboxFault[]): void {
    const checked = faults.map((f, i) => checkFault(f, i));
    for (const fault of checked) this.scripted.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.scripted = [];
  }

  pending(): SandboxFault[] {
    return this.scripted.map((s) => ({ ...s.fault, times: s.remaining }));
  }

  /** The first scripted fault matching this request, used up by one; undefined when none. */
  take(method: string, path: string): SandboxFault | undefined {
    if (this.scripted.length === 0) return undefined;
    const i = this.scripted.findIndex((s) => (!s.fault.method || s.fault.method === method) && (!s.fault.pathPrefix || path.startsWith(s.fault.pathPrefix)));
    if (i < 0) return undefined;
    const s = this.scripted[i];
    s.remaining -= 1;
    if (s.remaining <= 0) this.scripted.splice(i, 1);
    return s.fault;
  }
}
