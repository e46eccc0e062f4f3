// "Set Callback Secret": the project's callback secret (PATCH /callbackConfiguration hmacSecret),
// kept only in SecretStorage. In the sandbox it is handed to the sandbox at once.
import * as vscode from 'vscode';
import { SANDBOX_PROJECT_ID } from '../../connection/sandboxOptions';
import type { CommandContext } from '../context';
import { showError } from '../errors';

/** The project whose callbacks the active connection sees: the profile's, or the sandbox's. */
export function connectedProjectId(ctx: CommandContext): string | undefined {
  const state = ctx.connection.state;
  if (state.kind === 'profile') return state.profile.projectId;
  if (state.kind === 'sandbox') return SANDBOX_PROJECT_ID;
  return undefined;
}

export async function setCallbackSecret(ctx: CommandContext): Promise<void> {
  const projectId = connectedProjectId(ctx) ?? (await vscode.window.showInputBox({
    title: 'Set Callback Secret: project',
    prompt: 'The Sinch project ID whose callbacks this secret signs',
    ignoreFocusOut: true,
    validateInput: (v) => (/^[A-Za-z0-9-]{1,64}$/.test(v.trim()) ? undefined : 'A project ID: letters, digits and dashes, as in the dashboard.'),
  }))?.trim();
  if (!projectId) return;
  const secret = await vscode.window.showInputBox({
    title: `Set Callback Secret (project ${projectId})`,
    prompt: 'The hmacSecret of the project\'s callback configuration. Kept only in VS Code\'s secret storage. Leave empty to remove it.',
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => (v !== v.trim() ? 'Remove the spaces at the start or end: they would be part of the secret.' : v.length > 512 ? 'At most 512 characters.' : undefined),
  });
  if (secret === undefined) return;
  try {
    await ctx.services.callbacks.secrets.set(projectId, secret);
  } catch (error) {
    await showError(ctx, error);
    return;
  }
  void vscode.window.showInformationMessage(secret === ''
    ? `Removed the callback secret of project ${projectId}; its signed callbacks now show "no secret set".`
    : `Saved the callback secret of project ${projectId}; callbacks received from now on are checked with it.`);
}
