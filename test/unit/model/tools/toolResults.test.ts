import * as assert from 'node:assert/strict';
import { addConfirmation, deleteConfirmation, voiceChallengeConfirmation } from '../../../../src/model/confirmations';
import { countsText, hostingOrderText, MAX_ORDER_NUMBERS, NOT_CONNECTED, numberText } from '../../../../src/model/tools/toolResults';

describe('chat tool answers', () => {
  it('describes a number compactly: state in words, detail statuses and errors', () => {
    const text = numberText({
      phoneNumber: '+12025550134',
      regionCode: 'US',
      globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED',
      osrEligibility: { status: 'DONE' },
      hostedNumber: { status: 2, error: 'OSR_UPDATE_FAILED' },
      updatedTime: '2025-01-06T09:00:00Z',
    });
    assert.deepEqual(JSON.parse(text), {
      phoneNumber: '+12025550134',
      state: 'HOSTING_FAILED (Hosting failed)',
      region: 'US',
      osrEligibility: 'Done',
      hosting: 'Failed',
      hostingError: 'OSR_UPDATE_FAILED',
      updatedTime: '2025-01-06T09:00:00Z',
    });
  });

  it('bounds a hosting order\'s numbers and counts the rest', () => {
    const numbers = Array.from({ length: MAX_ORDER_NUMBERS + 7 }, (_, i) => `+1202555${String(1000 + i)}`);
    const text = hostingOrderText({ hostingOrderId: 'o1', state: 'IN_PROGRESS', numbers });
    const [json, more] = text.split('\n');
    assert.equal((JSON.parse(json) as { numbers: string[] }).numbers.length, MAX_ORDER_NUMBERS);
    assert.equal(more, '7 more numbers of this order not shown.');
  });

  it('never passes on the credentials a callback URL may carry', () => {
    const text = hostingOrderText({ hostingOrderId: 'o1', callbackUrl: 'https://user:pw@hooks.example.com/sinch?token=s3cret' });
    assert.equal((JSON.parse(text) as { callbackUrl: string }).callbackUrl, 'https://hooks.example.com/sinch (credentials and query left out)');
    assert.ok(!/pw|s3cret|user/.test(text));
    assert.equal((JSON.parse(hostingOrderText({ hostingOrderId: 'o2', callbackUrl: 'https://hooks.example.com/a' })) as { callbackUrl: string }).callbackUrl, 'https://hooks.example.com/a');
  });

  it('sums the counts per state', () => {
    const text = countsText([{ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE', count: 2 }, { state: 'GLOBAL_PROCESS_STATE_VERIFIED', count: 1 }], 'CA');
    assert.equal(text, '3 qualified numbers in CA, per processing state:\n- ELIGIBLE (Eligible): 2\n- VERIFIED (Verified): 1');
  });

  it('says how to connect, naming both commands', () => {
    assert.match(NOT_CONNECTED, /"Sinch: Sign In".*"Sinch: Use Offline Sandbox"/);
  });

  it('asks before writes, naming the numbers (ten at most, then a count)', () => {
    const many = Array.from({ length: 12 }, (_, i) => `+120255501${String(10 + i)}`);
    const del = deleteConfirmation(many, 'offline sandbox');
    assert.equal(del.title, 'Delete 12 qualified numbers from offline sandbox?');
    assert.match(del.detail, /^\+1 202-555-0110\n[\s\S]*\+1 202-555-0119\n… and 2 more\n\nSinch stops qualifying them/);
    assert.equal(addConfirmation(['+12025550134'], 'x').title, 'Add 1 number to qualify in x?');
    assert.match(voiceChallengeConfirmation('+12025550134', 'x').title, /^Call \+1 202-555-0134 with a voice challenge\?$/);
  });
});
