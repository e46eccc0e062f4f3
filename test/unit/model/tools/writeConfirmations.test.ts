// A chat tool's write runs only for a question the user was shown: same tool, same numbers, same
// connection, within the TTL, once.
import * as assert from 'node:assert/strict';
import { CONFIRMATION_TTL_MS, NOT_CONFIRMED, WriteConfirmations, writeKey } from '../../../../src/model/tools/writeConfirmations';

describe('chat tool write confirmations', () => {
  let now: number;
  let confirmations: WriteConfirmations;
  const sandbox = 'sandbox';
  const production = 'profile production (project d1923022)';

  beforeEach(() => {
    now = Date.UTC(2026, 11, 1, 12);
    confirmations = new WriteConfirmations(() => now);
  });

  it('refuses a write nobody was asked about', () => {
    assert.equal(confirmations.take(writeKey('sinch_addNumbers', sandbox, ['+12025550134'])), false);
  });

  it('lets the asked write through once; a second call needs a second question', () => {
    const key = writeKey('sinch_addNumbers', sandbox, ['+12025550134', '+12025550135']);
    confirmations.ask(key);
    assert.equal(confirmations.take(writeKey('sinch_addNumbers', sandbox, ['+12025550135', '+12025550134', '+12025550134'])), true, 'the same numbers in another order are the same write');
    assert.equal(confirmations.take(key), false);
    confirmations.ask(key);
    confirmations.ask(key);
    assert.equal(confirmations.take(key), true);
    assert.equal(confirmations.take(key), true);
    assert.equal(confirmations.take(key), false);
  });

  it('a question about other numbers, another tool or another connection does not count', () => {
    confirmations.ask(writeKey('sinch_addNumbers', sandbox, ['+12025550134']));
    assert.equal(confirmations.take(writeKey('sinch_addNumbers', sandbox, ['+12025550134', '+12025550135'])), false, 'one more number');
    assert.equal(confirmations.take(writeKey('sinch_deleteQualifiedNumbers', sandbox, ['+12025550134'])), false, 'asked to add, not to delete');
    assert.equal(confirmations.take(writeKey('sinch_addNumbers', production, ['+12025550134'])), false, 'the connection switched while the question waited');
    assert.equal(confirmations.take(writeKey('sinch_addNumbers', sandbox, ['+12025550134'])), true);
  });

  it('a question goes stale after the TTL', () => {
    const key = writeKey('sinch_sendVoiceChallenge', sandbox, ['+12025550134']);
    confirmations.ask(key);
    now += CONFIRMATION_TTL_MS + 1;
    assert.equal(confirmations.take(key), false);
    confirmations.ask(key);
    now += CONFIRMATION_TTL_MS - 1;
    assert.equal(confirmations.take(key), true);
  });

  it('the refusal says nothing was done and what to do', () => {
    assert.match(NOT_CONFIRMED, /^Nothing was done: .* Ask again so the user sees the question\.$/);
  });
});
