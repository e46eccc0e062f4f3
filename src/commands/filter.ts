// "Sinch: Filter Qualified Numbers": digits ("555") or a pattern
// ("+1202*"); the view description shows the active filter.
import * as vscode from 'vscode';
import { parseNumberFilter } from '../model/tree/filter';
import type { CommandContext } from './context';
import { showError } from './errors';

export async function filter(ctx: CommandContext, text?: unknown): Promise<void> {
  if (!(await ctx.connection.ensureClient())) return;
  const input =
    typeof text === 'string'
      ? text
      : await vscode.window.showInputBox({
          title: 'Sinch: Filter Qualified Numbers',
          prompt: 'Digits anywhere in the number (555), or a pattern for the whole number: * any digits, ? one digit (+1202*, *01??). Empty clears the filter.',
          value: ctx.tree.model.activeFilter?.text ?? '',
          validateInput: (value) => {
            const parsed = parseNumberFilter(value);
            return value.trim() === '' || parsed.ok ? undefined : parsed.reason;
          },
        });
  if (input === undefined) return;
  // Empty clears the digit filter only; the region stays (Clear Filter clears both).
  if (input.trim() === '') {
    await ctx.tree.setFilter(undefined);
    return;
  }
  const parsed = parseNumberFilter(input);
  if (!parsed.ok) {
    void vscode.window.showWarningMessage(`Filter not applied: ${parsed.reason}`);
    return;
  }
  const outcome = await ctx.tree.setFilter(parsed.filter);
  if (outcome && outcome.failed > 0) await showError(ctx, outcome.firstError, 'Filtering failed');
}
