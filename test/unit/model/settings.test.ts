import assert from 'node:assert/strict';
import { foreignOrigins, hostKind, readSettings } from '../../../src/model/settings';

describe('settings', () => {
  it('fills in defaults: OAuth2, Sinch hosts, 50 a page, every 30 s', () => {
    const s = readSettings(() => undefined);
    assert.equal(s.authMethod, 'oauth2');
    assert.equal(s.apiBaseUrl, 'https://imported.numbers.api.sinch.com');
    assert.equal(s.authBaseUrl, 'https://auth.sinch.com');
    assert.equal(s.pageSize, 50);
    assert.equal(s.regionFilter, undefined);
    assert.equal(s.orderBy, 'updatedTime');
    assert.equal(s.autoRefreshSeconds, 30);
    assert.equal(s.sandboxAutoStart, false);
  });

  it('keeps values in bounds and ignores values of the wrong type', () => {
    const values: Record<string, unknown> = { pageSize: 5000, autoRefreshSeconds: 1, regionFilter: 'MX', authMethod: 'basic', orderBy: 'createdTime', 'sandbox.autoStart': 'yes' };
    const s = readSettings((k) => values[k]);
    assert.equal(s.pageSize, 100);
    assert.equal(s.autoRefreshSeconds, 5);
    assert.equal(s.regionFilter, undefined);
    assert.equal(s.authMethod, 'basic');
    assert.equal(s.orderBy, 'createdTime');
    assert.equal(s.sandboxAutoStart, false);
    assert.equal(readSettings((k) => (k === 'autoRefreshSeconds' ? 0 : undefined)).autoRefreshSeconds, 0);
  });

  it('tells Sinch, loopback and other hosts apart', () => {
    assert.equal(hostKind('https://imported.numbers.api.sinch.com'), 'sinch');
    assert.equal(hostKind('https://auth.sinch.com/'), 'sinch');
    assert.equal(hostKind('http://127.0.0.1:4010'), 'loopback');
    assert.equal(hostKind('http://localhost:4010'), 'loopback');
    assert.equal(hostKind('http://[::1]:4010'), 'loopback');
    assert.equal(hostKind('https://sinch.com.evil.example'), 'other');
    assert.equal(hostKind('https://evilsinch.com'), 'other');
    assert.equal(hostKind('http://auth.sinch.com'), 'other');
    assert.equal(hostKind('not a url'), undefined);
  });

  it('lists each foreign origin once, for the consent question', () => {
    assert.deepEqual(foreignOrigins(['https://proxy.example.com/v1', 'https://PROXY.example.com', 'https://auth.sinch.com', 'http://127.0.0.1:1']), ['https://proxy.example.com']);
  });
});
