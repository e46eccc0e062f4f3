// Realtime mode, sped up 1000x so a 70-virtual-second hosting order takes 70 ms: steps happen
// without anyone advancing the clock, and callbacks fire without any request arriving.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningSandbox } from '../../../src/sandbox';
import { BASE, numberPath, post, PROJECT, startTestSandbox, stateOf, textEnableBody, waitUntil } from './helpers';

describe('sandbox realtime clock', () => {
  let sb: RunningSandbox;
  let receiver: http.Server;
  afterEach(async () => {
    await sb.close();
    receiver?.closeAllConnections();
    await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)));
  });

  it('moves numbers along by itself and delivers callbacks with no request to trigger them', async () => {
    const hits: string[] = [];
    receiver = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        hits.push(req.url ?? '');
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

    sb = await startTestSandbox({ clock: 'realtime', speed: 1000, numbers: 0 });
    const phone = '+12025550134';
    await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: [phone] });
    await waitUntil(async () => (await stateOf(sb, phone)) === 'GLOBAL_PROCESS_STATE_ELIGIBLE', 3000, 'eligibility after 30 virtual seconds');
    await post(sb, numberPath(phone, 'sendVoiceChallenge'));
    await post(sb, numberPath(phone, 'verifyVoiceChallenge'), { code: sb.lastCode(PROJECT, phone) });
    await post(sb, `${BASE}/qualifiedNumbers:textEnableNumbers`, textEnableBody([phone], { callbackUrl: hook }));
    // No requests from here on: only the sandbox's own ticking can complete the order.
    // Wait for the number's four events; an order-level one may still follow, so the receiver may
    // already hold more than was reported delivered, never fewer.
    const expected = ['HOSTING_PROCESS', 'LINK_TO_10DLC_CAMPAIGN', 'OSR_UPDATE', 'PROVISIONING_TO_SMS_PLATFORM'];
    const delivered: string[] = [];
    await new Promise<void>((resolve) => sb.onEvent((e) => {
      if (e.type !== 'callback' || e.status !== 200) return;
      delivered.push((JSON.parse(e.body ?? '{}') as { eventType?: string }).eventType ?? '');
      if (expected.every((type) => delivered.includes(type))) resolve();
    }));
    assert.deepEqual([...delivered].sort(), expected);
    assert.ok(hits.length >= delivered.length && hits.every((h) => h === '/hook'), JSON.stringify(hits));
    assert.equal(await stateOf(sb, phone), 'GLOBAL_PROCESS_STATE_HOSTING_DONE');
  });
});
