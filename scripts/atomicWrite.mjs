// esbuild writes a bundle in place, so a process that reads it meanwhile can load half a file: a
// test spawning `node dist/sandbox.js` while another rebuilds it (the unit suite runs files side by
// side), or the extension host reloading during `npm start --watch`. With this plugin each output
// is written to a temporary file and renamed over the old one: a reader gets the old bundle or
// the new one, whole. The build's options need `write: false` (the plugin writes instead).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

let counter = 0;

/** esbuild plugin: writes `result.outputFiles` atomically (temporary file, then rename). */
export function atomicWritePlugin() {
  return {
    name: 'atomic-write',
    setup(build) {
      build.onEnd((result) => {
        for (const file of result.outputFiles ?? []) {
          mkdirSync(dirname(file.path), { recursive: true });
          const temporary = `${file.path}.${process.pid}-${counter++}.tmp`;
          writeFileSync(temporary, file.contents);
          renameSync(temporary, file.path);
        }
      });
    },
  };
}
