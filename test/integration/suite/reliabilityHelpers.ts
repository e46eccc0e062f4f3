// Shared by the reliability suites in the extension host: a scripted stand-in for the user that
// records every message the extension shows, a collector of unhandled rejections, and waits on
// conditions (never fixed sleeps).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { SinchExtensionApi } from '../../../src/extension';
import type { RunningSandbox } from '../../../src/sandbox/index';

export const EXTENSION_ID = 'sinch-community.sinch-qualified-numbers';

export interface Shown {
  level: 'info' | 'warning' | 'error';
  text: string;
  detail?: string;
  modal: boolean;
  items: string[];
}

type PickItem = vscode.QuickPickItem;

/** Answers the extension's questions as scripted, and records everything it shows. */
export class ScriptedUser {
  readonly shown: Shown[] = [];
  /** Answers for input boxes, in order. */
  inputs: string[] = [];
  /** Every input box shown, with its options (titles, prompts, whether masked). */
  readonly inputBoxes: vscode.InputBoxOptions[] = [];
  answer: (message: Shown) => string | undefined = () => undefined;
  pick: (items: readonly PickItem[], options: vscode.QuickPickOptions | undefined) => PickItem | PickItem[] | undefined = () => undefined;
  readonly problems: string[] = [];
  private readonly originals = new Map<string, unknown>();

  install(): this {
    const w = vscode.window as unknown as Record<string, unknown>;
    for (const name of ['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'showInputBox', 'showQuickPick']) this.originals.set(name, w[name]);
    w.showInformationMessage = (text: string, ...rest: unknown[]) => this.message('info', text, rest);
    w.showWarningMessage = (text: string, ...rest: unknown[]) => this.message('warning', text, rest);
    w.showErrorMessage = (text: string, ...rest: unknown[]) => this.message('error', text, rest);
    w.showInputBox = async (options?: vscode.InputBoxOptions) => {
      this.inputBoxes.push(options ?? {});
      const next = this.inputs.shift();
      if (next === undefined) {
        this.problems.push(`unexpected input box: ${options?.title ?? options?.prompt}`);
        return undefined;
      }
      return next;
    };
    w.showQuickPick = async (items: readonly PickItem[] | Thenable<readonly PickItem[]>, options?: vscode.QuickPickOptions) => this.pick(await items, options);
    return this;
  }

  restore(): void {
    const w = vscode.window as unknown as Record<string, unknown>;
    for (const [name, original] of this.originals) w[name] = original;
  }

  find(level: Shown['level'], pattern: RegExp): Shown | undefined {
    return this.shown.find((m) => m.level === level && pattern.test(m.text));
  }

  /** Everything shown, for failure messages. */
  summary(): string {
    return JSON.stringify(this.shown.map((m) => `${m.level}: ${m.text}`), null, 1);
  }

  private async message(level: Shown['level'], text: string, rest: unknown[]): Promise<unknown> {
    const first = rest[0];
    const options = typeof first === 'object' && first !== null && !('title' in first) ? (first as vscode.MessageOptions) : undefined;
    const items = (options ? rest.slice(1) : rest) as Array<string | vscode.MessageItem>;
    const shown: Shown = { level, text, detail: options?.detail, modal: options?.modal === true, items: items.map((i) => (typeof i === 'string' ? i : i.title)) };
    this.shown.push(shown);
    const chosen = this.answer(shown);
    return items.find((i) => (typeof i === 'string' ? i : i.title) === chosen);
  }
}

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

/** Polls `probe` until it returns something truthy, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []));
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
 * Lets a quiet tree refresh that an earlier test's sandbox events scheduled (250 ms after a hosting
 * order moved) happen now, not in the middle of the next test where it would supersede the
 * refresh under test: schedules one (replacing any pending timer) and waits until it has loaded.
 */
export async function settleQuietRefresh(api: SinchExtensionApi, sandbox: RunningSandbox, groups: number): Promise<void> {
  const before = sandbox.requestLog().filter((e) => e.method === 'GET').length;
  api.tree.scheduleQuietRefresh();
  await waitFor(() => sandbox.requestLog().filter((e) => e.method === 'GET').length >= before + groups, 'the quiet refresh to load every group');
  await api.tree.model.whenIdle();
}
