// npm packages the extension needs only now and then become bundles of their own beside
// dist/extension.js: https-proxy-agent (only when a proxy is configured) and papaparse (only when a
// CSV is read or written). The source requires them where they are used
// (`require('papaparse') as typeof import('papaparse')`), which runs from node_modules in the unit
// tests; in the extension bundle this plugin turns that require into one of `./<package>.js`, so
// its code is neither in dist/extension.js nor run at activation. A static import of such a package
// would load it at activation after all: the build refuses it.

/** The packages loaded on first use, and the file each becomes in dist/. */
export const LAZY_PACKAGES = { 'https-proxy-agent': 'httpsProxyAgent.js', papaparse: 'papaparse.js' };

/** esbuild plugin for the extension bundle: `require('<package>')` -> `require('./<file>')`, kept external. */
export function lazyPackagesPlugin() {
  const names = Object.keys(LAZY_PACKAGES).map((name) => name.replace(/[-/]/g, '\\$&'));
  return {
    name: 'lazy-packages',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => {
        if (args.kind !== 'require-call') {
          return { errors: [{ text: `${args.path} is loaded on first use (scripts/lazyPackages.mjs): require it where it is needed instead of importing it (${args.importer})` }] };
        }
        return { path: `./${LAZY_PACKAGES[args.path]}`, external: true };
      });
    },
  };
}
