// The sandbox's virtual clock. Every lifecycle step, token expiry and timestamp reads it, so tests
// move time by calling `advance` instead of sleeping, and a person can speed the sandbox up.
import type { SandboxClockMode } from './contract';

export interface VirtualClock {
  readonly mode: SandboxClockMode;
  readonly speed: number;
  /** Virtual milliseconds since the epoch. */
  now(): number;
  /** Jumps forward (both modes). */
  advance(seconds: number): void;
}

export interface ClockOptions {
  mode: SandboxClockMode;
  /** Virtual seconds per real second in realtime mode. */
  speed?: number;
  /** Virtual time at start, in epoch ms. */
  startMs: number;
  /** Real time source; injectable so the realtime mode is testable without waiting. */
  realNow?: () => number;
}

/** Where a manual clock starts when nothing else is said: fixed, so manual runs are reproducible. */
export const MANUAL_CLOCK_START_MS = Date.UTC(2025, 0, 6, 9, 0, 0);

export function createClock(options: ClockOptions): VirtualClock {
  const speed = options.speed ?? 1;
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`clock speed must be a positive number, not ${speed}`);
  const realNow = options.realNow ?? Date.now;
  const realStart = realNow();
  let offsetMs = 0;
  const mode = options.mode;
  return {
    mode,
    speed,
    now: mode === 'manual'
      ? () => options.startMs + offsetMs
      : () => options.startMs + offsetMs + Math.floor((realNow() - realStart) * speed),
    advance(seconds: number): void {
      if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`advance needs a finite number of seconds >= 0, not ${seconds}`);
      offsetMs += Math.round(seconds * 1000);
    },
  };
}
