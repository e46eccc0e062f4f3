// Shared by the reliability suites in the extension host: a scripted stand-in for the user that
// records every message the extension shows, a collector of unhandled rejections, and waits on
// conditions (never fixed sleeps).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { SinchExtensionApi } from '../../../src/extension';
import type { RunningSandbox } from '../../../src/sandbox/index';

import { filesUnder, waitFor } from './scriptedUser';

export { filesUnder, ScriptedUser, waitFor, type Shown } from './scriptedUser';

export const EXTENSION_ID = 'sinch-community.sinch-qualified-numbers';

/** Collects unhandled promise rejections raised in this extension host while a suite runs. */
export class RejectionWatch {
  readonly reasons: unknown[] = [];
  private readonly listener = (reason: unknown): void => {
    this.reasons.push(reason);
  };

  start(): this {
    process.on('unhandledRejection', this.listener);
    return this;
  }

  stop(): void {
    process.off('unhandledRejection', this.listener);
  }

  /** The ones that came from this extension's code (its bundle, its sources or its error type). */
  ours(extensionPath: string): string[] {
    return this.reasons
      .map((r) => (r instanceof Error ? `${r.name}: ${r.message}\n${r.stack ?? ''}` : String(r)))
      .filter((text) => text.includes(extensionPath) || /SinchApiError|Sinch|sinch\./.test(text));
  }
}



export async function activateExtension(): Promise<{ api: SinchExtensionApi; extension: vscode.Extension<SinchExtensionApi> }> {
  const extension = vscode.extensions.getExtension<SinchExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return { api: await extension.activate(), extension };
}

/**
 * Writes a marker through the extension's log channel and waits until it is in a log file on disk,
 * so every line logged before it can be read. Returns the log files' text.
 */
export async function flushedLogs(api: SinchExtensionApi): Promise<string> {
  const logsDir = process.env.SINCH_TEST_LOGS_DIR;
  assert.ok(logsDir, 'the runner passes SINCH_TEST_LOGS_DIR');
  const marker = `reliability: log flushed ${process.pid}-${Date.now()}-${Math.random()}`;
  api.services.log.info(marker);
  const text = (): string => filesUnder(logsDir).filter((f) => f.endsWith('.log')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  await waitFor(() => text().includes(marker), 'the log marker to reach the disk', 15_000);
  return text();
}

/** Removes scripted faults (the sandbox's JS API only adds them). */
export async function clearFaults(sandboxUrl: string): Promise<void> {
  const res = await fetch(`${sandboxUrl}/_sandbox/faults`, { method: 'DELETE' });
  assert.strictEqual(res.status, 200);
}

/**
 * Called right after `sandbox.reset()`: waits for the quiet reload the reset started (which also
 * dropped one an earlier test's sandbox events had scheduled), so that no background reload runs in
 * the middle of the next test, superseding the refresh under test or spending its scripted faults.
 */
export async function settleQuietRefresh(api: SinchExtensionApi, sandbox: RunningSandbox, groups: number): Promise<void> {
  // A reset starts a quiet reload at once (it also drops one a previous test scheduled): wait until
  // it has read every group, so faults scripted next are not spent on it.
  await waitFor(() => sandbox.requestLog().filter((e) => e.method === 'GET').length >= groups, 'the reload after the reset to load every group');
  await api.tree.model.whenSettled();
}
