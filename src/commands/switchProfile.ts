// "Sinch: Switch Profile": the stored profiles, the offline sandbox, or a new sign-in. The status
// bar item opens this.
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { showError } from './errors';

type Choice = vscode.QuickPickItem & { action: 'profile' | 'sandbox' | 'signIn' | 'signOut'; name?: string };

export async function switchProfile(ctx: CommandContext): Promise<void> {
  const state = ctx.connection.state;
  const activeName = state.kind === 'profile' ? state.profile.name : undefined;
  const items: Choice[] = ctx.profiles.list().profiles.map((p) => ({
    label: `${p.name === activeName ? '$(check)' : '$(account)'} ${p.name}`,
    description: `project ${p.projectId} · ${p.authMethod === 'oauth2' ? 'OAuth2' : 'Basic'}`,
    action: 'profile',
    name: p.name,
  }));
  items.push(
    { label: '', kind: vscode.QuickPickItemKind.Separator, action: 'signIn' },
    { label: `${state.kind === 'sandbox' ? '$(check)' : '$(beaker)'} Offline sandbox`, description: 'no account needed', action: 'sandbox' },
    { label: '$(sign-in) Sign in with a new profile…', action: 'signIn' },
  );
  if (state.kind !== 'none') items.push({ label: '$(sign-out) Sign out', description: ctx.connection.describe(), action: 'signOut' });
  const picked = await vscode.window.showQuickPick(items, { title: 'Sinch: Switch Profile', placeHolder: `Now: ${ctx.connection.describe()}` });
  if (!picked) return;
  if (picked.action === 'sandbox') return void (await vscode.commands.executeCommand('sinch.useSandbox'));
  if (picked.action === 'signIn') return void (await vscode.commands.executeCommand('sinch.signIn'));
  if (picked.action === 'signOut') return void (await vscode.commands.executeCommand('sinch.signOut'));
  const profile = ctx.profiles.list().profiles.find((p) => p.name === picked.name);
  if (!profile || profile.name === activeName) return;
  let credentials;
  try {
    credentials = await ctx.profiles.credentials(profile.name);
  } catch (error) {
    await showError(ctx, error, `Could not switch to profile "${profile.name}"`);
    return;
  }
  if (!credentials) {
    const signIn = 'Sign In';
    if ((await vscode.window.showWarningMessage(`The key of profile "${profile.name}" is missing from this machine's secret store.`, signIn)) === signIn) {
      await vscode.commands.executeCommand('sinch.signIn', profile.name);
    }
    return;
  }
  await ctx.connection.connectProfile(profile, credentials);
}
