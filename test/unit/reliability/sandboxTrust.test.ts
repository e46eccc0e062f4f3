// The sandbox accepts any credentials and its /_sandbox/ controls (reset, faults, clock, call
// codes) need none: it listens on loopback unless told otherwise, and the controls answer only
// peers on this machine, even when --host exposes the API.
import * as assert from 'node:assert/strict';
import { isLoopbackAddress } from '../../../src/sandbox/http';
import { startSandbox } from '../../../src/sandbox';
import { harness, type Harness } from './helpers';

describe('reliability: the sandbox trusts only this machine', () => {
  let h: Harness;
  afterEach(() => h?.close());

  it('listens on 127.0.0.1 when no host is given', async () => {
    const sandbox = await startSandbox({ port: 0, clock: 'manual' });
    try {
      assert.match(sandbox.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await sandbox.close();
    }
  });

  it('tells loopback peers from the rest, in every form Node reports them', () => {
    for (const address of ['127.0.0.1', '127.0.0.2', '127.255.255.254', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1', '::ffff:7f00:1']) {
      assert.equal(isLoopbackAddress(address), true, address);
    }
    for (const address of [undefined, '', '192.0.2.2', '10.0.0.1', '0.0.0.0', '::', 'fd00::2', 'fe80::1', '::ffff:192.0.2.2', '128.0.0.1', '1127.0.0.1', '127.0.0.1.evil', 'localhost']) {
      assert.equal(isLoopbackAddress(address), false, String(address));
    }
  });

  it('answers its controls to a loopback peer', async () => {
    h = await harness();
    const res = await fetch(`${h.sandbox.url}/_sandbox/clock`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { mode: string }).mode, 'manual');
  });
});
