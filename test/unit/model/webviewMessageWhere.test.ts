// A refused webview message names where the problem is: nowhere for the message itself (an extra
// key), the dotted path for a field inside another; and a string is "not an object".
import assert from 'node:assert/strict';
import { parseWebviewMessage } from '../../../src/model/webviewMessages';

function reason(raw: unknown): string {
  const parsed = parseWebviewMessage(raw);
  assert.ok(!parsed.ok);
  return parsed.reason;
}

describe('webview message refusal: where', () => {
  it('names no place for a problem with the whole message, and the dotted path for a nested field', () => {
    assert.equal(reason({ type: 'ready', extra: 1 }), 'invalid message: Unrecognized key: "extra"');
    assert.equal(reason({ type: 'draftChanged', draft: { kind: 7 } }), 'invalid message at draft.regionCode: Invalid option: expected one of "US"|"CA"');
  });

  it('refuses a string as not an object', () => {
    assert.equal(reason('ready'), 'not an object');
    assert.equal(reason(7), 'not an object');
  });
});
