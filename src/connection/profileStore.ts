// Profiles on this machine: the list in globalState, each profile's key ID and secret in
// SecretStorage. This is the only code that reads or writes credentials.
import type * as vscode from 'vscode';
import { parseProfileList, parseStoredCredentials, removeProfile, secretKeyFor, upsertProfile, type Profile, type ProfileList, type StoredCredentials } from '../model/profiles';
import { inSecretStore } from '../model/secretStoreError';

const LIST_KEY = 'sinch.profiles';

export class ProfileStore {
  constructor(private readonly state: vscode.Memento, private readonly secrets: vscode.SecretStorage) {}

  list(): ProfileList {
    return parseProfileList(this.state.get(LIST_KEY));
  }

  activeProfile(): Profile | undefined {
    const list = this.list();
    return list.profiles.find((p) => p.name === list.active);
  }

  /** Throws SecretStoreError (with the fix in words) when the system's secret store fails. */
  async credentials(name: string): Promise<StoredCredentials | undefined> {
    return parseStoredCredentials(await inSecretStore('read', () => this.secrets.get(secretKeyFor(name))));
  }

  /**
   * Saves the profile (secrets first, so a listed profile always has them) and makes it active.
   * When the secret store fails nothing is saved: there is no fallback for the key.
   */
  async save(profile: Profile, credentials: StoredCredentials): Promise<void> {
    await inSecretStore('save', () => this.secrets.store(secretKeyFor(profile.name), JSON.stringify({ keyId: credentials.keyId, keySecret: credentials.keySecret })));
    await this.state.update(LIST_KEY, upsertProfile(this.list(), { name: profile.name, projectId: profile.projectId, authMethod: profile.authMethod }));
  }

  async setActive(name: string | undefined): Promise<void> {
    const list = this.list();
    await this.state.update(LIST_KEY, { ...list, active: name });
  }

  /** Deletes the profile's secrets, then forgets it; a profile whose key could not be deleted stays listed. */
  async remove(name: string): Promise<void> {
    await inSecretStore('delete', () => this.secrets.delete(secretKeyFor(name)));
    await this.state.update(LIST_KEY, removeProfile(this.list(), name));
  }
}
