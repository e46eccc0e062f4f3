// Settings at the edges of their rules: the sandbox port, which state changes notify, rounding and
// bounds of numbers, trimmed URLs, and the hosts counted as this machine or as Sinch.
import assert from 'node:assert/strict';
import { hostKind, readSettings, userOnlyGetter } from '../../../src/model/settings';

const read = (values: Record<string, unknown>) => readSettings((k) => values[k]);

describe('settings at the edges', () => {
  it('takes a sandbox port from 1 to 65535, whole; anything else picks a free one', () => {
    assert.equal(read({ 'sandbox.port': 1 }).sandboxPort, 1);
    assert.equal(read({ 'sandbox.port': 65535 }).sandboxPort, 65535);
    for (const bad of [0, -1, 65536, 4010.5, '4010', undefined]) assert.equal(read({ 'sandbox.port': bad }).sandboxPort, 0, String(bad));
  });

  it('notifies about all state changes unless told failures or off', () => {
    assert.equal(read({ notifyOnStateChange: 'failures' }).notifyOnStateChange, 'failures');
    assert.equal(read({ notifyOnStateChange: 'off' }).notifyOnStateChange, 'off');
    assert.equal(read({ notifyOnStateChange: 'some' }).notifyOnStateChange, 'all');
    assert.equal(read({}).notifyOnStateChange, 'all');
  });

  it('rounds and bounds the page size and the refresh interval', () => {
    assert.equal(read({ pageSize: 2.6 }).pageSize, 3);
    assert.equal(read({ pageSize: 0 }).pageSize, 1);
    assert.equal(read({ pageSize: 100 }).pageSize, 100);
    assert.equal(read({ pageSize: Number.NaN }).pageSize, 50);
    assert.equal(read({ pageSize: Number.POSITIVE_INFINITY }).pageSize, 50);
    assert.equal(read({ autoRefreshSeconds: -3 }).autoRefreshSeconds, 0);
    assert.equal(read({ autoRefreshSeconds: 5 }).autoRefreshSeconds, 5);
    assert.equal(read({ autoRefreshSeconds: 4000 }).autoRefreshSeconds, 3600);
    assert.equal(read({ autoRefreshSeconds: '60' }).autoRefreshSeconds, 30);
  });

  it('trims base URLs and falls back on blank ones; reads both regions and an auto start of true', () => {
    const s = read({ apiBaseUrl: ' http://127.0.0.1:4010 ', authBaseUrl: '   ', regionFilter: 'CA', 'sandbox.autoStart': true, authMethod: 'Basic' });
    assert.equal(s.apiBaseUrl, 'http://127.0.0.1:4010');
    assert.equal(s.authBaseUrl, 'https://auth.sinch.com');
    assert.equal(s.regionFilter, 'CA');
    assert.equal(s.sandboxAutoStart, true);
    assert.equal(s.authMethod, 'oauth2');
    assert.equal(read({ regionFilter: 'US', apiBaseUrl: 42 }).regionFilter, 'US');
    assert.equal(read({ apiBaseUrl: 42 }).apiBaseUrl, 'https://imported.numbers.api.sinch.com');
  });

  it('a user-only setting without a user value is its default, and a workspace setting is read as is', () => {
    const get = userOnlyGetter((k) => (k === 'pageSize' ? 7 : 'workspace'), (k) => (k === 'authMethod' ? { defaultValue: 'oauth2' } : undefined));
    assert.equal(get('authMethod'), 'oauth2');
    assert.equal(get('apiBaseUrl'), undefined);
    assert.equal(get('callbacks.forwardTo'), undefined);
    assert.equal(get('pageSize'), 7);
  });

  it('counts every 127.x.y.z and localhost in any case as this machine, and sinch.com itself as Sinch', () => {
    assert.equal(hostKind('http://127.1.2.3:1'), 'loopback');
    assert.equal(hostKind('http://LOCALHOST:1'), 'loopback');
    assert.equal(hostKind('http://128.0.0.1:1'), 'other');
    assert.equal(hostKind('https://SINCH.COM'), 'sinch');
    assert.equal(hostKind('https://a.b.sinch.com'), 'sinch');
  });
});
