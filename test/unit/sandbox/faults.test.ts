import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { RunningSandbox } from '../../../src/sandbox';
import { BASE, BASIC, call, get, post, startTestSandbox, waitUntil } from './helpers';

const LIST = `${BASE}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED`;

describe('sandbox faults', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(() => sb.close());

  it('answers a scripted status with Retry-After and a Sinch error body, once by default', async () => {
    sb.scriptFaults([{ kind: 'status', status: 429, retryAfter: '7' }]);
    const limited = await get(sb, LIST);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '7');
    assert.equal(limited.body.code, '429');
    assert.equal(limited.body.status, 'RESOURCE_EXHAUSTED');
    assert.equal((await get(sb, LIST)).status, 200);
    assert.deepEqual(sb.requestLog().map((e) => [e.status, e.fault]), [[429, 'status'], [200, undefined]]);
  });

  it('applies a fault `times` times, only to the matching method and path prefix', async () => {
    sb.scriptFaults([{ kind: 'status', status: 503, method: 'post', pathPrefix: `${BASE}/qualifiedNumbers:add`, times: 2 }]);
    assert.equal((await get(sb, LIST)).status, 200, 'GET does not match');
    const add = { phoneNumbers: ['+12025550134'] };
    assert.equal((await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, add)).status, 503);
    assert.equal((await post(sb, `${BASE}/qualifiedNumbers:textEnableNumbers`, {})).status, 400, 'other path does not match');
    assert.equal((await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, add)).status, 503);
    assert.equal((await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, add)).status, 200, 'the faulted requests were not applied');
  });

  it('delays a response by the scripted latency', async () => {
    sb.scriptFaults([{ kind: 'latency', ms: 150 }]);
    const started = performance.now();
    const reply = await get(sb, LIST);
    assert.equal(reply.status, 200);
    assert.ok(performance.now() - started >= 145, 'answered after the latency');
    assert.equal(sb.requestLog()[0].fault, 'latency');
  });

  it('hangs until the client gives up, and close() still ends promptly with a request hanging', async () => {
    sb.scriptFaults([{ kind: 'hang', times: 2 }]);
    await assert.rejects(fetch(sb.url + LIST, { headers: { Authorization: BASIC }, signal: AbortSignal.timeout(100) }), { name: 'TimeoutError' });
    const pending = fetch(sb.url + LIST, { headers: { Authorization: BASIC } });
    pending.catch(() => undefined);
    await waitUntil(() => sb.requestLog().length === 2, 5000, 'the second hanging request');
    await sb.close();
    await assert.rejects(pending, TypeError);
  });

  it('resets the connection', async () => {
    sb.scriptFaults([{ kind: 'reset' }]);
    await assert.rejects(fetch(sb.url + LIST, { headers: { Authorization: BASIC } }), TypeError);
    assert.equal((await get(sb, LIST)).status, 200, 'the next request is served');
  });

  it('answers 200 with a broken JSON body', async () => {
    sb.scriptFaults([{ kind: 'malformed-json' }]);
    const res = await fetch(sb.url + LIST, { headers: { Authorization: BASIC } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    await assert.rejects(res.json(), SyntaxError);
  });

  it('answers 502 with a proxy\'s HTML page', async () => {
    sb.scriptFaults([{ kind: 'html' }]);
    const reply = await get(sb, LIST);
    assert.equal(reply.status, 502);
    assert.equal(reply.headers.get('content-type'), 'text/html');
    assert.match(reply.text, /<h1>502 Bad Gateway<\/h1>/);
  });

  it('faults the token endpoint too, but never /_sandbox/', async () => {
    sb.scriptFaults([{ kind: 'status', status: 500 }]);
    assert.equal((await fetch(`${sb.url}/_sandbox/clock`)).status, 200);
    const token = await fetch(`${sb.url}/oauth2/token`, { method: 'POST', headers: { Authorization: BASIC }, body: 'grant_type=client_credentials' });
    assert.equal(token.status, 500);
  });

  it('scripts faults over HTTP, lists and clears them, and refuses malformed ones', async () => {
    const scripted = await call(sb, 'POST', '/_sandbox/faults', { faults: [{ kind: 'status', status: 500, times: 3 }] }, {});
    assert.equal(scripted.status, 200);
    assert.deepEqual(scripted.body.faults, [{ kind: 'status', status: 500, times: 3 }]);
    assert.equal((await get(sb, LIST)).status, 500);
    assert.deepEqual((await call(sb, 'GET', '/_sandbox/faults', undefined, {})).body.faults, [{ kind: 'status', status: 500, times: 2 }]);
    await call(sb, 'DELETE', '/_sandbox/faults', undefined, {});
    assert.equal((await get(sb, LIST)).status, 200);

    const bad = await call(sb, 'POST', '/_sandbox/faults', { faults: [{ kind: 'explode' }] }, {});
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(bad.body), /faults\[0\]\.kind/);
    assert.throws(() => sb.scriptFaults([{ kind: 'status', status: 200 }]), RangeError);
  });

  it('answers a status fault with the scripted message, filling in the Authorization header it got', async () => {
    sb.scriptFaults([{ kind: 'status', status: 400, message: 'got [{authorization}] bare [{credentials}] $(alert)' }]);
    const echoed = await get(sb, LIST);
    assert.equal(echoed.status, 400);
    assert.equal(echoed.body.message, `got [${BASIC}] bare [${BASIC.slice('Basic '.length)}] $(alert)`);
    sb.scriptFaults([{ kind: 'status', status: 400, message: 'none: [{authorization}]' }]);
    assert.equal((await call(sb, 'GET', LIST, undefined, {})).body.message, 'none: []');
    assert.equal(JSON.stringify((await get(sb, LIST)).body).includes('none'), false, 'the fault was used once');
    const refused = await call(sb, 'POST', '/_sandbox/faults', { faults: [{ kind: 'hang', message: 'x' }] }, {});
    assert.equal(refused.status, 400);
    assert.match(JSON.stringify(refused.body), /faults\[0\]\.message/);
    assert.throws(() => sb.scriptFaults([{ kind: 'status', status: 500, message: 'x'.repeat(2001) }]), /at most 2000 characters/);
  });

  it('adds the configured latencyMs to every API response', async () => {
    const slow = await startTestSandbox({ latencyMs: 120 });
    try {
      const started = performance.now();
      assert.equal((await get(slow, LIST)).status, 200);
      assert.ok(performance.now() - started >= 115);
    } finally {
      await slow.close();
    }
  });
});
