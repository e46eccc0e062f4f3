// The client's own words and edges (src/api/client.ts, apiRequest.ts, responses.ts): how operations
// are named in errors, what is refused before sending and in which words, the budget of a read the
// user waits on, which answers are errors, and what a 2xx body must hold.
import * as assert from 'node:assert/strict';
import { createClient, SinchApiError, type ClientConfig } from '../../../src/api';
import { parseHostingOrder, parseListResponse, parseQualifiedNumber } from '../../../src/api/responses';
import { FakeClock } from './helpers/fakeClock';
import { FakeFetch, isTokenCall, type Responder } from './helpers/fakeFetch';

const NUMBER = { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' };
const VERIFIED = 'GLOBAL_PROCESS_STATE_VERIFIED';

function setup(responder: Responder, extra: Partial<ClientConfig> = {}) {
  const fake = new FakeFetch(responder);
  const clock = new FakeClock();
  const api = createClient({ projectId: 'p-1', credentials: { keyId: 'key-id-1', keySecret: 'key-secret-1' }, auth: 'basic', baseUrl: 'https://api.test', fetch: fake.fetch, clock, random: () => 0, ...extra });
  return { fake, api, clock };
}

async function rejection(promise: Promise<unknown>): Promise<SinchApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SinchApiError, String(error));
    return error;
  }
  throw new Error('the call succeeded');
}

