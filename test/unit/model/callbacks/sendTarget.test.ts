import * as assert from 'node:assert/strict';
import { checkSendTarget } from '../../../../src/model/callbacks/sendTarget';

describe('callback replay and forward targets', () => {
  it('takes https anywhere and plain http only on this machine', () => {
    for (const ok of ['https://example.com/hook', 'http://localhost:3000/sinch', 'http://127.0.0.1:8080/']) assert.ok(checkSendTarget(ok).ok, ok);
    const cases = [
      ['http://example.com/hook', /Plain http only to this machine/],
      ['ftp://example.com', /Only http\(s\)/],
      ['nonsense', /not a URL/],
      ['', /Enter a URL/],
      ['https://user:pw@example.com/', /credentials/],
    ] as const;
    for (const [url, reason] of cases) {
      const result = checkSendTarget(url);
      assert.ok(!result.ok && reason.test(result.reason), url);
    }
  });
});
