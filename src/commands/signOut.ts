// "Sinch: Sign Out": forgets the active profile and deletes its key ID and secret from
// SecretStorage (or stops the sandbox). Not connected: pick a stored profile to forget.
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { showError } from './errors';

export async function signOut(ctx: CommandContext): Promise<void> {
  const state = ctx.connection.state;
  if (state.kind === 'sandbox') {
    await ctx.connection.disconnect();
    void vscode.window.showInformationMessage('Disconnected from the offline sandbox (it has been stopped).');
    return;
  }
  let name: string | undefined;
  if (state.kind === 'profile') {
    name = state.profile.name;
  } else {
    const profiles = ctx.profiles.list().profiles;
    if (profiles.length === 0) {
      void vscode.window.showInformationMessage('You are not signed in to Sinch.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      profiles.map((p) => ({ label: p.name, description: `project ${p.projectId}` })),
      { title: 'Sinch: Sign Out', placeHolder: 'Which profile should be forgotten (its key ID and secret deleted)?' },
    );
    name = picked?.label;
  }
  if (!name) return;
  const confirm = 'Sign Out';
  const answer = await vscode.window.showWarningMessage(
    `Sign out of Sinch profile "${name}"?`,
    { modal: true, detail: 'Its key ID and secret are deleted from this machine; you will need the key secret to sign in again.' },
    confirm,
  );
  if (answer !== confirm) return;
  if (ctx.connection.state.kind === 'profile' && ctx.connection.state.profile.name === name) await ctx.connection.disconnect();
  try {
    await ctx.profiles.remove(name);
  } catch (error) {
    await showError(ctx, error, `Disconnected, but the key of profile "${name}" could not be deleted`);
    return;
  }
  void vscode.window.showInformationMessage(`Signed out of profile "${name}"; its key was deleted.`);
}
