// Stryker's mocha runner (10.0.0) requires mocha's CLI helpers without an extension
// (`mocha/lib/cli/run-helpers`), but Mocha 12 ships them as `.cjs`, so the plugin fails to load.
// Upstream fix: stryker-mutator/stryker-js#6205 (open). Until it ships, resolve those few paths to
// their `.cjs` files. Loaded with `--require` only into Stryker's processes (scripts/mutate.mjs,
// stryker.config.mjs), never into the tests or the extension.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload: it must patch require itself
const Module = require('node:module');

const MOCHA_CLI = /[\\/]mocha[\\/]lib[\\/]cli[\\/](run-helpers|options|collect-files)$/;
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, MOCHA_CLI.test(request) ? `${request}.cjs` : request, ...rest);
};
