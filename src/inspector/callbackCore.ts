// The callback inspector's code is a bundle of its own (dist/callbackCore.js beside
// dist/extension.js, see scripts/build.mjs), required the first time the Callbacks view shows or a
// callback command runs: activation never loads it (its commands load the same way, commands/callbacksLoader.ts).
import * as path from 'path';
import type * as Core from '../callbackListener/core';

let loaded: typeof Core | undefined;

export function callbackCore(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file chosen at run time, not bundled
  loaded ??= require(path.join(__dirname, 'callbackCore.js')) as typeof Core;
  return loaded;
}
