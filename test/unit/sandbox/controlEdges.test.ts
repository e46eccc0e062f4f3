// The /_sandbox/ controls at their edges, as a script or curl meets them: the index, bodies that
// are absent or not objects, each refusal's field and words, and the test-callback control's answer.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallbackEvent } from '../../../src/api/types';
import type { RunningSandbox } from '../../../src/sandbox';
import { call, PROJECT, startTestSandbox, violations } from './helpers';

const control = (sb: RunningSandbox, method: string, path: string, body?: unknown) => call(sb, method, `/_sandbox/${path}`, body, {});

describe('sandbox control edges', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0 });
  });
  afterEach(() => sb.close());

  it('lists every control on GET /_sandbox, uncached', async () => {
    const index = await call(sb, 'GET', '/_sandbox', undefined, {});
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('cache-control'), 'no-store');
    assert.deepEqual(index.body.endpoints, [
      'GET  /_sandbox/clock', 'POST /_sandbox/clock {advanceSeconds}', 'GET  /_sandbox/calls/last?projectId=&phoneNumber=',
      'POST /_sandbox/reset {seed?}', 'GET|POST|DELETE /_sandbox/faults {faults: [...]}', 'GET|DELETE /_sandbox/requests', 'GET  /_sandbox/events',
      'POST /_sandbox/callbacks/test {url, kind, projectId}',
    ]);
    assert.equal((await call(sb, 'GET', '/_sandbox/', undefined, {})).status, 200, 'with a trailing slash too');
    assert.equal((await control(sb, 'GET', 'clock/')).body.mode, 'manual');
  });

  it('takes a POST without a body as an empty object, and refuses a body that is not an object', async () => {
    const bare = await fetch(`${sb.url}/_sandbox/reset`, { method: 'POST' });
    assert.equal(bare.status, 200);
    assert.deepEqual(await bare.json(), { seed: 1 });
    for (const body of ['[1]', 'null', '"reset"', '5', 'true']) {
      const reply = await call(sb, 'POST', '/_sandbox/reset', body, {});
      assert.equal(reply.status, 400, body);
      assert.equal(reply.body.message, 'The request body must be a JSON object.', body);
      assert.equal(reply.body.status, 'INVALID_ARGUMENT');
    }
  });

  it('advances the clock by 0 up to ten years, and refuses anything else on advanceSeconds', async () => {
    assert.equal((await control(sb, 'POST', 'clock', { advanceSeconds: 0 })).body.now, '2025-01-06T09:00:00.000Z');
    const tenYears = 10 * 365 * 86400;
    assert.equal((await control(sb, 'POST', 'clock', { advanceSeconds: tenYears })).status, 200);
    for (const advanceSeconds of [tenYears + 1, -0.001, '5', null]) {
      const reply = await control(sb, 'POST', 'clock', { advanceSeconds });
      assert.equal(reply.status, 400, String(advanceSeconds));
      assert.equal(reply.body.message, 'Cannot advance the clock.');
      assert.deepEqual(violations(reply), [{ field: 'advanceSeconds', description: 'is required: a number of seconds >= 0 (up to ten years)' }]);
    }
  });

  it('names what calls/last misses, and quotes the number it looked for', async () => {
    const noPhone = await control(sb, 'GET', `calls/last?projectId=${PROJECT}`);
    assert.equal(noPhone.status, 400);
    assert.equal(noPhone.body.message, 'projectId and phoneNumber are required.');
    assert.deepEqual(violations(noPhone), [{ field: 'phoneNumber', description: 'is required (E.164, "+" encoded as %2B)' }]);
    const noProject = await control(sb, 'GET', 'calls/last?phoneNumber=%2B12025550134');
    assert.deepEqual(violations(noProject), [{ field: 'projectId', description: 'is required' }]);
    // Only a leading space is a "+" that curl left unencoded; a space inside stays a space.
    const spaced = await control(sb, 'GET', `calls/last?projectId=${PROJECT}&phoneNumber=%2B1202%205550134`);
    assert.equal(spaced.status, 404);
    assert.equal(spaced.body.message, `No voice call has been made to +1202 5550134 in project ${PROJECT}.`);
    const unencoded = await control(sb, 'GET', `calls/last?projectId=${PROJECT}&phoneNumber=+12025550134`);
    assert.equal(unencoded.body.message, `No voice call has been made to +12025550134 in project ${PROJECT}.`);
  });

  it('refuses a seed that is not an integer on reset', async () => {
    for (const seed of [1.5, '7', null]) {
      const reply = await control(sb, 'POST', 'reset', { seed });
      assert.equal(reply.status, 400, String(seed));
      assert.equal(reply.body.message, 'Cannot reset.');
      assert.deepEqual(violations(reply), [{ field: 'seed', description: 'must be an integer' }]);
    }
    assert.deepEqual((await control(sb, 'POST', 'reset', { seed: -3 })).body, { seed: -3 });
  });

  it('refuses fault scripts that are not a list, naming the field', async () => {
    for (const body of [{}, { faults: { kind: 'hang' } }]) {
      const reply = await control(sb, 'POST', 'faults', body);
      assert.equal(reply.status, 400);
      assert.equal(reply.body.message, 'Cannot script faults.');
      assert.deepEqual(violations(reply), [{ field: 'faults', description: 'is required: a list of faults' }]);
    }
    const second = await control(sb, 'POST', 'faults', { faults: [{ kind: 'hang' }, { kind: 'status', status: 200 }] });
    assert.equal(second.body.message, 'Cannot script faults.');
    assert.deepEqual(violations(second), [{ field: 'faults[1].status', description: 'must be an HTTP error status (400-599)' }]);
    assert.deepEqual((await control(sb, 'GET', 'faults')).body.faults, [], 'a refused script adds none of its faults');
    assert.deepEqual((await control(sb, 'DELETE', 'faults')).body, { faults: [] });
    assert.deepEqual((await control(sb, 'DELETE', 'requests')).body, { requests: [] });
  });

  it('refuses a test callback without an http(s) URL, a known kind or a project, naming each', async () => {
    const none = await control(sb, 'POST', 'callbacks/test', {});
    assert.equal(none.status, 400);
    assert.equal(none.body.message, 'Cannot send a test callback.');
    assert.deepEqual(violations(none), [
      { field: 'url', description: 'is required: the http(s) URL to deliver to' },
      { field: 'kind', description: 'must be one of succeeded, failed, duplicate, outOfOrder, badSignature' },
      { field: 'projectId', description: 'is required' },
    ]);
    const wrong = await control(sb, 'POST', 'callbacks/test', { url: 'ftp://127.0.0.1/hook', kind: 5, projectId: '' });
    assert.deepEqual(violations(wrong).map((v) => v.field), ['url', 'kind', 'projectId']);
    const notAtStart = await control(sb, 'POST', 'callbacks/test', { url: 'see http://127.0.0.1/hook', kind: 'succeeded', projectId: 7 });
    assert.deepEqual(violations(notAtStart).map((v) => v.field), ['url', 'projectId']);
  });

  it('sends a test callback over plain http and answers with the events it delivered', async () => {
    const bodies: string[] = [];
    const receiver = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        bodies.push(raw);
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const reply = await control(sb, 'POST', 'callbacks/test', { url, kind: 'failed', projectId: PROJECT });
      assert.equal(reply.status, 200, reply.text);
      const events = reply.body.events as CallbackEvent[];
      assert.equal(events.length, 1);
      assert.equal(events[0].failureCode, 'INVALID_NNID');
      assert.deepEqual(bodies.map((b) => JSON.parse(b) as CallbackEvent), events);
    } finally {
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('ignores the body of a GET', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${sb.url}/_sandbox/clock`, { method: 'GET', headers: { 'Content-Type': 'application/json', 'Content-Length': '8' } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end('not json');
    });
    assert.equal(answer.status, 200, answer.body);
    assert.match(answer.body, /"mode":"manual"/);
  });
});
