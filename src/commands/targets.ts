// Which numbers a command acts on: those it was invoked on (read from its arguments by the runner,
// model/commandTargets.ts), or, from the palette, the user's pick among the numbers the action applies to.
import * as vscode from 'vscode';
import type { QualifiedNumber, QualifiedNumbersApi } from '../api/types';
import { formatNanp } from '../model/phone';
import { pickDescription } from '../model/pickItems';
import { canApply, stateLabel, statesFor, STATE_ORDER, type NumberAction } from '../model/states';
import type { CommandContext } from './context';
import { showError } from './errors';

/** Numbers a palette pick lists per state (the quick pick filters as the user types). */
const PICK_LIMIT_PER_STATE = 1000;

export interface TargetOptions {
  /** Undefined: any state (copy, details). */
  action?: NumberAction;
  many: boolean;
  /** The quick pick's title, e.g. "Delete Qualified Numbers". */
  title: string;
}

/**
 * Resolves the numbers to act on. Numbers from the tree in a state the action does not apply to
 * are left out with a word to the user. Undefined when the user cancelled or nothing applies.
 */
export async function resolveTargets(ctx: CommandContext, client: QualifiedNumbersApi, given: readonly QualifiedNumber[], options: TargetOptions): Promise<QualifiedNumber[] | undefined> {
  if (given.length > 0) {
    const known = given.filter((n) => n.globalProcessState === 'GLOBAL_PROCESS_STATE_UNSPECIFIED' || !options.action || canApply(options.action, n.globalProcessState));
    const skipped = given.length - known.length;
    if (skipped > 0) {
      void vscode.window.showWarningMessage(`${skipped} selected number${skipped === 1 ? ' is' : 's are'} in a state where "${options.title}" does not apply; skipped.`);
    }
    if (known.length === 0) return undefined;
    return options.many ? known : [known[0]];
  }
  return pickNumbers(ctx, client, options);
}

async function pickNumbers(ctx: CommandContext, client: QualifiedNumbersApi, options: TargetOptions): Promise<QualifiedNumber[] | undefined> {
  const states = options.action ? statesFor(options.action) : [...STATE_ORDER];
  const query = ctx.tree.model.currentQuery;
  let numbers: QualifiedNumber[];
  try {
    numbers = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Sinch: finding numbers…' }, async () => {
      const lists = await Promise.all(
        states.map(async (state) => {
          const found: QualifiedNumber[] = [];
          for await (const n of client.listAll({ state, regionCode: query.regionCode, orderBy: query.orderBy, pageSize: 100 }, { interactive: true })) {
            found.push(n);
            if (found.length >= PICK_LIMIT_PER_STATE) break;
          }
          // In the tree's order within a state: the API answers oldest first, the tree shows newest first by default.
          return query.sortOrder === 'newest' ? found.reverse() : found;
        }),
      );
      return lists.flat();
    });
  } catch (error) {
    // The pick cannot be offered: say why, rather than failing the command with a raw error.
    await showError(ctx, error, `${options.title}: could not list the numbers to pick from`);
    return undefined;
  }
  if (numbers.length === 0) {
    const where = options.action ? ` in a state where "${options.title}" applies (${states.map(stateLabel).join(', ')})` : '';
    void vscode.window.showInformationMessage(`There are no qualified numbers${where}.`);
    return undefined;
  }
  type Item = vscode.QuickPickItem & { number: QualifiedNumber };
  const items: Item[] = numbers.map((n) => ({ label: formatNanp(n.phoneNumber), description: pickDescription(n), number: n }));
  const placeHolder = `Pick the number${options.many ? 's' : ''} (${numbers.length} ${options.action ? 'that apply' : 'in total'}; type to filter)`;
  if (options.many) {
    const picked = await vscode.window.showQuickPick(items, { title: `Sinch: ${options.title}`, placeHolder, canPickMany: true, matchOnDescription: true, ignoreFocusOut: true });
    return picked && picked.length > 0 ? picked.map((p) => p.number) : undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { title: `Sinch: ${options.title}`, placeHolder, matchOnDescription: true, ignoreFocusOut: true });
  return picked ? [picked.number] : undefined;
}
