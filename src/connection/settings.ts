// The `sinch.*` settings, read through the pure rules in src/model/settings (user-only settings
// from the user's settings alone).
import * as vscode from 'vscode';
import { readSettings, userOnlyGetter, type SinchSettings } from '../model/settings';

export const SETTINGS_SECTION = 'sinch';

export function currentSettings(): SinchSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return readSettings(userOnlyGetter((key) => config.get(key), (key) => config.inspect(key)));
}

export function affects(event: vscode.ConfigurationChangeEvent, ...keys: string[]): boolean {
  return keys.some((k) => event.affectsConfiguration(`${SETTINGS_SECTION}.${k}`));
}
