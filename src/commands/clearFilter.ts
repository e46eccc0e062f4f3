// "Sinch: Clear Filter": back to every number: the digit filter and the region filter (a setting,
// cleared wherever it is set, so nothing keeps narrowing the list behind a "no filter" icon).
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../connection/settings';
import type { CommandContext } from './context';

export async function clearFilter(ctx: CommandContext): Promise<void> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const region = config.inspect<string>('regionFilter');
  const targets: Array<[unknown, vscode.ConfigurationTarget]> = [
    [region?.globalValue, vscode.ConfigurationTarget.Global],
    [region?.workspaceValue, vscode.ConfigurationTarget.Workspace],
  ];
  for (const [value, target] of targets) if (value !== undefined && value !== 'all') await config.update('regionFilter', undefined, target);
  await ctx.tree.setFilter(undefined);
}
