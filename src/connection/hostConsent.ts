// Credentials go to the base URLs in the settings. Those settings are application-scoped (a
// workspace cannot set them), and a host that is neither Sinch nor this machine still needs the
// user's one-time yes before a key is sent there.
import * as vscode from 'vscode';
import { foreignOrigins } from '../model/settings';

const CONSENT_KEY = 'sinch.approvedHosts';

export async function confirmCredentialHosts(state: vscode.Memento, urls: readonly string[]): Promise<boolean> {
  const approved = new Set(state.get<string[]>(CONSENT_KEY, []));
  const unknown = foreignOrigins(urls).filter((o) => !approved.has(o));
  if (unknown.length === 0) return true;
  const send = 'Send Credentials There';
  const answer = await vscode.window.showWarningMessage(
    `Send your Sinch key ID and secret to ${unknown.join(' and ')}?`,
    {
      modal: true,
      detail: 'The "sinch.apiBaseUrl" or "sinch.authBaseUrl" setting points to a host that is not Sinch. Only continue if you run or trust that host (a proxy or a mock server, say).',
    },
    send,
  );
  if (answer !== send) return false;
  await state.update(CONSENT_KEY, [...approved, ...unknown]);
  return true;
}
