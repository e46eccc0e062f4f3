// "Sinch: Filter by Region": US, CA or both; stored in the `sinch.regionFilter` setting, which the
// list requests pass to the API as `regionCode`.
import * as vscode from 'vscode';
import { SETTINGS_SECTION, currentSettings } from '../connection/settings';

const CHOICES = [
  { label: 'All regions', value: 'all', description: 'US and CA' },
  { label: 'US', value: 'US', description: 'United States' },
  { label: 'CA', value: 'CA', description: 'Canada' },
] as const;

export async function filterRegion(region?: unknown): Promise<void> {
  let value: string | undefined = typeof region === 'string' && CHOICES.some((c) => c.value === region) ? region : undefined;
  if (value === undefined) {
    const current = currentSettings().regionFilter ?? 'all';
    const picked = await vscode.window.showQuickPick(
      CHOICES.map((c) => ({ ...c, picked: c.value === current, label: c.value === current ? `$(check) ${c.label}` : c.label })),
      { title: 'Sinch: Filter by Region', placeHolder: 'List the numbers of which region?' },
    );
    value = picked?.value;
  }
  if (value === undefined) return;
  await vscode.workspace.getConfiguration(SETTINGS_SECTION).update('regionFilter', value, vscode.ConfigurationTarget.Global);
}
