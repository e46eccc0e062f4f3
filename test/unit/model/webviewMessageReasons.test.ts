// Why a webview message was refused, in the words the host logs: the exact reason per check, the
// limits at their edges (size, nesting, request id, numbers to move), and zod's path to the field.
import * as assert from 'node:assert/strict';
import { MAX_MESSAGE_CHARS, parseWebviewMessage } from '../../../src/model/webviewMessages';

const reason = (raw: unknown): string => {
  const parsed = parseWebviewMessage(raw);
  assert.equal(parsed.ok, false, 'the message should be refused');
  return parsed.ok ? '' : parsed.reason;
};

describe('webview message refusals in words', () => {
  it('names the check that refused it', () => {
    assert.equal(reason(null), 'not an object');
    assert.equal(reason([]), 'not an object');
    const cyclic: Record<string, unknown> = { type: 'ready' };
    cyclic.self = cyclic;
    assert.equal(reason(cyclic), 'not serialisable (cyclic or exotic values)');
    assert.equal(reason({ type: 'ready', big: 1n }), 'not serialisable (cyclic or exotic values)');
    assert.equal(reason(JSON.parse('{"type":"ready","a":{"prototype":1}}')), 'forbidden key prototype');
    assert.equal(reason({ type: 'ready', [Symbol('s')]: 1 }), 'forbidden key (symbol key)');
  });

  it('takes a message of exactly the size limit and refuses one character more', () => {
    const filler = (n: number) => ({ type: 'ready', pad: 'x'.repeat(n) });
    const base = JSON.stringify(filler(0)).length;
    const atLimit = reason(filler(MAX_MESSAGE_CHARS - base));
    assert.match(atLimit, /^invalid message/);
    assert.equal(reason(filler(MAX_MESSAGE_CHARS - base + 1)), `too large (${MAX_MESSAGE_CHARS + 1} characters, at most ${MAX_MESSAGE_CHARS})`);
  });

  it('refuses nesting past 8 levels before the schema sees it', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 8; i++) deep = { d: deep };
    assert.equal(reason({ type: 'ready', deep }), 'forbidden key (nesting too deep)');
    let shallow: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 7; i++) shallow = { d: shallow };
    assert.match(reason({ type: 'ready', shallow }), /^invalid message/);
  });

  it('says where the message is wrong', () => {
    assert.match(reason({ type: 'trackOrder', requestId: 1, hostingOrderId: 'a b' }), /^invalid message at hostingOrderId: /);
    assert.match(reason({ type: 'nothing' }), /^invalid message at type: /);
  });

  it('takes request ids from 1 to the largest safe integer and up to 10,000 numbers to move', () => {
    assert.equal(parseWebviewMessage({ type: 'listPickable', requestId: Number.MAX_SAFE_INTEGER }).ok, true);
    assert.equal(parseWebviewMessage({ type: 'listPickable', requestId: Number.MAX_SAFE_INTEGER + 2 }).ok, false);
    const numbers = (n: number) => Array.from({ length: n }, () => '+12025550134');
    assert.equal(parseWebviewMessage({ type: 'moveNumbers', requestId: 1, numbers: numbers(10_000) }).ok, true);
    assert.equal(parseWebviewMessage({ type: 'moveNumbers', requestId: 1, numbers: numbers(10_001) }).ok, false);
    assert.equal(parseWebviewMessage({ type: 'useLocalListener', requestId: 1 }).ok, true);
  });
});
