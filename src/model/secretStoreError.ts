// SecretStorage is the only place keys live. When it fails (Linux without a running keyring, a
// locked keychain) the user needs the cause and the fix, and the key must not go anywhere else.
export type SecretStoreAction = 'save' | 'read' | 'delete';

const FIX =
  'VS Code keeps keys only in the system keyring: on Linux install GNOME Keyring or KWallet (with libsecret), unlock it and restart VS Code (see https://code.visualstudio.com/docs/configure/settings-sync#_troubleshooting-keychain-issues). The key is never written anywhere else.';

export class SecretStoreError extends Error {
  constructor(readonly action: SecretStoreAction, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`VS Code could not ${action} the key in the system's secret store (${reason.slice(0, 200)}). ${FIX}`, { cause });
    this.name = 'SecretStoreError';
  }
}

/** Runs a SecretStorage call, turning its failure into a SecretStoreError with the fix. */
export async function inSecretStore<T>(action: SecretStoreAction, call: () => Thenable<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new SecretStoreError(action, error);
  }
}
