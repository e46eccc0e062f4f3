// "Sinch: Sign In": profile name, project ID, key ID, key secret (masked); the key is checked with
// one list call before anything is saved, and a failure says what was wrong, with "Try Again".
import * as vscode from 'vscode';
import { currentSettings } from '../connection/settings';
import { errorReason, isCredentialError } from '../model/errorWords';
import { validateKeyIdInput, validateKeySecretInput, validateProfileName, validateProjectIdInput, type Profile } from '../model/profiles';
import type { CommandContext } from './context';
import { showError } from './errors';

interface Draft {
  name: string;
  projectId: string;
  keyId: string;
}

export async function signIn(ctx: CommandContext, suggestedName?: unknown): Promise<boolean> {
  const active = ctx.profiles.activeProfile();
  let draft: Draft = { name: typeof suggestedName === 'string' ? suggestedName : active?.name ?? (ctx.profiles.list().profiles.length === 0 ? 'default' : ''), projectId: '', keyId: '' };
  for (;;) {
    const answers = await ask(draft);
    if (!answers) return false;
    const { profile, keySecret } = answers;
    draft = { name: profile.name, projectId: profile.projectId, keyId: answers.keyId };
    const credentials = { keyId: answers.keyId, keySecret };
    const outcome = await check(ctx, profile, credentials);
    if (outcome === 'declined') return false;
    if (outcome === 'ok') {
      try {
        await ctx.profiles.save(profile, credentials);
      } catch (error) {
        // No keyring: say how to fix it; the key is kept nowhere else, so there is no sign-in.
        await showError(ctx, error, 'Not signed in');
        return false;
      }
      if (!(await ctx.connection.connectProfile(profile, credentials))) return false;
      void vscode.window.showInformationMessage(`Signed in to Sinch: profile "${profile.name}", project ${profile.projectId}.`);
      return true;
    }
    const tryAgain = 'Try Again';
    const showLog = 'Show Log';
    const reason = ctx.connection.redactor.redact(errorReason(outcome.error));
    ctx.services.log.error(`Sign-in check failed: ${reason}`);
    const what = isCredentialError(outcome.error) ? 'Sinch did not accept the key ID and secret for this project.' : 'The key could not be checked.';
    const choice = await vscode.window.showErrorMessage(`Sign-in failed. ${what} ${reason} Nothing was saved.`, tryAgain, showLog);
    if (choice === showLog) ctx.services.log.show(true);
    if (choice !== tryAgain) return false;
  }
}

async function ask(draft: Draft): Promise<{ profile: Profile; keyId: string; keySecret: string } | undefined> {
  const title = 'Sinch: Sign In';
  const name = await vscode.window.showInputBox({
    title: `${title} (1/4)`,
    prompt: 'A name for this profile, e.g. production or test (one per project and key).',
    value: draft.name,
    validateInput: validateProfileName,
    ignoreFocusOut: true,
  });
  if (name === undefined) return undefined;
  const projectId = await vscode.window.showInputBox({
    title: `${title} (2/4)`,
    prompt: 'Project ID (Sinch Customer Dashboard > Settings > Projects).',
    placeHolder: 'd1923022-5199-4bb3-a513-c47b3a656bc5',
    value: draft.projectId,
    validateInput: validateProjectIdInput,
    ignoreFocusOut: true,
  });
  if (projectId === undefined) return undefined;
  const keyId = await vscode.window.showInputBox({
    title: `${title} (3/4)`,
    prompt: 'Access key ID (Dashboard > Settings > Access Keys). Stored only in the OS secret store.',
    value: draft.keyId,
    validateInput: validateKeyIdInput,
    ignoreFocusOut: true,
  });
  if (keyId === undefined) return undefined;
  const keySecret = await vscode.window.showInputBox({
    title: `${title} (4/4)`,
    prompt: 'Key secret (shown once, when the access key was created). Stored only in the OS secret store.',
    password: true,
    validateInput: validateKeySecretInput,
    ignoreFocusOut: true,
  });
  if (keySecret === undefined) return undefined;
  return { profile: { name: name.trim(), projectId: projectId.trim(), authMethod: currentSettings().authMethod }, keyId: keyId.trim(), keySecret };
}

/** One list call with the new key: 'ok', 'declined' (the user refused the host) or the error. */
async function check(ctx: CommandContext, profile: Profile, credentials: { keyId: string; keySecret: string }): Promise<'ok' | 'declined' | { error: unknown }> {
  try {
    const client = await ctx.connection.createClient({ projectId: profile.projectId, credentials, authMethod: profile.authMethod });
    if (!client) return 'declined';
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Checking the key with Sinch (project ${profile.projectId})…` }, () =>
      client.list({ state: 'GLOBAL_PROCESS_STATE_VERIFIED', pageSize: 1 }),
    );
    return 'ok';
  } catch (error) {
    return { error };
  }
}
