// The callback inspector's code is in bundles of its own (dist/callbackCore.js and
// dist/callbackCommands.js beside dist/extension.js, see scripts/build.mjs), required the first
// time the Callbacks view shows or a callback command runs: activation never loads them.
import * as path from 'path';
import type * as Core from '../callbackListener/core';
import type * as Commands from '../commands/callbacks/index';

let loaded: typeof Core | undefined;
let commands: typeof Commands | undefined;

export function callbackCommands(): typeof Commands {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file chosen at run time, not bundled
  commands ??= require(path.join(__dirname, 'callbackCommands.js')) as typeof Commands;
  return commands;
}

export function callbackCore(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file chosen at run time, not bundled
  loaded ??= require(path.join(__dirname, 'callbackCore.js')) as typeof Core;
  return loaded;
}
