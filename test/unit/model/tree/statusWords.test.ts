// The words a number's tooltip shows for its detail and hosting statuses, whichever form the API
// sends (a name or a number), and for what it sends that no table knows.
import * as assert from 'assert';
import { escapeMarkdown } from '../../../../src/model/tree/markdown';
import { detailStatusWords, hostingStatusWords } from '../../../../src/model/tree/statusWords';

/** JSON can carry a null where the types say a status or nothing. */
const NULL = null as unknown as undefined;

describe('status words in number tooltips', () => {
  it('reads a detail status by name or by number, and says "Not started" when there is none', () => {
    assert.strictEqual(detailStatusWords('DONE'), 'Done');
    assert.strictEqual(detailStatusWords(3), 'Done');
    assert.strictEqual(detailStatusWords(1), 'Waiting');
    assert.strictEqual(detailStatusWords(undefined), 'Not started');
    assert.strictEqual(detailStatusWords(NULL), 'Not started');
  });

  it('shows a detail status it does not know as it came', () => {
    assert.strictEqual(detailStatusWords(9), 'Unknown (9)');
    assert.strictEqual(detailStatusWords('PAUSED'), 'Unknown (PAUSED)');
    assert.strictEqual(detailStatusWords(''), 'Unknown ()');
  });

  it('reads a hosting status by name or by number, and says "Not hosted yet" when there is none', () => {
    assert.strictEqual(hostingStatusWords(1), 'Hosted');
    assert.strictEqual(hostingStatusWords('HOSTING_STATUS_FAILED'), 'Failed');
    assert.strictEqual(hostingStatusWords(0), 'Not hosted yet');
    assert.strictEqual(hostingStatusWords(undefined), 'Not hosted yet');
    assert.strictEqual(hostingStatusWords(NULL), 'Not hosted yet');
  });

  it('shows a hosting status it does not know as it came', () => {
    assert.strictEqual(hostingStatusWords(5), 'Unknown (5)');
    assert.strictEqual(hostingStatusWords('HOSTING_STATUS_PAUSED'), 'Unknown (HOSTING_STATUS_PAUSED)');
  });

  it('does not take the name of an object method for a status (a server string is data)', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      assert.strictEqual(detailStatusWords(name), `Unknown (${name})`);
      assert.strictEqual(hostingStatusWords(name), `Unknown (${name})`);
    }
  });
});

describe('Markdown escaping of server text: line ends', () => {
  it('turns each line end (\\r\\n, \\n or a lone \\r) into one space, so a table row stays one row', () => {
    assert.strictEqual(escapeMarkdown('a\r\nb'), 'a b');
    assert.strictEqual(escapeMarkdown('a\rb'), 'a b');
    assert.strictEqual(escapeMarkdown('a\nb'), 'a b');
    assert.strictEqual(escapeMarkdown('a\n\nb'), 'a  b');
  });
});
