// Hears every reload of the Qualified Numbers tree (manual or automatic) and tells the user, once
// per reload, which numbers moved to another state (src/model/tree/stateChanges), as the
// `sinch.notifyOnStateChange` setting allows; every change is also a line in the Sinch log.
// Kept apart from the tree: it only reads the model's listed numbers after each change.
import * as vscode from 'vscode';
import type { QualifiedNumber } from '../api/types';
import { currentSettings } from '../connection/settings';
import { isGlobalProcessState } from '../model/states';
import { StateBaseline, changeLogLine, changesToTell, isFailureState, summariseChanges, type StateChange } from '../model/tree/stateChanges';
import type { QualifiedNumbersView } from './qualifiedNumbersView';

const SHOW = 'Show';
/** Numbers revealed by "Show" (the first is selected). */
const MAX_REVEALED = 10;

export class StateChangeNotifier implements vscode.Disposable {
  private readonly baseline = new StateBaseline();
  /** Set while the tree re-reads after a sandbox reset (see rebaseAfter). */
  private rebasing: object | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly tree: QualifiedNumbersView,
    private readonly log: vscode.LogOutputChannel,
    onConnectionChange: vscode.Event<void>,
  ) {
    this.disposables.push(
      tree.model.onDidChange((change) => {
        // A "Loading…" row is no news; everything else may have brought new states.
        if (change === undefined) this.check();
      }),
      onConnectionChange(() => this.baseline.reset()),
    );
  }

  /** The user was just told these states by their own action: not news at the next refresh. */
  note(numbers: readonly QualifiedNumber[]): void {
    for (const n of numbers) this.baseline.note(n.phoneNumber, String(n.globalProcessState));
  }

  /**
   * The sandbox was reset: nothing seen until `reloaded` settles is news (a reload that started
   * before the reset may still end after it, with the old states); then what the tree holds is the
   * new baseline.
   */
  rebaseAfter(reloaded: Promise<unknown>): void {
    const mark = {};
    this.rebasing = mark;
    const rebase = (): void => {
      if (this.rebasing !== mark) return;
      this.rebasing = undefined;
      this.baseline.reset();
      this.baseline.observe(this.tree.model.listedNumbers());
    };
    void reloaded.then(rebase, rebase);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private check(): void {
    if (this.rebasing) return;
    const changes = this.baseline.observe(this.tree.model.listedNumbers());
    if (changes.length === 0) return;
    for (const change of changes) this.log.info(`State change: ${changeLogLine(change)}`);
    const message = summariseChanges(changesToTell(changes, currentSettings().notifyOnStateChange));
    if (message) void this.tell(message, changes);
  }

  private async tell(message: string, changes: readonly StateChange[]): Promise<void> {
    const choice = changes.some((c) => isFailureState(c.to)) ? await vscode.window.showWarningMessage(message, SHOW) : await vscode.window.showInformationMessage(message, SHOW);
    if (choice === SHOW) await this.reveal(changes);
  }

  private async reveal(changes: readonly StateChange[]): Promise<void> {
    const numbers = changes.map((c) => this.tree.model.find(c.phoneNumber)).filter((n): n is QualifiedNumber => n !== undefined).slice(0, MAX_REVEALED);
    for (const [index, number] of numbers.entries()) {
      const group = number.globalProcessState;
      if (!isGlobalProcessState(group)) continue;
      await this.tree.treeView.reveal({ kind: 'number', number, group }, { select: index === 0, focus: index === 0, expand: true });
    }
  }
}
