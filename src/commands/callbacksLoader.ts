// The callback inspector's commands are a bundle of their own (dist/callbackCommands.js beside
// dist/extension.js, see scripts/build.mjs), required the first time one runs.
import * as path from 'path';
import type * as Commands from './callbacks/index';

let loaded: typeof Commands | undefined;

export function callbackCommands(): typeof Commands {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file chosen at run time, not bundled
  loaded ??= require(path.join(__dirname, 'callbackCommands.js')) as typeof Commands;
  return loaded;
}
