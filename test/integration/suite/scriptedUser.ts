// A scripted stand-in for the user in the extension host (message, input box and quick pick
// answers; everything shown is recorded), plus condition waits: shared by the integration suites.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

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
  /** Answers for input boxes, in order; a function reads what is on screen first. */
  inputs: Array<string | (() => string)> = [];
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
      const value = typeof next === 'function' ? next() : next;
      // A scripted answer the real input box would refuse is a test bug, not a user action.
      const invalid = await options?.validateInput?.(value);
      if (invalid) this.problems.push(`input box "${options?.title}" refused "${value}": ${typeof invalid === 'string' ? invalid : invalid.message}`);
      return value;
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
