// The features loaded on first use are bundles of their own (src/lazyBundle.ts), each with its own
// copy of the modules it shares with the extension bundle. An error the extension's client throws
// reaches the chat tools' and the form's copy of errorWords: it must still read as a SinchApiError
// there, or the user gets "Unauthorized" where the extension says what to do next.
import * as assert from 'node:assert/strict';
import { SinchApiError } from '../../../src/api/errors';
import { errorWords } from '../../../src/model/errorWords';

/** A second, fresh copy of a module and what it imports, as another bundle would carry it. */
function freshCopy<T>(modulePath: string, alsoFresh: readonly string[]): T {
  const paths = [modulePath, ...alsoFresh].map((p) => require.resolve(p));
  const saved = paths.map((p) => require.cache[p]);
  paths.forEach((p) => delete require.cache[p]);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy on purpose
    return require(modulePath) as T;
  } finally {
    paths.forEach((p, i) => {
      if (saved[i]) require.cache[p] = saved[i];
      else delete require.cache[p];
    });
  }
}

describe('SinchApiError across bundles', () => {
  const errorsPath = '../../../src/api/errors';
  const otherErrors = freshCopy<typeof import('../../../src/api/errors')>(errorsPath, []);
  const otherWords = freshCopy<typeof import('../../../src/model/errorWords')>('../../../src/model/errorWords', [errorsPath]);

  it('is a SinchApiError to another copy of the class, both ways', () => {
    assert.notEqual(otherErrors.SinchApiError, SinchApiError, 'the test needs a second copy of the class');
    const ours = new SinchApiError({ kind: 'http', operation: 'List numbers', message: 'Unauthorized', status: 401 });
    const theirs = new otherErrors.SinchApiError({ kind: 'http', operation: 'List numbers', message: 'Unauthorized', status: 401 });
    assert.ok(ours instanceof otherErrors.SinchApiError);
    assert.ok(otherErrors.isSinchApiError(ours));
    assert.ok(theirs instanceof SinchApiError);
    assert.ok(!(new Error('Unauthorized') instanceof SinchApiError));
    assert.ok(!otherErrors.isSinchApiError({ message: 'Unauthorized', status: 401 }));
  });

  it('gets the same words, with the next step, from another copy of errorWords', () => {
    const error = new SinchApiError({ kind: 'http', operation: 'List numbers', message: 'Unauthorized', status: 401 });
    assert.equal(otherWords.errorWords(error), errorWords(error));
    assert.match(otherWords.errorWords(error), /sign in again/);
  });
});
