import * as assert from 'node:assert/strict';
import { MAX_MESSAGE_CHARS, MAX_SHOWN_ORDERS, parseWebviewMessage } from '../../../src/model/webviewMessages';
import { validStandardDraft } from '../../fixtures/textEnableDrafts';
import { oneOfEachWebviewMessage } from '../../fixtures/webviewMessages';

describe('webview -> host messages', () => {
  it('accepts each well-formed message type', () => {
    const good: unknown[] = oneOfEachWebviewMessage();
    for (const message of good) {
      const parsed = parseWebviewMessage(message);
      assert.ok(parsed.ok, JSON.stringify(message).slice(0, 80) + (parsed.ok ? '' : ` ${parsed.reason}`));
    }
  });

  it('rejects unknown types, extra fields and missing fields', () => {
    const draft = validStandardDraft();
    const bad: unknown[] = [
      { type: 'deleteEverything' },
      { type: 'ready', extra: true },
      { type: 'submit', draft },
      { type: 'submit', requestId: 1, draft: { ...draft, sneaky: 1 } },
      { type: 'submit', requestId: 0, draft },
      { type: 'submit', requestId: 1.5, draft },
      { type: 'submit', requestId: '1', draft },
      { type: 'copyCurl', requestId: 1, draft, auth: 'realCredentials' },
      { requestId: 1 },
      null,
      'ready',
      ['ready'],
      42,
    ];
    for (const message of bad) assert.equal(parseWebviewMessage(message).ok, false, JSON.stringify(message)?.slice(0, 80));
  });

  it('rejects values that could leave the expected shape on the way into a URL', () => {
    assert.equal(parseWebviewMessage({ type: 'trackOrder', requestId: 1, hostingOrderId: '../../qualifiedNumbers' }).ok, false);
    assert.equal(parseWebviewMessage({ type: 'trackOrder', requestId: 1, hostingOrderId: 'a?b=c' }).ok, false);
    assert.equal(parseWebviewMessage({ type: 'moveNumbers', requestId: 1, numbers: ['+1202/5550134'] }).ok, false);
    assert.equal(parseWebviewMessage({ type: 'moveNumbers', requestId: 1, numbers: [] }).ok, false);
  });

  it('takes the orders a rebuilt form shows with ready: valid IDs only, at most MAX_SHOWN_ORDERS', () => {
    const ids = Array.from({ length: MAX_SHOWN_ORDERS }, (_, i) => `01hostingorder${i}`);
    const parsed = parseWebviewMessage({ type: 'ready', shownOrders: ids });
    assert.ok(parsed.ok && parsed.message.type === 'ready');
    assert.deepEqual(parsed.message.shownOrders, ids);
    assert.equal(parseWebviewMessage({ type: 'ready', shownOrders: [...ids, '01hostingorderX'] }).ok, false, 'one more than a form shows');
    assert.equal(parseWebviewMessage({ type: 'ready', shownOrders: ['../qualifiedNumbers'] }).ok, false, 'an ID that could leave its path');
    assert.equal(parseWebviewMessage({ type: 'ready', shownOrders: '01hostingorder1' }).ok, false);
  });

  it('rejects __proto__, constructor and prototype keys at any depth', () => {
    const top = JSON.parse('{"type":"ready","__proto__":{"polluted":true}}');
    const parsedTop = parseWebviewMessage(top);
    assert.equal(parsedTop.ok, false);
    assert.match(parsedTop.ok ? '' : parsedTop.reason, /__proto__/);
    const deep = { type: 'draftChanged', draft: { ...validStandardDraft(), ...JSON.parse('{"constructor":{"prototype":{"x":1}}}') } };
    assert.equal(parseWebviewMessage(deep).ok, false);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });

  it('rejects oversized and cyclic messages before parsing them', () => {
    const big = { type: 'draftChanged', draft: validStandardDraft({ numbersText: 'x'.repeat(MAX_MESSAGE_CHARS) }) };
    const parsed = parseWebviewMessage(big);
    assert.equal(parsed.ok, false);
    assert.match(parsed.ok ? '' : parsed.reason, /too large/);
    const cyclic: Record<string, unknown> = { type: 'ready' };
    cyclic.self = cyclic;
    assert.equal(parseWebviewMessage(cyclic).ok, false);
  });
});
