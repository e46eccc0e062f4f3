// The questions asked before a write (Delete's modal, the chat tools' confirmation): the count and
// its noun, the numbers listed (at most 10, then "… and N more") and what the write does.
import assert from 'node:assert/strict';
import { addConfirmation, deleteConfirmation, listedNumbers, voiceChallengeConfirmation } from '../../../src/model/confirmations';

const numbers = (count: number): string[] => Array.from({ length: count }, (_, i) => `+1202555${String(100 + i).padStart(4, '0')}`);

describe('write confirmations', () => {
  it('lists up to 10 numbers formatted, one per line, then how many more', () => {
    assert.equal(listedNumbers(['+12025550134', '+14045550100']), '+1 202-555-0134\n+1 404-555-0100');
    const ten = listedNumbers(numbers(10));
    assert.equal(ten.split('\n').length, 10);
    assert.ok(!ten.includes('more'));
    const twelve = listedNumbers(numbers(12)).split('\n');
    assert.equal(twelve.length, 11);
    assert.equal(twelve[9], '+1 202-555-0109');
    assert.equal(twelve[10], '… and 2 more');
  });

  it('asks before deleting one number or several', () => {
    assert.deepEqual(deleteConfirmation(['+12025550134'], 'the sandbox'), {
      title: 'Delete 1 qualified number from the sandbox?',
      detail: '+1 202-555-0134\n\nSinch stops qualifying it; adding it again starts over.',
    });
    assert.deepEqual(deleteConfirmation(['+12025550134', '+14045550100'], 'profile prod'), {
      title: 'Delete 2 qualified numbers from profile prod?',
      detail: '+1 202-555-0134\n+1 404-555-0100\n\nSinch stops qualifying them; adding them again starts over.',
    });
  });

  it('asks before adding numbers', () => {
    assert.deepEqual(addConfirmation(['+12025550134'], 'the sandbox'), {
      title: 'Add 1 number to qualify in the sandbox?',
      detail: '+1 202-555-0134\n\nSinch checks whether it can be hosted; then e-mail the invoices to orders@sinch.com.',
    });
    const two = addConfirmation(['+12025550134', '+14045550100'], 'the sandbox');
    assert.equal(two.title, 'Add 2 numbers to qualify in the sandbox?');
    assert.match(two.detail, /\n\nSinch checks whether they can be hosted;/);
  });

  it('asks before calling a number', () => {
    assert.deepEqual(voiceChallengeConfirmation('+12025550134', 'the sandbox'), {
      title: 'Call +1 202-555-0134 with a voice challenge?',
      detail: 'Sinch (the sandbox) calls +1 202-555-0134 now and a voice reads out a code; whoever answers must enter it with "Sinch: Verify Voice Challenge".',
    });
  });
});
