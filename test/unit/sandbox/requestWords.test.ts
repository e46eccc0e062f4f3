// The words of every 400 on the list, add and verify requests, exactly as a client shows them:
// each field violation's description, the quoted input and where it is cut, and the edges
// (empty parameters, the largest page size, 500 numbers, a padded code).
import * as assert from 'node:assert/strict';
import { GLOBAL_PROCESS_STATES, type AddNumbersResponse, type ListQualifiedNumbersResponse, type QualifiedNumber } from '../../../src/api/types';
import type { RunningSandbox } from '../../../src/sandbox';
import { BASE, call, get, numberPath, post, PROJECT, startTestSandbox, violations, type Reply } from './helpers';

const ADD = `${BASE}/qualifiedNumbers:addNumbers`;
const VERIFIED = 'GLOBAL_PROCESS_STATE_VERIFIED';
const STATES = GLOBAL_PROCESS_STATES.join(', ');
const list = (sb: RunningSandbox, query: string): Promise<Reply<ListQualifiedNumbersResponse>> => get<ListQualifiedNumbersResponse>(sb, `${BASE}/qualifiedNumbers?${query}`);

function refusal(reply: Pick<Reply<unknown>, 'status' | 'body' | 'text'>, message: string, expected: Array<{ field: string; description: string }>): void {
  assert.equal(reply.status, 400, reply.text);
  assert.equal((reply.body as { message: string }).message, message);
  assert.deepEqual(violations(reply), expected);
}

describe('sandbox request words: list', () => {
  let sb: RunningSandbox;
  before(async () => {
    sb = await startTestSandbox({ numbers: 30, maxPageSize: 1000 });
  });
  after(() => sb.close());

  it('says which states exist when states is missing, empty, several or unknown', async () => {
    const message = 'The list request has invalid parameters.';
    for (const query of ['', 'states=', 'pageSize=5']) refusal(await list(sb, query), message, [{ field: 'states', description: `is required: one of ${STATES}` }]);
    refusal(await list(sb, `states=${VERIFIED},GLOBAL_PROCESS_STATE_ELIGIBLE`), message, [{ field: 'states', description: 'takes exactly one state per request' }]);
    const long = `NOT_A_STATE_${'X'.repeat(80)}`;
    refusal(await list(sb, `states=${long}`), message, [{ field: 'states', description: `"${long.slice(0, 60)}" is not a state; use one of ${STATES}` }]);
  });

  it('quotes a wrong regionCode, orderBy or pageSize, cut short, and reports them together', async () => {
    const reply = await list(sb, `states=${VERIFIED}&regionCode=${'Z'.repeat(30)}&orderBy=${'o'.repeat(50)}&pageSize=${'9'.repeat(25)}`);
    refusal(reply, 'The list request has invalid parameters.', [
      { field: 'regionCode', description: `"${'Z'.repeat(20)}" is not supported; use US or CA` },
      { field: 'orderBy', description: `"${'o'.repeat(40)}" is not supported; use createdTime or updatedTime` },
      { field: 'pageSize', description: `"${'9'.repeat(20)}" is not a whole number >= 0` },
    ]);
    for (const size of ['1234567890', '+5', '5 ', '1.0']) {
      assert.deepEqual(violations(await list(sb, `states=${VERIFIED}&pageSize=${encodeURIComponent(size)}`)), [{ field: 'pageSize', description: `"${size}" is not a whole number >= 0` }], size);
    }
  });

  it('takes empty optional parameters as absent, and a page size of 1 or of nine digits', async () => {
    const plain = await list(sb, `states=${VERIFIED}`);
    const empties = await list(sb, `states=${VERIFIED}&regionCode=&orderBy=&pageSize=&pageToken=`);
    assert.equal(empties.status, 200, empties.text);
    assert.deepEqual(empties.body, plain.body);
    const one = await list(sb, `states=${VERIFIED}&pageSize=1`);
    assert.equal(one.body.qualifiedNumbers.length, 1);
    assert.equal(one.body.totalSize, 3);
    assert.notEqual(one.body.nextPageToken, '');
    assert.equal((await list(sb, `states=${VERIFIED}&pageSize=999999999`)).body.qualifiedNumbers.length, 3);
  });
});

