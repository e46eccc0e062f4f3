// What the route handlers share: one object per running sandbox.
import type { TokenIssuer } from './auth';
import type { SandboxEngine } from './engine';
import type { EventHub } from './events';
import type { FaultQueue } from './faults';
import type { RequestLog } from './requestLog';
import type { TestCallbacks } from './testCallbacks';

export interface SandboxContext {
  readonly engine: SandboxEngine;
  readonly tokens: TokenIssuer;
  readonly faults: FaultQueue;
  readonly requests: RequestLog;
  readonly events: EventHub;
  readonly testCallbacks: TestCallbacks;
  readonly maxPageSize: number;
  /** Fresh data (optionally from a new seed), no scripted faults, empty logs. */
  reset(seed?: number): void;
  /** Resolves once every change so far is in the data file (at once without --data): answers to writes wait for it. */
  durable(): Promise<void>;
}
