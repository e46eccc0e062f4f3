// What the readiness check asks the API, against an in-memory client: list pages only until every
// number is found, at most 20 look-ups (4 at a time) with the rest summed up, a 404 as "not in the
// project", any other failure passed on, and a number that became ready meanwhile let go.
import * as assert from 'node:assert/strict';
import { SinchApiError } from '../../../../src/api/errors';
import type { QualifiedNumber } from '../../../../src/api/types';
import { checkReadiness, MAX_LOOKUPS } from '../../../../src/model/textEnable/readiness';

class FakeClient {
  readonly listed: string[] = [];
  readonly looked: string[] = [];
  /** Numbers the check read from the listing (a real listing reads further pages for more). */
  pulled = 0;
  running = 0;
  mostAtOnce = 0;
  constructor(private readonly byState: Record<string, string[]>, private readonly states: Record<string, string | Error>) {}
  async *listAll(query: { state?: string }): AsyncGenerator<QualifiedNumber> {
    this.listed.push(String(query.state));
    for (const phoneNumber of this.byState[String(query.state)] ?? []) {
      this.pulled++;
      yield { phoneNumber, globalProcessState: query.state as QualifiedNumber['globalProcessState'] };
    }
  }
  async get(phoneNumber: string): Promise<QualifiedNumber> {
    this.looked.push(phoneNumber);
    this.running++;
    this.mostAtOnce = Math.max(this.mostAtOnce, this.running);
    await new Promise((resolve) => setImmediate(resolve));
    this.running--;
    const state = this.states[phoneNumber];
    if (state instanceof Error) throw state;
    if (state === undefined) throw new SinchApiError({ kind: 'http', operation: 'Get number', status: 404, message: 'not found' });
    return { phoneNumber, globalProcessState: state as QualifiedNumber['globalProcessState'] };
  }
}

const VERIFIED = 'GLOBAL_PROCESS_STATE_VERIFIED';
const FAILED = 'GLOBAL_PROCESS_STATE_HOSTING_FAILED';
const num = (i: number): string => `+1202555${String(i).padStart(4, '0')}`;

describe('readiness check requests', () => {
  it('stops listing once every number is found, and looks nothing up', async () => {
    const client = new FakeClient({ [VERIFIED]: [num(1), num(2), num(3)], [FAILED]: [num(4)] }, {});
    const check = await checkReadiness(client, [num(1)]);
    assert.deepEqual(check, { notReady: [], unnamed: [] });
    assert.deepEqual(client.listed, [VERIFIED]);
    assert.deepEqual(client.looked, []);
    assert.equal(client.pulled, 1, 'no further numbers read once all are found');
    const both = new FakeClient({ [VERIFIED]: [num(1)], [FAILED]: [num(4)] }, {});
    assert.deepEqual(await checkReadiness(both, [num(1), num(4)]), { notReady: [], unnamed: [] });
    assert.deepEqual(both.listed, [VERIFIED, FAILED]);
  });

  it('looks up at most 20 numbers, 4 at a time, and sums up the rest in order', async () => {
    const missing = Array.from({ length: MAX_LOOKUPS + 3 }, (_, i) => num(100 + i));
    const states = Object.fromEntries(missing.map((n) => [n, 'GLOBAL_PROCESS_STATE_ELIGIBLE']));
    const client = new FakeClient({}, states);
    const check = await checkReadiness(client, missing);
    assert.deepEqual(client.looked.sort(), missing.slice(0, MAX_LOOKUPS).sort());
    assert.equal(client.mostAtOnce, 4);
    assert.deepEqual(check.notReady.map((n) => n.phoneNumber), missing.slice(0, MAX_LOOKUPS));
    assert.deepEqual(check.notReady[0], { phoneNumber: missing[0], state: 'GLOBAL_PROCESS_STATE_ELIGIBLE', reason: 'has not proven ownership yet: send it a voice challenge and verify the code first (Eligible)' });
    assert.deepEqual(check.unnamed, missing.slice(MAX_LOOKUPS));
  });

  it('calls a 404 "not in the project", lets a number that became ready go, and passes other failures on', async () => {
    const client = new FakeClient({}, { [num(2)]: VERIFIED });
    const check = await checkReadiness(client, [num(1), num(2)]);
    assert.deepEqual(check.notReady, [{ phoneNumber: num(1), reason: 'is not one of the qualified numbers of this project: add it first' }]);
    const down = new SinchApiError({ kind: 'http', operation: 'Get number', status: 500, message: 'down' });
    await assert.rejects(checkReadiness(new FakeClient({}, { [num(1)]: down }), [num(1)]), (e: unknown) => e === down);
    const plain = new Error('offline');
    await assert.rejects(checkReadiness(new FakeClient({}, { [num(1)]: plain }), [num(1)]), (e: unknown) => e === plain);
  });
});
