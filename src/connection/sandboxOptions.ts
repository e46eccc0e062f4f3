// How the built-in sandbox starts: a free loopback port and a real-time clock, unless the test
// environment asks for a fixed port (SINCH_SANDBOX_PORT, so e2e tests can reach /_sandbox/) or a
// manual clock (SINCH_SANDBOX_CLOCK=manual, for deterministic runs). No vscode import: unit-tested.
import type { SandboxOptions } from '../sandbox/index';

export type Env = Readonly<Record<string, string | undefined>>;

export function sandboxOptionsFromEnv(env: Env): SandboxOptions {
  const options: SandboxOptions = { host: '127.0.0.1', port: 0, clock: 'realtime' };
  const clock = env.SINCH_SANDBOX_CLOCK?.trim();
  if (clock === 'manual' || clock === 'realtime') options.clock = clock;
  const port = Number(env.SINCH_SANDBOX_PORT);
  if (env.SINCH_SANDBOX_PORT && Number.isInteger(port) && port > 0 && port < 65536) options.port = port;
  return options;
}

/** The sandbox accepts any non-empty key; these are placeholders, not secrets, and are never stored. */
export const SANDBOX_CREDENTIALS = { keyId: 'sandbox-key-id', keySecret: 'sandbox-key-secret' } as const;

/** First retry backoff against the in-process sandbox (Sinch's servers get 500 ms, doubling). */
export const SANDBOX_RETRY_BASE_DELAY_MS = 50;
/** The project the sandbox's seeded numbers live in, as far as the extension is concerned. */
export const SANDBOX_PROJECT_ID = 'sandbox-project';
