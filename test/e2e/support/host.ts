// The run's code-server + Chromium, started once by the root hooks (hooks.ts) and shared by all tests.
import type { E2eHost } from '../../../scripts/lib/e2eHost.mjs' with { 'resolution-mode': 'import' };

let current: E2eHost | undefined;

export async function startHost(): Promise<E2eHost> {
  const { startE2eHost } = await import('../../../scripts/lib/e2eHost.mjs');
  current = await startE2eHost({ headless: process.env.SINCH_E2E_HEADED !== '1' });
  // For tests and helpers that talk to the sandbox's /_sandbox/ controls directly.
  process.env.SINCH_SANDBOX_PORT = String(current.sandboxPort);
  process.env.SINCH_E2E_URL = current.url;
  return current;
}

export function host(): E2eHost {
  if (!current) throw new Error('The e2e host is not running: run e2e tests with `npm run test:e2e` (root hooks start it).');
  return current;
}

export async function stopHost(): Promise<void> {
  const running = current;
  current = undefined;
  await running?.stop();
}
