import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { RunningSandbox } from '../../../src/sandbox';
import { BASE, BASIC, call, get, post, startTestSandbox } from './helpers';

describe('sandbox routing and HTTP edges', () => {
  let sb: RunningSandbox;
  before(async () => {
    sb = await startTestSandbox();
  });
  after(() => sb.close());

  it('answers unknown routes and unknown custom verbs with 404 in Sinch\'s shape', async () => {
    for (const path of ['/', '/v1', '/v1/projects/p', `${BASE}/qualifiedNumbers:explode`, `${BASE}/qualifiedNumbers/+12025550134:ring`, `${BASE}/things`, `${BASE}/qualifiedNumbers/`]) {
      const reply = await get(sb, path);
      assert.equal(reply.status, 404, path);
      assert.equal(reply.body.status, 'NOT_FOUND', path);
    }
  });

  it('answers a wrong method with 405 and an Allow header', async () => {
    const reply = await call(sb, 'PATCH', `${BASE}/qualifiedNumbers/+12025550134`);
    assert.equal(reply.status, 405);
    assert.equal(reply.headers.get('allow'), 'GET, DELETE');
    assert.equal((await call(sb, 'GET', `${BASE}/qualifiedNumbers:addNumbers`)).status, 405);
    assert.equal((await post(sb, `${BASE}/qualifiedNumbers`, {})).status, 405);
  });

  it('reads percent-encoded path segments (%2B and %3A) and refuses broken encoding', async () => {
    const list = await get<{ qualifiedNumbers: Array<{ phoneNumber: string }> }>(sb, `${BASE}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_ELIGIBLE&pageSize=1`);
    const phone = list.body.qualifiedNumbers[0].phoneNumber;
    const encoded = await post(sb, `${BASE}/qualifiedNumbers/${encodeURIComponent(phone)}%3AsendVoiceChallenge`);
    assert.equal(encoded.status, 200, encoded.text);
    assert.equal((await get(sb, `${BASE}/qualifiedNumbers/%E0%A4%A`)).status, 400);
  });

  it('refuses an odd project ID', async () => {
    const reply = await get(sb, '/v1/projects/..%2F..%2Fetc/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_ELIGIBLE');
    assert.equal(reply.status, 400);
    assert.match(reply.text, /projectId/);
  });

  it('answers invalid JSON with 400 INVALID_ARGUMENT', async () => {
    const reply = await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, '{"phoneNumbers": [');
    assert.equal(reply.status, 400);
    assert.equal(reply.body.status, 'INVALID_ARGUMENT');
    assert.match(String(reply.body.message), /Invalid JSON payload/);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const reply = await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, `{"phoneNumbers": ["${'1'.repeat(1_100_000)}"]}`);
    assert.equal(reply.status, 413);
  });

  it('serves many requests on one keep-alive connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const statuses = await Promise.all(Array.from({ length: 20 }, () => new Promise<number>((resolve, reject) => {
        http.get(`${sb.url}${BASE}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED`, { agent, headers: { Authorization: BASIC } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        }).on('error', reject);
      })));
      assert.deepEqual(new Set(statuses), new Set([200]));
    } finally {
      agent.destroy();
    }
  });
});