describe('client: refusals before sending, in words', () => {
  it('names the list parameter that is wrong', async () => {
    const { fake, api } = setup(() => ({ status: 200, body: {} }));
    const cases: Array<[unknown, string, string]> = [
      [undefined, 'List numbers (undefined)', 'Choose one state to list, e.g. GLOBAL_PROCESS_STATE_ELIGIBLE.'],
      [{ state: '' }, 'List numbers (unknown)', 'Choose one state to list, e.g. GLOBAL_PROCESS_STATE_ELIGIBLE.'],
      [{ state: VERIFIED, regionCode: 'GB' }, 'List numbers (verified)', 'The region must be US or CA.'],
      [{ state: VERIFIED, pageSize: 0 }, 'List numbers (verified)', 'The page size must be a whole number from 1 to 1000.'],
      [{ state: VERIFIED, pageSize: 1001 }, 'List numbers (verified)', 'The page size must be a whole number from 1 to 1000.'],
      [{ state: VERIFIED, pageSize: 1.5 }, 'List numbers (verified)', 'The page size must be a whole number from 1 to 1000.'],
      [{ state: VERIFIED, orderBy: 'phoneNumber' }, 'List numbers (verified)', 'Order by createdTime or updatedTime.'],
    ];
    for (const [params, operation, words] of cases) {
      const error = await rejection(api.list(params as never));
      assert.equal(error.kind, 'invalid-input');
      assert.equal(error.operation, operation, JSON.stringify(params));
      assert.equal(error.message, words, JSON.stringify(params));
    }
    assert.equal(fake.calls.length, 0);
  });

  it('accepts the edges of the page size and leaves out an empty page token', async () => {
    const { fake, api } = setup(() => ({ status: 200, body: { qualifiedNumbers: [] } }));
    await api.list({ state: 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS', pageSize: 1, pageToken: '' });
    await api.list({ state: VERIFIED, pageSize: 1000, regionCode: 'US', orderBy: 'createdTime' });
    assert.deepEqual(
      fake.calls.map((c) => new URL(c.url).search),
      ['?states=GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS&pageSize=1', '?states=GLOBAL_PROCESS_STATE_VERIFIED&regionCode=US&pageSize=1000&orderBy=createdTime'],
    );
  });

  it('names a multi-word state in words in the operation, however long its raw name', async () => {
    const { api } = setup(() => ({ status: 500 }));
    const error = await rejection(api.list({ state: 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING' }));
    assert.equal(error.operation, 'List numbers (verification pending)');
    const longest = await rejection(api.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING', pageSize: 0 }));
    assert.equal(longest.operation, 'List numbers (eligible check pending)');
    const odd = await rejection(api.list({ state: `X_${'Y'.repeat(60)}` as never }));
    assert.equal(odd.operation, `List numbers (x ${'y'.repeat(38)})`, 'an unknown value is still cut to 40 characters');
  });

  it('refuses writes without numbers in the same words, counting what was given', async () => {
    const { fake, api } = setup(() => ({ status: 200, body: {} }));
    const cases: Array<[Promise<unknown>, string]> = [
      [api.addNumbers([]), 'Add 0 numbers'],
      [api.addNumbers('+12025550134' as never), 'Add 0 numbers'],
      [api.addNumbers(['+12025550134', 7] as never), 'Add 2 numbers'],
      [api.textEnableNumbers(undefined as never), 'Text-enable 0 numbers'],
      [api.textEnableNumbers({ numbers: [] } as never), 'Text-enable 0 numbers'],
      [api.textEnableTollFreeNumbers({ numbers: [] } as never), 'Text-enable 0 toll-free numbers'],
      [api.textEnableTollFreeNumbers(undefined as never), 'Text-enable 0 toll-free numbers'],
    ];
    for (const [call, operation] of cases) {
      const error = await rejection(call);
      assert.equal(error.kind, 'invalid-input');
      assert.equal(error.operation, operation);
      assert.equal(error.message, 'Give at least one phone number.');
    }
    assert.equal(fake.calls.length, 0);
  });

  it('counts one number in the singular', async () => {
    const { api } = setup(() => ({ status: 500 }));
    assert.equal((await rejection(api.addNumbers(['+12025550134']))).operation, 'Add 1 number');
    assert.equal((await rejection(api.textEnableTollFreeNumbers({ numbers: ['+18335550134'] } as never))).operation, 'Text-enable 1 toll-free number');
    assert.equal((await rejection(api.textEnableNumbers({ numbers: ['+12025550134', '+12025550135'] } as never))).operation, 'Text-enable 2 numbers');
  });

  it('refuses a verification code that is not text or is blank, after checking the number', async () => {
    const { fake, api } = setup(() => ({ status: 200, body: NUMBER }));
    for (const code of ['', '   ', 1234 as unknown as string]) {
      const error = await rejection(api.verifyVoiceChallenge('+12025550134', code));
      assert.equal(error.operation, 'Verify voice challenge for +12025550134');
      assert.equal(error.message, 'Enter the code you heard on the call.');
    }
    assert.match((await rejection(api.verifyVoiceChallenge('12025550134', ''))).message, /use the form \+12025550134\.$/);
    assert.equal(fake.calls.length, 0);
  });

  it('cuts a long value to 40 characters in the operation name', async () => {
    const { api } = setup(() => ({ status: 200, body: NUMBER }));
    const long = `+1${'2'.repeat(50)}`;
    assert.equal((await rejection(api.get(long))).operation, `Get ${long.slice(0, 40)}`);
    assert.equal((await rejection(api.delete(long))).operation, `Delete ${long.slice(0, 40)}`);
    assert.equal((await rejection(api.sendVoiceChallenge(long))).operation, `Send voice challenge to ${long.slice(0, 40)}`);
    const order = `${'o'.repeat(45)}/`;
    assert.equal((await rejection(api.getHostingOrder(order))).operation, `Get hosting order ${'o'.repeat(40)}`);
  });
});

describe('client: paging', () => {
  it('stops at an empty next page token and names the state when a token repeats', async () => {
    const { fake, api } = setup(() => ({ status: 200, body: { qualifiedNumbers: [NUMBER], nextPageToken: '' } }));
    const pages = [];
    for await (const page of api.listPages({ state: VERIFIED })) pages.push(page);
    assert.equal(pages.length, 1);
    assert.equal(fake.calls.length, 1);

    const looping = setup(() => ({ status: 200, body: { qualifiedNumbers: [], nextPageToken: 'same' } }));
    const error = await rejection(
      (async () => {
        for await (const page of looping.api.listPages({ state: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED' })) void page;
      })(),
    );
    assert.equal(error.kind, 'invalid-response');
    assert.equal(error.operation, 'List numbers (hosting failed)');
    assert.equal(error.message, 'The server returned the same page token twice; stopped paging to avoid a loop.');
    assert.equal(looping.fake.calls.length, 2);
  });
});

describe('client: one call', () => {
  it('sends Accept and the User-Agent on every call, and a Content-Type only with a body', async () => {
    const { fake, api } = setup(() => ({ status: 200, body: NUMBER }), { userAgent: 'ua/2' });
    await api.get('+12025550134');
    await api.verifyVoiceChallenge('+12025550134', '1');
    assert.deepEqual(fake.calls[0].headers, { Authorization: `Basic ${Buffer.from('key-id-1:key-secret-1').toString('base64')}`, Accept: 'application/json', 'User-Agent': 'ua/2' });
    assert.equal(fake.calls[1].headers['Content-Type'], 'application/json');
    assert.equal(fake.calls[1].headers.Accept, 'application/json');
  });

  it('gives a read the user waits on the short budget, and a write the full one', async () => {
    const busy: Responder = () => ({ status: 503, body: { message: 'busy' } });
    const { fake, api } = setup(busy, { maxRetries: 3, readMaxRetries: 1 });
    await rejection(api.get('+12025550134', { interactive: true }));
    assert.equal(fake.calls.length, 2, 'one retry for an interactive read');
    fake.calls.length = 0;
    await rejection(api.get('+12025550134'));
    assert.equal(fake.calls.length, 4, 'the full budget for a background read');
    fake.calls.length = 0;
    const limited = setup(() => ({ status: 429, body: {} }), { maxRetries: 2, readMaxRetries: 0 });
    await rejection(limited.api.addNumbers(['+12025550134'], { interactive: true }));
    assert.equal(limited.fake.calls.length, 3, 'a write ignores "interactive"');
  });

  it('treats every status from 300 up as an error, and 2xx as an answer', async () => {
    const { api } = setup((call) => (call.url.includes('0134') ? { status: 300, body: NUMBER } : { status: 299, body: NUMBER }));
    assert.equal((await rejection(api.get('+12025550134'))).status, 300);
    assert.equal((await api.get('+12025550135')).phoneNumber, '+12025550134');
  });

  it('calls only a POST\'s 5xx an unknown outcome', async () => {
    const answer = (status: number): Responder => () => ({ status, body: { message: 'nope' } });
    assert.equal((await rejection(setup(answer(500)).api.addNumbers(['+12025550134']))).kind, 'unknown-outcome');
    assert.equal((await rejection(setup(answer(499)).api.addNumbers(['+12025550134']))).kind, 'http');
    assert.equal((await rejection(setup(answer(500), { maxRetries: 0 }).api.delete('+12025550134'))).kind, 'http');
  });

  it('says a 2xx that is not JSON or not the shape was probably applied, for a POST only', async () => {
    const notJson = await rejection(setup(() => ({ status: 200, body: 'ok' })).api.addNumbers(['+12025550134']));
    assert.equal(notJson.message, 'The server answered HTTP 200 but not with JSON: "ok". Check the API base URL. The request was probably applied: refresh to see its effect.');
    const wrongShape = await rejection(setup(() => ({ status: 200, body: { phoneNumber: 5 } })).api.get('+12025550134'));
    assert.equal(wrongShape.kind, 'invalid-response');
    assert.match(wrongShape.message, /^The server answered HTTP 200 but not in the expected shape \(phoneNumber: [^)]+\): "\{"phoneNumber":5\}"\. Check the API base URL\.$/);
    const shapeOfPost = await rejection(setup(() => ({ status: 200, body: {} })).api.textEnableNumbers({ numbers: ['+12025550134'] } as never));
    assert.match(shapeOfPost.message, /\(hostingOrderId: .*probably applied/);
  });

  it('quotes a 2xx it cannot read only with the credentials hidden', async () => {
    const { api } = setup(() => ({ status: 200, body: 'welcome key-id-1 / key-secret-1' }));
    assert.equal((await rejection(api.get('+12025550134'))).message, 'The server answered HTTP 200 but not with JSON: "welcome *** / ***". Check the API base URL.');
  });

  it('hides each token it gets in its errors, and still tells the caller about it', async () => {
    const told: string[] = [];
    const { api } = setup(
      (call) => (isTokenCall(call) ? { status: 200, body: { access_token: 'token-abc-123', expires_in: 3600 } } : { status: 400, body: { message: 'bad token token-abc-123' } }),
      { auth: 'oauth2', authBaseUrl: 'https://auth.test', onSecret: (s) => told.push(s) },
    );
    assert.equal((await rejection(api.get('+12025550134'))).message, 'bad token ***.');
    assert.deepEqual(told, ['token-abc-123']);
  });

  it('retries a 401 once only with OAuth2, and not with Basic', async () => {
    const refused: Responder = (call) => (isTokenCall(call) ? { status: 200, body: { access_token: 'token-1234' } } : { status: 401, body: {} });
    const oauth = setup(refused, { auth: 'oauth2', authBaseUrl: 'https://auth.test' });
    await rejection(oauth.api.get('+12025550134'));
    assert.equal(oauth.fake.calls.filter((c) => !isTokenCall(c)).length, 2);
    const basic = setup(refused);
    await rejection(basic.api.get('+12025550134'));
    assert.equal(basic.fake.calls.length, 1);
  });
});

describe('2xx bodies', () => {
  it('fills what a number may lack and refuses one without a phone number', () => {
    const minimal = parseQualifiedNumber({ phoneNumber: '+1', projectId: null, regionCode: null, globalProcessState: '', createdTime: null });
    assert.deepEqual(minimal, { ok: true, value: { phoneNumber: '+1', projectId: undefined, regionCode: undefined, globalProcessState: 'GLOBAL_PROCESS_STATE_UNSPECIFIED', createdTime: undefined } });
    const kept = parseQualifiedNumber({ phoneNumber: '+1', projectId: 'p', regionCode: 'US', globalProcessState: VERIFIED, createdTime: 'c', updatedTime: 'u' });
    assert.deepEqual(kept, { ok: true, value: { phoneNumber: '+1', projectId: 'p', regionCode: 'US', globalProcessState: VERIFIED, createdTime: 'c', updatedTime: 'u' } });
    const empty = parseQualifiedNumber({ phoneNumber: '' });
    assert.equal(empty.ok, false);
    assert.match(empty.ok ? '' : empty.problem, /^phoneNumber: /);
  });

  it('reads totalSize as a number or digits, and refuses other text', () => {
    const size = (totalSize: unknown) => {
      const parsed = parseListResponse({ totalSize });
      return parsed.ok ? parsed.value.totalSize : parsed.problem;
    };
    assert.equal(size(7), 7);
    assert.equal(size('12'), 12);
    assert.equal(size(null), undefined);
    assert.equal(size(undefined), undefined);
    assert.match(String(size('12a')), /^totalSize: /);
    assert.match(String(size('-1')), /^totalSize: /);
  });

  it('names where a list went wrong, and says what a non-object is', () => {
    const parsed = parseListResponse({ qualifiedNumbers: [NUMBER, { phoneNumber: 5 }] });
    assert.equal(parsed.ok, false);
    assert.match(parsed.ok ? '' : parsed.problem, /^qualifiedNumbers\.1\.phoneNumber: \S/);
    const nothing = parseHostingOrder('text');
    assert.equal(nothing.ok, false);
    assert.doesNotMatch(nothing.ok ? '' : nothing.problem, /^: /);
    assert.ok(!nothing.ok && nothing.problem.length > 0);
  });

  it('requires a hosting order ID that is not empty', () => {
    assert.equal(parseHostingOrder({ hostingOrderId: '' }).ok, false);
    assert.deepEqual(parseHostingOrder({ hostingOrderId: 'o', state: null }), { ok: true, value: { hostingOrderId: 'o', state: undefined } });
  });
});
