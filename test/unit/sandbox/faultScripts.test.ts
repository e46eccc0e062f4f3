// Scripting faults at the edges: what a script may hold (each field's range and the words of each
// refusal), which request a fault hits, and what the faulted answer carries.
import * as assert from 'node:assert/strict';
import type { RunningSandbox, SandboxFault } from '../../../src/sandbox';
import { BASE, BASIC, call, get, post, startTestSandbox } from './helpers';

const LIST = `${BASE}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED`;

describe('sandbox fault scripts', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0 });
  });
  afterEach(() => sb.close());

  function refuses(fault: unknown, message: string, index = 0): void {
    const list = [...Array.from({ length: index }, (): SandboxFault => ({ kind: 'hang' })), fault] as SandboxFault[];
    assert.throws(() => sb.scriptFaults(list), (err: unknown) => err instanceof RangeError && err.message === message, `${JSON.stringify(fault)} -> ${message}`);
  }
  function accepts(fault: SandboxFault): void {
    sb.reset();
    assert.doesNotThrow(() => sb.scriptFaults([fault]), JSON.stringify(fault));
  }

  it('refuses a fault that is not an object, or of an unknown kind, naming its place in the list', () => {
    for (const value of [null, [], 'hang', 3]) refuses(value, 'faults[0] must be an object');
    refuses({ kind: 'slow' }, 'faults[0].kind must be one of latency, status, hang, reset, malformed-json, html');
    refuses({}, 'faults[2].kind must be one of latency, status, hang, reset, malformed-json, html', 2);
  });

  it('takes a latency of 0 to 600000 ms', () => {
    accepts({ kind: 'latency', ms: 0 });
    accepts({ kind: 'latency', ms: 600_000 });
    for (const ms of [undefined, -1, 600_001, Number.NaN, Number.POSITIVE_INFINITY, '5']) {
      refuses({ kind: 'latency', ms }, 'faults[0].ms must be a number of milliseconds (0-600000)');
    }
  });

  it('takes a status of 400 to 599, whole', () => {
    accepts({ kind: 'status', status: 400 });
    accepts({ kind: 'status', status: 599 });
    for (const status of [undefined, 399, 600, 500.5, '500']) refuses({ kind: 'status', status }, 'faults[0].status must be an HTTP error status (400-599)');
  });

  it('takes Retry-After as seconds or an HTTP date of at most 40 characters', () => {
    accepts({ kind: 'status', status: 503, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' });
    accepts({ kind: 'status', status: 503, retryAfter: 'x'.repeat(40) });
    for (const retryAfter of ['', 'x'.repeat(41), '5<script>', 5, '1\n2']) {
      refuses({ kind: 'status', status: 503, retryAfter }, 'faults[0].retryAfter must be seconds or an HTTP date');
    }
  });

  it('takes a message of at most 2000 characters, for a status fault only', () => {
    accepts({ kind: 'status', status: 500, message: 'x'.repeat(2000) });
    const words = 'faults[0].message must be text of at most 2000 characters, for a status fault';
    refuses({ kind: 'status', status: 500, message: 'x'.repeat(2001) }, words);
    refuses({ kind: 'status', status: 500, message: 42 }, words);
    refuses({ kind: 'html', message: 'x' }, words);
  });

  it('takes a method of 1-10 letters, any case, and a path prefix starting with /', () => {
    accepts({ kind: 'hang', method: 'g' });
    accepts({ kind: 'hang', method: 'abcdefghij' });
    for (const method of ['', 'abcdefghijk', 'GET ', 'G3T', 7]) refuses({ kind: 'hang', method }, 'faults[0].method must be an HTTP method');
    accepts({ kind: 'hang', pathPrefix: '/' });
    for (const pathPrefix of ['v1/projects', '', 7]) refuses({ kind: 'hang', pathPrefix }, 'faults[0].pathPrefix must start with /');
  });

  it('takes times as a whole number from 1', () => {
    accepts({ kind: 'hang', times: 1 });
    for (const times of [0, -1, 1.5, '2']) refuses({ kind: 'hang', times }, 'faults[0].times must be a whole number >= 1');
  });

  it('lists pending faults as scripted, the method in capitals and the uses left in times', async () => {
    sb.scriptFaults([{ kind: 'status', status: 429, retryAfter: '3', method: 'get', pathPrefix: '/v1', times: 2 }, { kind: 'latency', ms: 0 }]);
    const listed = await call(sb, 'GET', '/_sandbox/faults', undefined, {});
    assert.deepEqual(listed.body.faults, [
      { kind: 'status', status: 429, retryAfter: '3', method: 'GET', pathPrefix: '/v1', times: 2 },
      { kind: 'latency', ms: 0, times: 1 },
    ]);
    assert.equal((await get(sb, LIST)).status, 429);
    assert.deepEqual((await call(sb, 'GET', '/_sandbox/faults', undefined, {})).body.faults, [
      { kind: 'status', status: 429, retryAfter: '3', method: 'GET', pathPrefix: '/v1', times: 1 },
      { kind: 'latency', ms: 0, times: 1 },
    ]);
  });

  it('hits the first fault that matches, leaving earlier ones that do not for later requests', async () => {
    sb.scriptFaults([
      { kind: 'status', status: 409, method: 'DELETE' },
      { kind: 'status', status: 418, pathPrefix: '/oauth2' },
      { kind: 'status', status: 503 },
    ]);
    assert.equal((await get(sb, LIST)).status, 503, 'the first two do not match a GET of the list');
    assert.equal((await get(sb, LIST)).status, 200);
    const token = await fetch(`${sb.url}/oauth2/token`, { method: 'POST', headers: { Authorization: BASIC }, body: 'grant_type=client_credentials' });
    assert.equal(token.status, 418);
    assert.equal((await call(sb, 'DELETE', `${BASE}/qualifiedNumbers/+12025550134`)).status, 409);
    assert.equal((await call(sb, 'DELETE', `${BASE}/qualifiedNumbers/+12025550134`)).status, 404, 'every fault used up');
  });

  it('names each status as Sinch does, UNKNOWN for other 5xx and INVALID_ARGUMENT for other 4xx', async () => {
    const expected: Array<[number, string]> = [
      [400, 'INVALID_ARGUMENT'], [401, 'UNAUTHENTICATED'], [403, 'PERMISSION_DENIED'], [404, 'NOT_FOUND'], [408, 'DEADLINE_EXCEEDED'],
      [409, 'ALREADY_EXISTS'], [412, 'FAILED_PRECONDITION'], [418, 'INVALID_ARGUMENT'], [429, 'RESOURCE_EXHAUSTED'], [499, 'INVALID_ARGUMENT'],
      [500, 'INTERNAL'], [501, 'UNIMPLEMENTED'], [502, 'UNAVAILABLE'], [503, 'UNAVAILABLE'], [504, 'DEADLINE_EXCEEDED'], [505, 'UNKNOWN'], [599, 'UNKNOWN'],
    ];
    sb.scriptFaults(expected.map(([status]) => ({ kind: 'status', status })));
    for (const [status, name] of expected) {
      const reply = await get(sb, LIST);
      assert.equal(reply.status, status);
      assert.deepEqual(reply.body, { code: String(status), message: `Sandbox fault: scripted HTTP ${status}.`, status: name });
      assert.equal(reply.headers.get('retry-after'), null, 'no Retry-After unless scripted');
    }
  });

  it('fills {credentials} with the header after its scheme, however it is spaced', async () => {
    sb.scriptFaults([{ kind: 'status', status: 401, message: '[{credentials}]', times: 2 }]);
    assert.equal((await call(sb, 'GET', LIST, undefined, { Authorization: 'Bearer  abc def' })).body.message, '[abc def]');
    assert.equal((await call(sb, 'GET', LIST, undefined, { Authorization: 'token-only' })).body.message, '[token-only]');
  });

  it('logs a reset with status 0 and each faulted answer with its fault; sends the broken bodies whole', async () => {
    sb.scriptFaults([{ kind: 'reset' }, { kind: 'html' }, { kind: 'malformed-json' }]);
    await assert.rejects(fetch(sb.url + LIST, { headers: { Authorization: BASIC } }));
    const page = await fetch(sb.url + LIST, { headers: { Authorization: BASIC } });
    assert.equal(page.headers.get('content-length'), String(Buffer.byteLength(await page.text())));
    const broken = await fetch(sb.url + LIST, { headers: { Authorization: BASIC } });
    assert.equal(broken.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal((await broken.text()).startsWith('{"qualifiedNumbers":[{"phoneNumber":"+12025550134"'), true);
    assert.equal((await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] })).status, 200);
    assert.deepEqual(sb.requestLog().map((e) => [e.method, e.status, e.fault]), [
      ['GET', 0, 'reset'], ['GET', 502, 'html'], ['GET', 200, 'malformed-json'], ['POST', 200, undefined],
    ]);
    assert.ok(!('fault' in sb.requestLog()[3]), 'an unfaulted entry has no fault key');
  });
});
