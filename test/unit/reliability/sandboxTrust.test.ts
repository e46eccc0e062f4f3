// The sandbox accepts any credentials and its /_sandbox/ controls (reset, faults, clock, call
// codes) need none: it listens on loopback unless told otherwise, and the controls answer only
// peers on this machine, even when --host exposes the API.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as net from 'node:net';
import { networkInterfaces } from 'node:os';
import { isLoopbackAddress } from '../../../src/sandbox/http';
import { startSandbox } from '../../../src/sandbox';
import { harness, type Harness } from './helpers';

/** An address of this machine that is not loopback (eth0's), if it has one. */
function nonLoopbackAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((i) => i !== undefined && i.family === 'IPv4' && !i.internal && !isLoopbackAddress(i.address))?.address;
}

/** GET over a real socket from a chosen local (source) address, so the sandbox sees that peer. */
function getFrom(url: string, localAddress: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { localAddress, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

/**
 * Stand-in for a second machine when this one has only loopback: connections that reach
 * `serverPort` from `from` report `foreign` as their peer. `remoteAddress` is a fixed getter over
 * Node's internal `_getpeername()`, so that is what is wrapped. Returns the undo.
 */
function disguisePeer(from: string, foreign: string, serverPort: number): () => void {
  type PeerName = { address?: string; port?: number; family?: string };
  const proto = net.Socket.prototype as unknown as { _getpeername?: (this: net.Socket) => PeerName };
  const real = proto._getpeername;
  assert.equal(typeof real, 'function', 'net.Socket has no _getpeername to stand in for a foreign peer (Node changed)');
  proto._getpeername = function (this: net.Socket): PeerName {
    const peer = real!.call(this);
    return peer.address === from && this.localPort === serverPort ? { ...peer, address: foreign } : peer;
  };
  return () => {
    proto._getpeername = real;
  };
}

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
    const index = await fetch(`${h.sandbox.url}/_sandbox`);
    assert.equal(index.status, 200, 'the bare /_sandbox lists the controls');
    assert.ok(((await index.json()) as { endpoints: string[] }).endpoints.includes('GET  /_sandbox/clock'));
  });

  it('refuses its controls to a peer that is not loopback, over real HTTP, while its API answers that peer', async () => {
    // The machine's own non-loopback address as host and source: a real foreign peer. With only
    // loopback, bind to 127.0.0.2, connect from 127.0.0.3, and that peer is shown as 192.0.2.77.
    const address = nonLoopbackAddress();
    const sandbox = await startSandbox({ port: 0, clock: 'manual', host: address ?? '127.0.0.2' });
    const source = address ?? '127.0.0.3';
    let undo = (): void => undefined;
    try {
      if (!address) undo = disguisePeer(source, '192.0.2.77', sandbox.port);
      const refused = await getFrom(`${sandbox.url}/_sandbox/clock`, source);
      assert.equal(refused.status, 404, refused.body);
      assert.match(refused.body, /No such resource: \/_sandbox\/clock/);
      const api = await getFrom(`${sandbox.url}/v1/projects/trust/qualifiedNumbers`, source);
      assert.equal(api.status, 401, `the API should answer a foreign peer (asking for credentials): ${api.body}`);
    } finally {
      undo();
      await sandbox.close();
    }
  });

  it('answers its controls on 127.0.0.2 to a peer on 127.0.0.3 (both loopback)', async () => {
    const sandbox = await startSandbox({ port: 0, clock: 'manual', host: '127.0.0.2' });
    try {
      const answer = await getFrom(`${sandbox.url}/_sandbox/clock`, '127.0.0.3');
      assert.equal(answer.status, 200, answer.body);
      assert.match(answer.body, /"mode":"manual"/);
    } finally {
      await sandbox.close();
    }
  });
});
