// Callback secrets, one per project, only in SecretStorage (never settings, logs, webviews or
// exports). Reads are cached so 1,000 deliveries do not mean 1,000 keyring reads.
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import { inSecretStore } from '../model/secretStoreError';

const PREFIX = 'sinch.callbackSecret/';

export class CallbackSecrets {
  private readonly cache = new Map<string, Promise<string | undefined>>();
  private readonly changed: Array<(projectId: string, secret: string | undefined) => void> = [];

  constructor(private readonly secrets: vscode.SecretStorage) {}

  /** The project's secret; a keyring that fails reads as none (the verdict then says "no secret set"). */
  get(projectId: string): Promise<string | undefined> {
    let cached = this.cache.get(projectId);
    if (!cached) {
      cached = Promise.resolve(this.secrets.get(PREFIX + projectId)).catch(() => undefined);
      this.cache.set(projectId, cached);
    }
    return cached;
  }

  /** Stores (or with '' removes) the project's secret; throws SecretStoreError with the fix. */
  async set(projectId: string, secret: string): Promise<void> {
    if (secret === '') await inSecretStore('delete', () => this.secrets.delete(PREFIX + projectId));
    else await inSecretStore('save', () => this.secrets.store(PREFIX + projectId, secret));
    this.cache.set(projectId, Promise.resolve(secret || undefined));
    for (const listener of this.changed) listener(projectId, secret || undefined);
  }

  /**
   * The project's secret, made up and stored when there is none (the sandbox: signed, verified
   * callbacks with zero setup). Without a working keyring it lives in memory for this session.
   */
  async ensure(projectId: string): Promise<string> {
    const existing = await this.get(projectId);
    if (existing) return existing;
    const made = randomBytes(20).toString('hex');
    await this.set(projectId, made).catch(() => this.cache.set(projectId, Promise.resolve(made)));
    return made;
  }

  onDidChange(listener: (projectId: string, secret: string | undefined) => void): void {
    this.changed.push(listener);
  }
}
