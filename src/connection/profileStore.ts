// Profiles on this machine: the list in globalState, each profile's key ID and secret in
// SecretStorage. This is the only code that reads or writes credentials.
//
// Several windows share both stores. SecretStorage tells every window at once when a key changes
// (`onDidChange`); globalState reaches other windows later, so every list write is also mirrored
// under MIRROR_KEY in SecretStorage (the list holds no secret; the mirror is read fresh each time)
// and stamped with a revision: a window writes on top of the newest copy it can see and adopts
// only newer copies, so it never puts its older list over another window's newer one.
import type * as vscode from 'vscode';
import { newerProfileList, nextProfileList, parseProfileList, parseStoredCredentials, removeProfile, secretKeyFor, upsertProfile, type Profile, type ProfileList, type StoredCredentials } from '../model/profiles';
import { inSecretStore } from '../model/secretStoreError';

const LIST_KEY = 'sinch.profiles';
const MIRROR_KEY = 'sinch.profiles.latest';
const CREDENTIALS_PREFIX = secretKeyFor('');

/** What another window changed: a profile's key (rotated or deleted), or the list. */
export type ExternalChange = { kind: 'credentials'; name: string } | { kind: 'list' };

export class ProfileStore implements vscode.Disposable {
  // A plain listener set rather than vscode.EventEmitter: this store is unit-tested without VS Code.
  private readonly listeners = new Set<(change: ExternalChange) => void>();
  /**
   * Per key: change events still due for this store's own writes, and the value it wrote last
   * (undefined: deleted). An event is this window's own when one is due and the value is still its own.
   */
  private readonly ownWrites = new Map<string, { due: number; value: string | undefined }>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly state: vscode.Memento, private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange((event) => void this.secretChanged(event.key));
  }

  /** Calls `listener` when another window (or anything but this store) changed a key or the list. */
  onDidChangeElsewhere(listener: (change: ExternalChange) => void): vscode.Disposable {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

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
    const value = JSON.stringify({ keyId: credentials.keyId, keySecret: credentials.keySecret });
    await this.ownSecretWrite(secretKeyFor(profile.name), value, () => inSecretStore('save', () => this.secrets.store(secretKeyFor(profile.name), value)));
    await this.change((list) => upsertProfile(list, { name: profile.name, projectId: profile.projectId, authMethod: profile.authMethod }));
  }

  async setActive(name: string | undefined): Promise<void> {
    await this.change((list) => ({ ...list, active: name }));
  }

  /** Deletes the profile's secrets, then forgets it; a profile whose key could not be deleted stays listed. */
  async remove(name: string): Promise<void> {
    await this.ownSecretWrite(secretKeyFor(name), undefined, () => inSecretStore('delete', () => this.secrets.delete(secretKeyFor(name))));
    await this.change((list) => removeProfile(list, name));
  }

  dispose(): void {
    this.subscription.dispose();
    this.listeners.clear();
  }

  /** Re-read, modify, write: on top of the newest copy (this window's or the mirror), revision + 1. */
  private async change(change: (list: ProfileList) => ProfileList): Promise<void> {
    const next = nextProfileList(newerProfileList(this.list(), await this.mirror()), change);
    await this.state.update(LIST_KEY, next);
    const value = JSON.stringify(next);
    // Best effort: without a keyring the list still works in this window; others see it later.
    await this.ownSecretWrite(MIRROR_KEY, value, () => this.secrets.store(MIRROR_KEY, value)).catch(() => undefined);
  }

  private async mirror(): Promise<ProfileList | undefined> {
    try {
      const raw = await this.secrets.get(MIRROR_KEY);
      return raw === undefined ? undefined : parseProfileList(JSON.parse(raw));
    } catch {
      return undefined;
    }
  }

  private async ownSecretWrite(key: string, value: string | undefined, write: () => Thenable<void>): Promise<void> {
    // Noted before writing: VS Code may report the change before `write` resolves.
    const own = this.ownWrites.get(key) ?? { due: 0, value };
    own.due++;
    own.value = value;
    this.ownWrites.set(key, own);
    try {
      await write();
    } catch (error) {
      if (--own.due <= 0) this.ownWrites.delete(key);
      throw error;
    }
  }

  private async secretChanged(key: string): Promise<void> {
    if (key !== MIRROR_KEY && !key.startsWith(CREDENTIALS_PREFIX)) return;
    let value: string | undefined;
    try {
      value = await this.secrets.get(key);
    } catch {
      value = undefined;
    }
    const own = this.ownWrites.get(key);
    if (own) {
      if (own.due <= 1) this.ownWrites.delete(key);
      else own.due--;
      if (own.value === value) return;
    }
    if (key.startsWith(CREDENTIALS_PREFIX)) {
      this.fire({ kind: 'credentials', name: key.slice(CREDENTIALS_PREFIX.length) });
      return;
    }
    const theirs = await this.mirror();
    const mine = this.list();
    if (newerProfileList(mine, theirs) === mine) return;
    await this.state.update(LIST_KEY, theirs);
    this.fire({ kind: 'list' });
  }

  private fire(change: ExternalChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
