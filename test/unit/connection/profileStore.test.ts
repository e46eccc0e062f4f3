// Several windows on one machine: each has its own globalState copy (which reaches other windows
// late) and they share one SecretStorage (whose changes reach every window at once). Two stores over
// one shared SecretStorage stand for two windows.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { ProfileStore, type ExternalChange } from '../../../src/connection/profileStore';
import { secretKeyFor } from '../../../src/model/profiles';
import { MemoryMemento } from '../../fixtures/memoryMemento';
import { waitFor } from '../api/helpers/conditions';

const PRODUCTION = { name: 'production', projectId: 'd1923022-5199-4bb3-a513-c47b3a656bc5', authMethod: 'oauth2' as const };
const TEST = { name: 'test', projectId: 'a1b2c3', authMethod: 'basic' as const };
const KEY = { keyId: 'key-id-1', keySecret: 'key-secret-1' };

/** One machine's SecretStorage: every window's store sees every change, as VS Code reports it. */
class SharedSecrets {
  readonly values = new Map<string, string>();
  private readonly listeners = new Set<(e: { key: string }) => void>();
  view(): vscode.SecretStorage {
    return {
      get: async (key: string) => this.values.get(key),
      store: async (key: string, value: string) => this.set(key, value),
      delete: async (key: string) => this.set(key, undefined),
      keys: async () => [...this.values.keys()],
      onDidChange: (listener: (e: { key: string }) => void) => {
        this.listeners.add(listener);
        return { dispose: () => void this.listeners.delete(listener) };
      },
    } as unknown as vscode.SecretStorage;
  }
  private set(key: string, value: string | undefined): void {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
    for (const listener of [...this.listeners]) setImmediate(() => listener({ key }));
  }
}

function windowOn(secrets: SharedSecrets): { store: ProfileStore; memento: MemoryMemento; seen: ExternalChange[] } {
  const memento = new MemoryMemento();
  const store = new ProfileStore(memento as unknown as vscode.Memento, secrets.view());
  const seen: ExternalChange[] = [];
  store.onDidChangeElsewhere((change) => seen.push(change));
  return { store, memento, seen };
}

describe('profile store across windows', () => {
  it('a window with an old copy of the list writes on top of the newer one, never over it', async () => {
    const secrets = new SharedSecrets();
    const a = windowOn(secrets);
    const b = windowOn(secrets);
    await b.store.save(PRODUCTION, KEY);
    // Window A's globalState has not caught up (it never does in this test); it signs in another profile.
    await a.store.save(TEST, KEY);
    assert.deepEqual(a.store.list().profiles.map((p) => p.name), ['production', 'test']);
    await waitFor(() => b.store.list().profiles.length === 2, 'window B to adopt the newer list');
    assert.deepEqual(b.store.list(), a.store.list());
  });

  it('adopts a newer list at once and ignores an older one', async () => {
    const secrets = new SharedSecrets();
    const a = windowOn(secrets);
    const b = windowOn(secrets);
    await a.store.save(PRODUCTION, KEY);
    await waitFor(() => b.seen.some((c) => c.kind === 'list'), 'window B to hear of the new list');
    assert.deepEqual(b.store.list().profiles.map((p) => p.name), ['production']);
    // An edited or older mirror (revision 0) must not replace B's copy.
    const before = b.store.list();
    await secrets.view().store('sinch.profiles.latest', JSON.stringify({ profiles: [], revision: 0 }));
    // The change is handled within a few turns of the event loop (no timers are involved).
    for (let turn = 0; turn < 20; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
    assert.deepEqual(b.store.list(), before);
  });

  it('tells the other window, not the writing one, when a key is rotated or deleted', async () => {
    const secrets = new SharedSecrets();
    const a = windowOn(secrets);
    const b = windowOn(secrets);
    await a.store.save(PRODUCTION, KEY);
    await a.store.save(PRODUCTION, { keyId: 'key-id-2', keySecret: 'key-secret-2' });
    await a.store.remove(PRODUCTION.name);
    await waitFor(() => b.seen.filter((c) => c.kind === 'credentials').length === 3, 'window B to hear of three key changes');
    assert.deepEqual(b.seen.filter((c) => c.kind === 'credentials'), [
      { kind: 'credentials', name: 'production' },
      { kind: 'credentials', name: 'production' },
      { kind: 'credentials', name: 'production' },
    ]);
    assert.deepEqual(a.seen.filter((c) => c.kind === 'credentials'), [], 'window A was told of its own writes');
    assert.equal(await b.store.credentials('production'), undefined);
    assert.equal(secrets.values.has(secretKeyFor('production')), false);
  });

  it('keeps no secret in the mirrored list', async () => {
    const secrets = new SharedSecrets();
    const a = windowOn(secrets);
    await a.store.save(PRODUCTION, KEY);
    assert.doesNotMatch(secrets.values.get('sinch.profiles.latest') ?? '', /key-(id|secret)/);
    assert.doesNotMatch(JSON.stringify([...a.memento.values]), /key-(id|secret)/);
  });
});
