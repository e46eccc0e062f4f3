// Builds the bundles with esbuild: the extension host code (node/cjs, `vscode` external), the
// webview code (browser/iife), the sandbox the extension loads on first use and the sandbox CLI (node/cjs).
// Flags: --production (minify, no source maps), --watch, --only <extension|webview|sandboxServer|callbackCore|callbackCommands|chatTools|sandbox|tests>.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { atomicWritePlugin } from './atomicWrite.mjs';
import { LAZY_PACKAGES, lazyPackagesPlugin } from './lazyPackages.mjs';
import { nanpMetadataPlugin } from './nanpMetadata.mjs';
import { nodeFetchUrlPlugin } from './nodeFetchUrl.mjs';

const args = process.argv.slice(2);
const production = args.includes('--production');
const watch = args.includes('--watch');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1].split(',') : undefined;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'info',
  legalComments: 'none',
  // Only the +1 part of libphonenumber-js's metadata: ~80 KB less in each bundle; node-fetch gets
  // Node's URL instead of whatwg-url: ~290 KB less in the extension (see each file).
  plugins: [nanpMetadataPlugin(), nodeFetchUrlPlugin()],
  define: {
    __EXTENSION_VERSION__: JSON.stringify(pkg.version),
    __EXTENSION_NAME__: JSON.stringify(pkg.name),
  },
};

// Code that runs in the extension host: zod probes the global `navigator` (a Cloudflare check),
// and VS Code logs every touch of Node's `navigator` in an extension as a PendingMigrationError
// [error] in the host log. Nothing of ours needs it, so it reads as undefined in those bundles.
const extensionHostDefine = { ...common.define, navigator: 'undefined' };

/** @type {Record<string, import('esbuild').BuildOptions>} */
const targets = {
  extension: {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    define: extensionHostDefine,
    plugins: [...common.plugins, lazyPackagesPlugin()],
  },
  // The npm packages the extension requires on first use (see scripts/lazyPackages.mjs).
  ...Object.fromEntries(
    Object.entries(LAZY_PACKAGES).map(([name, file]) => [
      name,
      { ...common, entryPoints: [name], outfile: `dist/${file}`, platform: 'node', format: 'cjs', target: 'node20', define: extensionHostDefine },
    ]),
  ),
  webview: {
    ...common,
    entryPoints: { textEnableForm: 'webview/textEnableForm/main.mts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  // The sandbox as the extension runs it (src/connection/sandboxHost.ts requires it on first use).
  sandboxServer: {
    ...common,
    entryPoints: ['src/sandbox/index.ts'],
    outfile: 'dist/sandboxServer.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    define: extensionHostDefine,
  },
  // The callback inspector's listener and model, required on first use (src/inspector/callbackCore.ts).
  callbackCore: {
    ...common,
    entryPoints: ['src/callbackListener/core.ts'],
    outfile: 'dist/callbackCore.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    define: extensionHostDefine,
  },
  // The callback inspector's commands (vscode external, like the extension), required on first use.
  callbackCommands: {
    ...common,
    entryPoints: ['src/commands/callbacks/index.ts'],
    outfile: 'dist/callbackCommands.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    define: extensionHostDefine,
  },
  // The chat tools (classic zod for their input schemas), required on first use (src/tools/chatToolsLoader.ts).
  chatTools: {
    ...common,
    entryPoints: ['src/tools/chatTools.ts'],
    outfile: 'dist/chatTools.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    define: extensionHostDefine,
  },
  sandbox: {
    ...common,
    entryPoints: ['src/sandbox/cli.ts'],
    outfile: 'dist/sandbox.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The integration suite runs inside the extension host; it is bundled apart from the product.
  tests: {
    ...common,
    minify: false,
    sourcemap: 'inline',
    // index.ts finds the suite files next to it at run time (dist-test/integration/suite/*.test.js).
    entryPoints: ['test/integration/index.ts', 'test/integration/suite/**/*.test.ts'],
    outbase: 'test/integration',
    outdir: 'dist-test/integration',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  },
};

const selected = Object.entries(targets).filter(([name]) => (only ? only.includes(name) : name !== 'tests'));
// Every bundle is written whole or not at all (scripts/atomicWrite.mjs): readers never see half a file.
const contexts = await Promise.all(
  selected.map(([, options]) => esbuild.context({ ...options, write: false, plugins: [...(options.plugins ?? []), atomicWritePlugin()] })),
);
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  console.log('[watch] build started');
} else {
  try {
    await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  } finally {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  }
}
