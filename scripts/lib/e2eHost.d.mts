// Types of e2eHost.mjs for the TypeScript e2e support library.
import type { BrowserContext } from 'playwright-core';

export interface E2eHost {
  readonly url: string;
  readonly port: number;
  /** The extension's built-in sandbox listens here (SINCH_SANDBOX_PORT). */
  readonly sandboxPort: number;
  readonly dir: string;
  readonly workspace: string;
  readonly logFile: string;
  /** code-server's logs folder (extension host logs, the extension's own log channel). */
  readonly logsDir: string;
  readonly browser: BrowserContext;
  workbenchUrl(query?: Record<string, string>): string;
  /** Merges into the user settings.json; code-server applies it live. */
  updateSettings(settings: Record<string, unknown>): void;
  stop(): Promise<void>;
}

export function startE2eHost(options?: {
  print?: (line: string) => void;
  headless?: boolean;
  settings?: Record<string, unknown>;
}): Promise<E2eHost>;
