// How the built-in sandbox starts: a real-time clock and a free loopback port, or the port of the
// `sinch.sandbox.port` setting (so the user's own code can reach it). The test environment may
// ask for a port (SINCH_SANDBOX_PORT, so e2e tests can reach /_sandbox/; it wins over the setting)
// or a manual clock (SINCH_SANDBOX_CLOCK=manual, for deterministic runs), and where that clock
// starts (SINCH_SANDBOX_START, an ISO date-time: the UI tests start it at the run's time, so the
// tree's ages in their screenshots read as a user sees them, not "last yr."). No vscode import.
import type { SandboxOptions } from '../sandbox/index';

export type Env = Readonly<Record<string, string | undefined>>;

export function sandboxOptionsFromEnv(env: Env, settingsPort = 0): SandboxOptions {
  const options: SandboxOptions = { host: '127.0.0.1', port: settingsPort, clock: 'realtime' };
  const clock = env.SINCH_SANDBOX_CLOCK?.trim();
  if (clock === 'manual' || clock === 'realtime') options.clock = clock;
  const port = Number(env.SINCH_SANDBOX_PORT);
  if (env.SINCH_SANDBOX_PORT && Number.isInteger(port) && port > 0 && port < 65536) options.port = port;
  const start = Date.parse(env.SINCH_SANDBOX_START?.trim() ?? '');
  if (!Number.isNaN(start)) options.startTime = new Date(start).toISOString();
  return options;
}

/** The sandbox accepts any non-empty key; these are placeholders, not secrets, and are never stored. */
export const SANDBOX_CREDENTIALS = { keyId: 'sandbox-key-id', keySecret: 'sandbox-key-secret' } as const;

/** First retry backoff against the in-process sandbox (Sinch's servers get 500 ms, doubling). */
export const SANDBOX_RETRY_BASE_DELAY_MS = 50;
/** The project the sandbox's seeded numbers live in, as far as the extension is concerned. */
export const SANDBOX_PROJECT_ID = 'sandbox-project';

/** The sandbox's base URL with the project path, for the user's own code and curl. */
export function sandboxProjectUrl(sandboxUrl: string): string {
  return `${sandboxUrl.replace(/\/+$/, '')}/v1/projects/${SANDBOX_PROJECT_ID}`;
}
