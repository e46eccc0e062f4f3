// What the sandbox keeps is bounded, and what it forgets is the oldest: the request log (1,000
// entries) and the event history (500) behind GET /_sandbox/requests and GET /_sandbox/events.
import * as assert from 'node:assert/strict';
import type { SandboxEvent, SandboxRequestLogEntry } from '../../../src/sandbox';
import { EventHub } from '../../../src/sandbox/events';
import { REQUEST_LOG_LIMIT, RequestLog } from '../../../src/sandbox/requestLog';

const entry = (i: number): SandboxRequestLogEntry => ({ method: 'GET', path: `/r/${i}`, status: 200, time: '2025-01-06T09:00:00.000Z' });
const call = (i: number): SandboxEvent => ({ type: 'voiceCall', projectId: 'p', phoneNumber: `+1202555${String(i).padStart(4, '0')}`, code: '1234' });

describe('sandbox bounded logs', () => {
  it('keeps the newest 1,000 requests, in order, at every length', () => {
    assert.equal(REQUEST_LOG_LIMIT, 1000);
    const log = new RequestLog();
    for (let i = 1; i <= 1000; i++) log.add(entry(i));
    assert.equal(log.list().length, 1000);
    assert.equal(log.list()[0].path, '/r/1');
    log.add(entry(1001));
    assert.deepEqual([log.list()[0].path, log.list()[999].path, log.list().length], ['/r/2', '/r/1001', 1000]);
    for (let i = 1002; i <= 2001; i++) log.add(entry(i));
    assert.deepEqual([log.list()[0].path, log.list()[999].path, log.list().length], ['/r/1002', '/r/2001', 1000]);
    for (let i = 2002; i <= 2600; i++) log.add(entry(i));
    assert.deepEqual([log.list()[0].path, log.list()[999].path, log.list().length], ['/r/1601', '/r/2600', 1000]);
  });

  it('hands out a copy: a caller changing the list changes nothing kept', () => {
    const log = new RequestLog();
    log.add(entry(1));
    (log.list() as SandboxRequestLogEntry[]).push(entry(2));
    assert.equal(log.list().length, 1);
    log.clear();
    assert.deepEqual(log.list(), []);
  });

  it('keeps the newest 500 events, stamped with the clock, and tells every listener', () => {
    let now = Date.parse('2025-01-06T09:00:00.000Z');
    const hub = new EventHub(() => now);
    const heard: SandboxEvent[] = [];
    hub.on(() => {
      throw new Error('a listener bug');
    });
    const sub = hub.on((e) => heard.push(e));
    for (let i = 1; i <= 500; i++) hub.emit(call(i));
    assert.equal(hub.recent().length, 500);
    now += 1000;
    hub.emit(call(501));
    assert.equal(hub.recent().length, 500);
    assert.deepEqual(hub.recent()[0].event, call(2));
    assert.deepEqual(hub.recent()[499], { time: '2025-01-06T09:00:01.000Z', event: call(501) });
    assert.equal(heard.length, 501, 'a throwing listener does not stop the next one');
    sub.dispose();
    hub.emit(call(502));
    assert.equal(heard.length, 501, 'a disposed listener hears nothing more');
    hub.clear();
    assert.deepEqual(hub.recent(), []);
    hub.close();
    hub.emit(call(503));
    assert.deepEqual(hub.recent(), [], 'a closed hub keeps nothing');
  });
});
