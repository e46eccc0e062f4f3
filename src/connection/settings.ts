// The `sinch.*` settings, read through the pure rules in src/model/settings.
import * as vscode from 'vscode';
import { readSettings, type SinchSettings } from '../model/settings';

export const SETTINGS_SECTION = 'sinch';

export function currentSettings(): SinchSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return readSettings((key) => config.get(key));
}

export function affects(event: vscode.ConfigurationChangeEvent, ...keys: string[]): boolean {
  return keys.some((k) => event.affectsConfiguration(`${SETTINGS_SECTION}.${k}`));
}
