// "Sinch: Refresh Qualified Numbers"
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { showError } from './errors';

export async function refresh(ctx: CommandContext): Promise<void> {
  if (!(await ctx.connection.ensureClient())) return;
  const outcome = await ctx.tree.refresh({ keepLoaded: true });
  if (outcome && !outcome.superseded && outcome.failed > 0) {
    await showError(ctx, outcome.firstError, `Refreshing failed for ${outcome.failed} of 10 states`);
  } else if (outcome && !outcome.superseded && !ctx.tree.treeView.visible) {
    void vscode.window.setStatusBarMessage('Sinch: qualified numbers refreshed', 3000);
  }
}
