// A failing SecretStorage (no keyring on Linux, a locked keychain) becomes one error that names the
// action, the store's own reason (cut to 200 characters) and the fix, and keeps the cause.
import assert from 'node:assert/strict';
import { inSecretStore, SecretStoreError } from '../../../src/model/secretStoreError';

describe('SecretStoreError', () => {
  it('names the action, the reason and the fix', async () => {
    const cause = new Error('Cannot create an item in a locked collection');
    const error = await inSecretStore('save', () => Promise.reject(cause)).then(
      () => assert.fail('the call should fail'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof SecretStoreError);
    assert.equal(error.name, 'SecretStoreError');
    assert.equal(error.action, 'save');
    assert.equal(error.cause, cause);
    assert.match(error.message, /^VS Code could not save the key in the system's secret store \(Cannot create an item in a locked collection\)\. VS Code keeps keys only in the system keyring: on Linux install GNOME Keyring or KWallet/);
    assert.match(error.message, /The key is never written anywhere else\.$/);
  });

  it('cuts a long reason to 200 characters and words a thrown non-error', () => {
    const long = new SecretStoreError('read', 'x'.repeat(300));
    assert.ok(long.message.includes(`(${'x'.repeat(200)})`));
    assert.ok(!long.message.includes('x'.repeat(201)));
    assert.match(new SecretStoreError('delete', 42).message, /^VS Code could not delete the key in the system's secret store \(42\)\./);
  });

  it('passes a successful call through', async () => {
    assert.equal(await inSecretStore('read', () => Promise.resolve('value')), 'value');
  });
});
