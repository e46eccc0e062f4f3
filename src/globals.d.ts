// Replaced at build time by esbuild's `define` (scripts/build.mjs).
declare const __EXTENSION_VERSION__: string;
declare const __EXTENSION_NAME__: string;
