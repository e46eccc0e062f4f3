// The bundles give node-fetch Node's URL instead of whatwg-url (scripts/nodeFetchUrl.mjs). A
// cross-fetch bundled that way must still fetch, and must carry none of whatwg-url.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

type CrossFetch = (url: string, init?: { method?: string; body?: string }) => Promise<{ status: number; text(): Promise<string> }>;

describe('cross-fetch bundled without whatwg-url', () => {
  let dir: string;
  let code: string;
  let server: http.Server;
  let url: string;

  before(async () => {
    const { nodeFetchUrlPlugin } = await import('../../../scripts/nodeFetchUrl.mjs');
    const result = await esbuild.build({
      stdin: { contents: "module.exports = require('cross-fetch');", resolveDir: resolve(__dirname, '..', '..', '..'), loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
      plugins: [nodeFetchUrlPlugin()],
    });
    code = result.outputFiles[0].text;
    dir = mkdtempSync(join(tmpdir(), 'node-fetch-url-'));
    writeFileSync(join(dir, 'crossFetch.js'), code);
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => res.end(`${req.method} ${req.url} ${body}`));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('fetches over HTTP, query and body intact', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle just written
    const fetch = require(join(dir, 'crossFetch.js')) as CrossFetch;
    const response = await fetch(`${url}/v1/a?states=X&pageSize=2`, { method: 'POST', body: 'hello' });
    assert.strictEqual(response.status, 200);
    assert.strictEqual(await response.text(), 'POST /v1/a?states=X&pageSize=2 hello');
  });

  it('contains no whatwg-url or tr46 code', () => {
    assert.ok(code.includes('node_modules/node-fetch/'), 'node-fetch is in the bundle');
    assert.ok(!/node_modules\/(whatwg-url|tr46)\//.test(code), 'whatwg-url or tr46 was bundled');
  });
});
