// Paths and methods at their edges: which paths are API routes, how a project ID is checked, the
// words of the 400/404/405 a client gets, and which requests carry a body.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { RunningSandbox } from '../../../src/sandbox';
import { BASE, BASIC, call, get, post, PROJECT, startTestSandbox, textEnableBody, violations } from './helpers';

const LIST_QUERY = 'qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED';

describe('sandbox routing edges', () => {
  let sb: RunningSandbox;
  before(async () => {
    sb = await startTestSandbox({ numbers: 0 });
  });
  after(() => sb.close());

  it('answers 404 for paths beside the API: other versions, collections, empty IDs, extra segments', async () => {
    for (const p of [
      '/v2/projects/p/qualifiedNumbers', '/v1/project/p/qualifiedNumbers', '/v1/projects//qualifiedNumbers',
      `${BASE}/hostingOrders`, `${BASE}/hostingOrders/`, `${BASE}/hostingOrders:list/01arz3nhyrtsv4rrffq69g5fav`,
      `${BASE}/qualifiedNumbers/+12025550134/extra`, `${BASE}/qualifiedNumbers:addNumbers/+12025550134`, `${BASE}/things/+12025550134`,
      '/v1/projects/-odd-id/things', // no such route: 404 before the project ID is looked at
      `${BASE}/qualifiedNumbers/:sendVoiceChallenge`, // a verb without a number
    ]) {
      const reply = await get(sb, p);
      assert.equal(reply.status, 404, p);
      assert.equal(reply.headers.get('content-type'), 'application/json; charset=utf-8', p);
      assert.equal(reply.body.message, `No such resource: ${p}`, p);
    }
  });

  it('cuts the path it quotes in a 404 at 200 characters', async () => {
    const long = `/v1/${'x'.repeat(300)}`;
    assert.equal((await get(sb, long)).body.message, `No such resource: ${long.slice(0, 200)}`);
  });

  it('takes project IDs of 1-100 letters, digits, ".", "_" and "-" that start with a letter or digit', async () => {
    for (const id of ['a', 'A.b_c-9', 'x'.repeat(100)]) {
      assert.equal((await get(sb, `/v1/projects/${id}/${LIST_QUERY}`)).status, 200, id);
    }
    for (const id of ['x'.repeat(101), '-abc', '.abc', 'a%2Fb', 'a%20b', 'abc%24']) {
      const reply = await get(sb, `/v1/projects/${id}/${LIST_QUERY}`);
      assert.equal(reply.status, 400, id);
      assert.equal(reply.body.message, 'The project ID is not valid.');
      assert.deepEqual(violations(reply), [{ field: 'projectId', description: 'must be 1-100 letters, digits, ".", "_" or "-"' }]);
    }
  });

  it('quotes broken percent-encoding, cut at 60 characters', async () => {
    const broken = await get(sb, `${BASE}/qualifiedNumbers/%E0%A4%A`);
    assert.equal(broken.status, 400);
    assert.equal(broken.body.message, 'The path segment "%E0%A4%A" is not valid percent-encoding.');
    const segment = `${'a'.repeat(70)}%`;
    assert.equal((await get(sb, `${BASE}/qualifiedNumbers/${segment}`)).body.message, `The path segment "${segment.slice(0, 60)}" is not valid percent-encoding.`);
  });

  it('names the methods a path takes in a 405', async () => {
    const reply = await call(sb, 'PUT', `${BASE}/qualifiedNumbers/+12025550134`);
    assert.equal(reply.status, 405);
    assert.equal(reply.body.message, 'Method PUT is not allowed here; use GET or DELETE.');
    assert.equal(reply.body.status, 'METHOD_NOT_ALLOWED');
    const order = await call(sb, 'DELETE', `${BASE}/hostingOrders/01arz3nhyrtsv4rrffq69g5fav`);
    assert.equal(order.status, 405);
    assert.equal(order.headers.get('allow'), 'GET');
  });

  it('reads a body only on POST: a DELETE with a stray body is answered as a DELETE', async () => {
    assert.equal((await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] })).status, 200);
    const reply = await call(sb, 'DELETE', `${BASE}/qualifiedNumbers/+12025550134`, 'this is not JSON');
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body, {});
  });

  it('answers a number path that is not E.164 with the number quoted, cut at 40 characters', async () => {
    const long = `1${'2'.repeat(50)}`;
    const reply = await get(sb, `${BASE}/qualifiedNumbers/${long}`);
    assert.equal(reply.status, 400);
    assert.equal(reply.body.message, `"${long.slice(0, 40)}" is not an E.164 phone number.`);
    assert.deepEqual(violations(reply), [{ field: 'phoneNumber', description: 'must be E.164: + and 2 to 15 digits, e.g. +12025550134' }]);
    for (const verb of ['sendVoiceChallenge', 'verifyVoiceChallenge']) {
      const bad = await call(sb, 'POST', `${BASE}/qualifiedNumbers/12025550134:${verb}`, { code: '1234' }, { Authorization: BASIC });
      assert.equal(bad.body.message, '"12025550134" is not an E.164 phone number.', verb);
    }
  });
});

describe('sandbox writes with a data file', () => {
  it('answers a write only once it is in the file, over the API and the controls', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sinch-sandbox-durable-'));
    const file = path.join(dir, 'state.json');
    const sb = await startTestSandbox({ numbers: 0, dataFile: file });
    try {
      for (let i = 0; i < 5; i++) {
        const phone = `+1202555${1000 + i}`;
        assert.equal((await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: [phone] })).status, 200);
        assert.ok(readFileSync(file, 'utf8').includes(phone), `${phone} on disk when its add was answered`);
      }
      assert.equal((await call(sb, 'DELETE', `${BASE}/qualifiedNumbers/+12025551000`)).status, 200);
      assert.ok(!readFileSync(file, 'utf8').includes('+12025551000'), 'a delete is on disk when answered');
      await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025559000'] });
      // Over HTTP, so the answer waits until every save asked for so far is done: none is in flight
      // when the call is made, and only the call's own save can put its code on disk.
      await call(sb, 'POST', '/_sandbox/clock', { advanceSeconds: 30 }, {});
      assert.equal((await post(sb, `${BASE}/qualifiedNumbers/+12025559000:sendVoiceChallenge`)).status, 200);
      assert.ok(readFileSync(file, 'utf8').includes(`"pendingCode":"${sb.lastCode(PROJECT, '+12025559000') ?? 'none'}"`), 'a call is on disk when answered');
      assert.equal((await post(sb, `${BASE}/qualifiedNumbers/+12025559000:verifyVoiceChallenge`, { code: sb.lastCode(PROJECT, '+12025559000') })).status, 200);
      assert.ok(readFileSync(file, 'utf8').includes('"state":"GLOBAL_PROCESS_STATE_VERIFIED"'), 'a verification is on disk when answered');
      const order = await post<{ hostingOrderId: string }>(sb, `${BASE}/qualifiedNumbers:textEnableNumbers`, textEnableBody(['+12025559000']));
      assert.equal(order.status, 200, order.text);
      assert.ok(readFileSync(file, 'utf8').includes(`"hostingOrderId":"${order.body.hostingOrderId}"`), 'an order is on disk when answered');
      const reset = await call(sb, 'POST', '/_sandbox/reset', { seed: 4 }, {});
      assert.equal(reset.status, 200);
      assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { seed: number }).seed, 4, 'a control write is on disk when answered too');
    } finally {
      await sb.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
