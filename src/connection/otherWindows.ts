// Other windows of this machine share the profiles: when one signs out, deletes a profile or signs
// in again with a new key, this window follows at once instead of carrying on with a key that no
// longer exists (SecretStorage reports the change to every window).
import * as vscode from 'vscode';
import type { ConnectionManager } from './connectionManager';
import type { ProfileStore } from './profileStore';

export function followOtherWindows(profiles: ProfileStore, connection: ConnectionManager, log: vscode.LogOutputChannel): vscode.Disposable {
  let queue = Promise.resolve();
  return profiles.onDidChangeElsewhere(() => {
    // One check at a time, against the stores as they are now: a burst of changes ends in one state.
    queue = queue.then(() => follow(profiles, connection, log)).catch((error: unknown) => {
      log.error(`Could not follow a profile change from another window: ${connection.redactor.redact(error instanceof Error ? error.message : String(error))}`);
    });
  });
}

async function follow(profiles: ProfileStore, connection: ConnectionManager, log: vscode.LogOutputChannel): Promise<void> {
  const state = connection.state;
  if (state.kind !== 'profile') return;
  const name = state.profile.name;
  const listed = profiles.list().profiles.find((p) => p.name === name);
  const credentials = await profiles.credentials(name);
  if (connection.state !== state) return;
  if (!listed || !credentials) {
    await connection.disconnect();
    log.info(`Profile ${name} was signed out in another window; disconnected.`);
    void vscode.window.showInformationMessage(`Signed out of Sinch profile "${name}" in another window.`);
    return;
  }
  const sameKey = credentials.keyId === state.credentials.keyId && credentials.keySecret === state.credentials.keySecret;
  const sameProfile = listed.projectId === state.profile.projectId && listed.authMethod === state.profile.authMethod;
  if (sameKey && sameProfile) return;
  if (await connection.connectProfile(listed, credentials)) {
    log.info(`Profile ${name} was changed in another window; now using its new key.`);
  } else {
    await connection.disconnect();
  }
}
