// Features activation does not need are bundles of their own beside dist/extension.js (see
// scripts/build.mjs), required the first time they are used: every window then loads less at start.
// A lazy bundle carries its own copy of the modules it shares with the extension bundle, so what
// crosses between them is plain data, vscode objects and interfaces, never a class to `instanceof`
// (SinchApiError is recognised in either copy, see api/errors.ts) or module state.
import * as path from 'path';

/** A loader of `dist/<file>`: requires it on the first call, then hands back the same module. */
export function lazyBundle<T>(file: string): { (): T; readonly loaded: T | undefined } {
  let loaded: T | undefined;
  const load = (): T => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file chosen at run time, not bundled
    loaded ??= require(path.join(__dirname, file)) as T;
    return loaded;
  };
  return Object.defineProperty(load, 'loaded', { get: () => loaded }) as { (): T; readonly loaded: T | undefined };
}
