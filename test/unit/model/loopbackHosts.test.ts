// Which API hosts count as this machine (no warning about sending credentials elsewhere): any
// 127.x.y.z with one to three digits each, but not a name that only starts like one; and the
// token host setting is read.
import assert from 'node:assert/strict';
import { hostKind, readSettings } from '../../../src/model/settings';

describe('loopback API hosts', () => {
  it('takes any 127.x.y.z as loopback', () => {
    assert.equal(hostKind('http://127.10.20.30:4010'), 'loopback');
    assert.equal(hostKind('http://127.100.200.254:4010'), 'loopback');
  });

  it('does not take a host name that starts like a loopback address', () => {
    assert.equal(hostKind('http://127.0.0.1.nip.io:8080'), 'other');
    assert.equal(hostKind('http://127.0.0.1x/'), 'other');
  });

  it('reads the token host setting', () => {
    assert.equal(readSettings((key) => (key === 'authBaseUrl' ? 'https://auth.example.com' : undefined)).authBaseUrl, 'https://auth.example.com');
  });
});
