// The form's webview bundle carries no host-side message schemas. A top-level zod schema is never
// dropped by tree shaking, so importing one constant from src/model/webviewMessages.ts put every
// schema of that file into the form (12 KB, over the form's 250 KB budget; BENCHMARKS.md).
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import { resolve } from 'path';

describe('the form webview bundle', () => {
  let inputs: Record<string, { bytesInOutput: number }>;

  before(async function () {
    this.timeout(30_000);
    const { nanpMetadataPlugin } = await import('../../../scripts/nanpMetadata.mjs');
    const result = await esbuild.build({
      absWorkingDir: resolve(__dirname, '..', '..', '..'),
      entryPoints: ['webview/textEnableForm/main.mts'],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [nanpMetadataPlugin()],
    });
    inputs = Object.values(result.metafile.outputs)[0].inputs;
  });

  it('holds no code of the host-side message schemas, only their types', () => {
    const bytes = inputs['src/model/webviewMessages.ts']?.bytesInOutput ?? 0;
    assert.strictEqual(bytes, 0, `src/model/webviewMessages.ts put ${bytes} bytes into the form`);
  });

  it('still holds the validators the form shares with the host', () => {
    // The same field rules run on both sides: the draft checks must be in the form.
    const shared = Object.keys(inputs).filter((file) => file.startsWith('src/model/textEnable/') && inputs[file].bytesInOutput > 0);
    assert.ok(shared.length > 0, 'no src/model/textEnable code in the form');
  });
});
