// When SecretStorage fails (Linux without a keyring, a locked keychain), the profile store says
// what happened and how to fix it, and never falls back to keeping the key anywhere else.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { ProfileStore } from '../../../src/connection/profileStore';
import { secretKeyFor } from '../../../src/model/profiles';
import { MemoryMemento } from './controllerHarness';

const SECRET = 'reliability-key-secret-5b1f0c';
const KEY_ID = 'reliability-key-id-77';
const PROFILE = { name: 'production', projectId: 'd1923022-5199-4bb3-a513-c47b3a656bc5', authMethod: 'oauth2' as const };
const FIX = /secret store.*keyring.*(GNOME Keyring|KWallet).*(never|not) (written|kept|stored) anywhere else/s;

/** A SecretStorage whose keyring is missing: every call fails the way VS Code reports it. */
function brokenSecrets(): vscode.SecretStorage & { calls: string[] } {
  const calls: string[] = [];
  const fail = (what: string) => async (): Promise<never> => {
    calls.push(what);
    throw new Error('Cannot create an item in a locked collection');
  };
  return { calls, get: fail('get'), store: fail('store'), delete: fail('delete'), keys: fail('keys'), onDidChange: () => ({ dispose: () => undefined }) } as unknown as vscode.SecretStorage & { calls: string[] };
}

describe('reliability: when SecretStorage fails', () => {
  it('saving a profile says how to fix the keyring, and keeps neither the key nor the profile anywhere', async () => {
    const memento = new MemoryMemento();
    const secrets = brokenSecrets();
    const store = new ProfileStore(memento as unknown as vscode.Memento, secrets);
    await assert.rejects(store.save(PROFILE, { keyId: KEY_ID, keySecret: SECRET }), (e: unknown) => {
      assert.ok(e instanceof Error);
      assert.match(e.message, FIX);
      assert.match(e.message, /could not save/);
      assert.match(e.message, /locked collection/, 'the cause is named');
      assert.ok(!e.message.includes(SECRET) && !e.message.includes(KEY_ID), 'the error quotes the key');
      return true;
    });
    assert.deepEqual(secrets.calls, ['store']);
    assert.equal(memento.writes, 0, 'the profile was listed without its key');
    assert.deepEqual(store.list().profiles, []);
  });

  it('reading a profile\'s key says how to fix the keyring', async () => {
    const memento = new MemoryMemento();
    await memento.update('sinch.profiles', { profiles: [PROFILE], active: PROFILE.name });
    const store = new ProfileStore(memento as unknown as vscode.Memento, brokenSecrets());
    await assert.rejects(store.credentials(PROFILE.name), (e: unknown) => e instanceof Error && FIX.test(e.message) && /could not read/.test(e.message));
  });

  it('signing out keeps the profile listed when its key cannot be deleted, so it can be tried again', async () => {
    const memento = new MemoryMemento();
    await memento.update('sinch.profiles', { profiles: [PROFILE], active: PROFILE.name });
    const store = new ProfileStore(memento as unknown as vscode.Memento, brokenSecrets());
    await assert.rejects(store.remove(PROFILE.name), (e: unknown) => e instanceof Error && FIX.test(e.message) && /could not delete/.test(e.message));
    assert.deepEqual(store.list().profiles.map((p) => p.name), [PROFILE.name]);
  });

  it('with a working SecretStorage the key goes there and only there', async () => {
    const memento = new MemoryMemento();
    const kept = new Map<string, string>();
    const secrets = { get: async (k: string) => kept.get(k), store: async (k: string, v: string) => void kept.set(k, v), delete: async (k: string) => void kept.delete(k), keys: async () => [...kept.keys()], onDidChange: () => ({ dispose: () => undefined }) } as unknown as vscode.SecretStorage;
    const store = new ProfileStore(memento as unknown as vscode.Memento, secrets);
    await store.save(PROFILE, { keyId: KEY_ID, keySecret: SECRET });
    assert.ok(kept.get(secretKeyFor(PROFILE.name))?.includes(SECRET));
    assert.ok(!JSON.stringify([...memento.values]).includes(SECRET) && !JSON.stringify([...memento.values]).includes(KEY_ID));
    assert.deepEqual(await store.credentials(PROFILE.name), { keyId: KEY_ID, keySecret: SECRET });
    await store.remove(PROFILE.name);
    // Left: only the list mirrored for other windows (names and projects, no key).
    assert.deepEqual([...kept.keys()], ['sinch.profiles.latest']);
    assert.ok(![...kept.values()].some((v) => v.includes(SECRET) || v.includes(KEY_ID)));
    assert.deepEqual(store.list().profiles, []);
  });
});
