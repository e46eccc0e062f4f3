// node-fetch 2 (cross-fetch's Node build: the API client's fetch) imports whatwg-url only as a
// fallback for a Node without a global URL class (`Url.URL || whatwgUrl.URL`). Every Node we run
// on has one, yet the fallback brings whatwg-url and its tr46 Unicode tables (~290 KB minified)
// into the bundle. This esbuild plugin answers node-fetch's import of whatwg-url with Node's own
// URL; test/unit/build checks that a bundled cross-fetch still fetches.

/** esbuild plugin: `require('whatwg-url')` from node-fetch gets `{ URL }` from node:url. */
export function nodeFetchUrlPlugin() {
  return {
    name: 'node-fetch-url',
    setup(build) {
      build.onResolve({ filter: /^whatwg-url$/ }, (args) =>
        /[\\/]node-fetch[\\/]/.test(args.importer) ? { path: 'whatwg-url', namespace: 'node-url' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'node-url' }, () => ({ contents: "module.exports = { URL: require('node:url').URL };", loader: 'js' }));
    },
  };
}