describe('sandbox request words: add and verify', () => {
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await startTestSandbox({ numbers: 0 });
  });
  afterEach(() => sb.close());

  it('refuses a body that is not an object, or none, without field violations', async () => {
    for (const body of ['', '[]', '"+12025550134"', 'null']) {
      const reply = await call(sb, 'POST', ADD, body === '' ? undefined : body);
      assert.equal(reply.status, 400, body);
      assert.deepEqual(reply.body, { code: '400', message: 'The request body must be a JSON object.', status: 'INVALID_ARGUMENT' }, body);
    }
  });

  it('words each problem with the list itself', async () => {
    const message = 'The phone numbers are not valid.';
    refusal(await post(sb, ADD, { phoneNumbers: null }), message, [{ field: 'phoneNumbers', description: 'is required: a list of E.164 phone numbers' }]);
    refusal(await post(sb, ADD, { phoneNumbers: {} }), message, [{ field: 'phoneNumbers', description: 'must be a list of E.164 phone numbers' }]);
    refusal(await post(sb, ADD, { phoneNumbers: [] }), message, [{ field: 'phoneNumbers', description: 'must list at least one number' }]);
    const tooMany = Array.from({ length: 501 }, (_, i) => `+1202555${String(1000 + i)}`);
    refusal(await post(sb, ADD, { phoneNumbers: tooMany }), message, [{ field: 'phoneNumbers', description: 'lists 501 numbers; at most 500 are accepted per request' }]);
    const added = await post<AddNumbersResponse>(sb, ADD, { phoneNumbers: tooMany.slice(0, 500) });
    assert.equal(added.status, 200, 'exactly 500 are accepted');
    assert.equal(added.body.qualifiedNumbers.length, 500);
  });

  it('words each problem with an entry, and names a duplicate only among valid entries', async () => {
    const long = `+1 (202) 555-0134 ${'x'.repeat(60)}`;
    const reply = await post(sb, ADD, { phoneNumbers: [7, '+442079460000', '(202) 555-0135', long, '+18762345678', '(202) 555-0135', '+12025550136', '+12025550136'] });
    refusal(reply, 'The phone numbers are not valid.', [
      { field: 'phoneNumbers[0]', description: 'must be a string in E.164 format, e.g. +12025550134' },
      { field: 'phoneNumbers[1]', description: '+442079460000 is not a US/CA number; Sinch hosts +1 numbers only' },
      { field: 'phoneNumbers[2]', description: '"(202) 555-0135" is not in E.164 format; send it as +12025550135' },
      { field: 'phoneNumbers[3]', description: `"${long.slice(0, 40)}" is not a valid US/CA number in E.164 format: too long (78 characters)` },
      { field: 'phoneNumbers[4]', description: '+18762345678 is a number of JM; Sinch hosts US and CA numbers only' },
      { field: 'phoneNumbers[5]', description: '"(202) 555-0135" is not in E.164 format; send it as +12025550135' },
      { field: 'phoneNumbers[7]', description: '+12025550136 is listed twice (also phoneNumbers[6])' },
    ]);
  });

  it('names the existing numbers of a refused batch, the first ten and how many more', async () => {
    const phones = Array.from({ length: 12 }, (_, i) => `+1202555${String(2000 + i)}`);
    assert.equal((await post(sb, ADD, { phoneNumbers: phones })).status, 200);
    const again = await post(sb, ADD, { phoneNumbers: ['+12025559000', ...phones] });
    assert.equal(again.status, 409);
    assert.equal(again.body.message, `These numbers already exist in project ${PROJECT}: ${phones.slice(0, 10).join(', ')} and 2 more.`);
    const ten = await post(sb, ADD, { phoneNumbers: phones.slice(0, 10) });
    assert.equal(ten.body.message, `These numbers already exist in project ${PROJECT}: ${phones.slice(0, 10).join(', ')}.`);
  });

  it('takes a code with spaces around it, and words a missing or blank one', async () => {
    const phone = '+12025550134';
    await post(sb, ADD, { phoneNumbers: [phone] });
    sb.advanceClock(30);
    await post(sb, numberPath(phone, 'sendVoiceChallenge'));
    const path = numberPath(phone, 'verifyVoiceChallenge');
    refusal(await post(sb, path, {}), 'The verification code is missing.', [{ field: 'code', description: 'is required' }]);
    for (const code of ['   ', 1234, null]) {
      refusal(await post(sb, path, { code }), 'The verification code is missing.', [{ field: 'code', description: 'must be a non-empty string' }]);
    }
    const verified = await post<QualifiedNumber>(sb, path, { code: ` ${sb.lastCode(PROJECT, phone) ?? ''} ` });
    assert.equal(verified.body.globalProcessState, 'GLOBAL_PROCESS_STATE_VERIFIED', verified.text);
  });
});
