import * as assert from 'node:assert/strict';
import { HOVER_ENABLED_COMMANDS } from '../../../../src/model/editor/commandLinks';
import { numberHoverMarkdown } from '../../../../src/model/editor/numberHover';
import { numberAt } from '../../../../src/model/editor/phoneFinder';

const WHERE = 'offline sandbox (http://127.0.0.1:1234)';

function foundIn(line: string) {
  const found = numberAt(line, 1);
  assert.ok(found);
  return found;
}

/** The text as rendered: Markdown escapes removed. */
function plain(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

/** The command links of a Markdown text, with their decoded arguments. */
function links(markdown: string): Array<[string, string, unknown]> {
  return [...markdown.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\?([^)]*)\)/g)].map((m) => [m[1], m[2], JSON.parse(decodeURIComponent(m[3]))]);
}

describe('the hover over a number', () => {
  it('shows a known number\'s state, region and errors, with "Show in Sinch" and "Show Number Details"', () => {
    const markdown = numberHoverMarkdown(foundIn('(202) 555-0134'), {
      kind: 'known',
      number: { phoneNumber: '+12025550134', regionCode: 'US', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED', ownershipVerification: { status: 'FAILED', error: 'Wrong code [x](command:evil)' } },
    }, WHERE);
    assert.match(plain(markdown), /\*\*\+1 202-555-0134\*\* \(US\)/);
    assert.match(markdown, /\*\*Verification failed\*\*/);
    assert.match(markdown, /Wrong code \\\[x\\\]\\\(command:evil\\\)/, 'server text stays text');
    assert.deepEqual(links(markdown), [
      ['Show in Sinch', 'sinch.showInSinch', ['+12025550134']],
      ['Show Number Details', 'sinch.showDetails', ['+12025550134']],
    ]);
  });

  it('offers "Add Numbers to Qualify" for a number Sinch does not know', () => {
    const markdown = numberHoverMarkdown(foundIn('+18005550100'), { kind: 'unknown' }, WHERE);
    assert.match(plain(markdown), /\*\*\+1 800-555-0100\*\* \(US, toll-free\) is not a qualified number in offline sandbox \(http:\/\/127\.0\.0\.1:1234\)\./);
    assert.deepEqual(links(markdown), [['Add Numbers to Qualify', 'sinch.addNumbers', [{ text: '+18005550100' }]]]);
  });

  it('says why a malformed number is not one, and why a lookup failed, without links', () => {
    const malformed = numberHoverMarkdown(foundIn('+1 (123) 555-0134'), undefined, WHERE);
    assert.match(malformed, /is not a valid US\/CA number: area code 123 cannot start with 1\./);
    const failed = numberHoverMarkdown(foundIn('+12025550134'), { kind: 'failed', words: 'Sinch could not be reached.' }, WHERE);
    assert.match(plain(failed), /Could not look up \*\*\+1 202-555-0134\*\*: Sinch could not be reached\./);
    assert.deepEqual([...links(malformed), ...links(failed)], []);
  });

  it('enables exactly the commands its links use', () => {
    assert.deepEqual([...HOVER_ENABLED_COMMANDS].sort(), ['sinch.addNumbers', 'sinch.showDetails', 'sinch.showInSinch']);
  });
});
