// Two windows meet on a key: the same host, project, form kind and numbers (any order, repeats
// ignored) give the same key, anything else another. And the words a window shows when the
// submission is already running or was just sent.
import assert from 'node:assert/strict';
import {
  declinedResendReason, recentlySubmittedQuestion, RESEND_DETAIL, submissionKey, submittingElsewhereReason,
  type SubmissionIdentity,
} from '../../../../src/model/textEnable/submissionKey';

const identity: SubmissionIdentity = { target: 'http://127.0.0.1:4010', projectId: 'p1', kind: 'standard', numbers: ['+12025550134', '+14045550100'] };

describe('submission key', () => {
  it('is the same for the same numbers in any order or repeated, and a hex SHA-256', () => {
    const key = submissionKey(identity);
    assert.match(key, /^[0-9a-f]{64}$/);
    assert.equal(submissionKey({ ...identity, numbers: ['+14045550100', '+12025550134', '+14045550100'] }), key);
  });

  it('differs by host, project, kind or numbers', () => {
    const key = submissionKey(identity);
    assert.notEqual(submissionKey({ ...identity, target: 'http://127.0.0.1:4011' }), key);
    assert.notEqual(submissionKey({ ...identity, projectId: 'p2' }), key);
    assert.notEqual(submissionKey({ ...identity, kind: 'tollFree' }), key);
    assert.notEqual(submissionKey({ ...identity, numbers: ['+12025550134'] }), key);
    assert.notEqual(submissionKey({ ...identity, numbers: [] }), key);
  });

  it('words the refusal while another window submits', () => {
    assert.equal(
      submittingElsewhereReason(1),
      'Nothing was sent: another VS Code window is submitting the same number to the same project right now. ' +
        "Wait for it to finish and check Hosting Orders; submit here only if that window's order failed.",
    );
    assert.match(submittingElsewhereReason(3), /submitting the same 3 numbers to the same project/);
  });

  it('asks before sending again, with the orders and their age', () => {
    assert.equal(
      recentlySubmittedQuestion(['ord1'], 4_400, true),
      'This draft was just submitted from this window as order ord1 (4 s ago). Send it again as a new order?',
    );
    assert.equal(
      recentlySubmittedQuestion(['ord1', 'ord2'], 59_400, false),
      'This draft was just submitted from another VS Code window (or this one before a reload) as orders ord1, ord2 (59 s ago). Send it again as a new order?',
    );
    assert.match(recentlySubmittedQuestion(['ord1'], 60_000, true), /\(1 min ago\)/);
    assert.match(recentlySubmittedQuestion(['ord1'], 150_000, true), /\(3 min ago\)/);
    assert.match(recentlySubmittedQuestion(['ord1'], -5_000, true), /\(0 s ago\)/);
    assert.equal(RESEND_DETAIL, 'Sending again files a second order for the same numbers. Check Hosting Orders first: the first order is probably on its way.');
  });

  it('words a declined resend', () => {
    assert.equal(declinedResendReason(['ord1']), 'Nothing was sent: this draft was already submitted as order ord1.');
    assert.equal(declinedResendReason(['ord1', 'ord2']), 'Nothing was sent: this draft was already submitted as orders ord1, ord2.');
  });
});
