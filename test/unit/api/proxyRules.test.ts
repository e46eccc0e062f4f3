// The edges of the proxy rules (src/api/proxy.ts) that decide where the credentials travel: what
// counts as loopback, how NO_PROXY entries match (case, spaces, ports, IPv6), and that the proxied
// fetch reuses one tunnel agent per proxy and never gives loopback one.
import * as assert from 'node:assert/strict';
import { proxiedFetch, proxyFor, shownProxy } from '../../../src/api/proxy';

const PROXY = 'http://proxy.corp:3128';

describe('proxy rules at their edges', () => {
  it('goes direct for every loopback form and nothing that only starts like one', () => {
    for (const url of ['http://LOCALHOST:1/', 'http://127.255.0.1/', 'http://[::ffff:127.0.0.1]:9/']) {
      assert.equal(proxyFor(url, { url: PROXY }), undefined, url);
    }
    for (const url of ['https://127.0.0.1.example.com/', 'https://localhost.example.com/', 'https://1127.0.0.1.example/', 'https://[2001:db8::1]/']) {
      assert.equal(proxyFor(url, { url: PROXY }), PROXY, url);
    }
  });

  it('sends nothing through the proxy for a target that is not a URL', () => {
    assert.equal(proxyFor('not a url', { url: PROXY }), undefined);
  });

  it('matches NO_PROXY entries without regard to case or surrounding spaces', () => {
    assert.equal(proxyFor('https://API.Example.com/x', { url: PROXY, noProxy: ['  Example.COM  '] }), undefined);
    assert.equal(proxyFor('https://api.example.com/x', { url: PROXY, noProxy: ['', '   '] }), PROXY, 'blank entries match nothing');
  });

  it('compares a NO_PROXY port with the default port of the scheme', () => {
    assert.equal(proxyFor('http://plain.example/x', { url: PROXY, noProxy: ['plain.example:80'] }), undefined);
    assert.equal(proxyFor('http://plain.example/x', { url: PROXY, noProxy: ['plain.example:443'] }), PROXY);
    assert.equal(proxyFor('https://secure.example/x', { url: PROXY, noProxy: ['secure.example:443'] }), undefined);
    assert.equal(proxyFor('https://secure.example:8443/x', { url: PROXY, noProxy: ['secure.example:8443'] }), undefined);
    assert.equal(proxyFor('https://secure.example:8443/x', { url: PROXY, noProxy: ['secure.example'] }), undefined, 'no port: any port');
  });

  it('matches an IPv6 host written without brackets, and a wildcard only at the start', () => {
    assert.equal(proxyFor('https://[2001:db8::1]/x', { url: PROXY, noProxy: ['2001:db8::1'] }), undefined);
    assert.equal(proxyFor('https://[2001:db8::1]/x', { url: PROXY, noProxy: ['[2001:db8::1]:443'] }), undefined);
    assert.equal(proxyFor('https://[2001:db8::1]/x', { url: PROXY, noProxy: ['[2001:db8::1]:8443'] }), PROXY);
    assert.equal(proxyFor('https://[2001:db8::2]/x', { url: PROXY, noProxy: ['2001:db8::1'] }), PROXY);
    assert.equal(proxyFor('https://a.b.example/x', { url: PROXY, noProxy: ['*.example'] }), undefined);
    assert.equal(proxyFor('https://example/x', { url: PROXY, noProxy: ['.example'] }), undefined, 'the bare name matches its own suffix entry');
    assert.equal(proxyFor('https://a.example/x', { url: PROXY, noProxy: ['a.*'] }), PROXY);
  });

  it('shows a proxy as scheme, host and port', () => {
    assert.equal(shownProxy('https://proxy.corp'), 'https://proxy.corp');
    assert.equal(shownProxy('http://u@proxy.corp:8080/path?q=1'), 'http://proxy.corp:8080');
  });
});

describe('proxied fetch', () => {
  it('gives proxied requests one agent per proxy and loopback none', async () => {
    const seen: Array<{ url: string; agent: unknown }> = [];
    const base = (url: string, init: { agent?: unknown }): Promise<string> => {
      seen.push({ url, agent: init.agent });
      return Promise.resolve('ok');
    };
    const fetch = proxiedFetch(base, { url: PROXY });
    assert.equal(await fetch('https://api.example/1', {}), 'ok');
    await fetch('https://auth.example/2', {});
    await fetch('http://127.0.0.1:4010/3', {});
    assert.ok(seen[0].agent, 'a proxied request carries an agent');
    assert.equal(seen[1].agent, seen[0].agent, 'one agent (one tunnel pool) per proxy');
    assert.equal(seen[2].agent, undefined, 'loopback goes direct');
    const other = proxiedFetch(base, { url: 'http://other.proxy:8080' });
    await other('https://api.example/4', {});
    assert.notEqual(seen[3].agent, seen[0].agent);
  });
});
