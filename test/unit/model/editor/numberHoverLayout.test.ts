// The hover's layout as VS Code renders it: the title, a blank line, the body, a blank line, the
// links on one line separated by " · "; and the words when the number was not looked up.
import * as assert from 'node:assert/strict';
import { numberHoverMarkdown } from '../../../../src/model/editor/numberHover';
import { numberAt } from '../../../../src/model/editor/phoneFinder';
import { numberTooltipMarkdown } from '../../../../src/model/tree/presentation';

function foundIn(line: string) {
  const found = numberAt(line, 1);
  assert.ok(found);
  return found;
}

describe('the hover layout', () => {
  it('a known number: title, tooltip, then the two links on one line', () => {
    const number = { phoneNumber: '+12025550134', regionCode: 'US', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' } as const;
    const markdown = numberHoverMarkdown(foundIn('+12025550134'), { kind: 'known', number }, 'the sandbox');
    const head = `**Sinch Qualified Numbers**\n\n${numberTooltipMarkdown(number)}\n\n`;
    assert.equal(markdown.startsWith(head), true, markdown);
    assert.match(markdown.slice(head.length), /^\[Show in Sinch\]\(command:sinch\.showInSinch\?[^)]+\) · \[Show Number Details\]\(command:sinch\.showDetails\?[^)]+\)$/);
  });

  it('an unknown number: title, the words, then the link', () => {
    const markdown = numberHoverMarkdown(foundIn('+14165550100'), { kind: 'unknown' }, 'the sandbox');
    const parts = markdown.split('\n\n');
    assert.equal(parts.length, 3);
    assert.equal(parts[0], '**Sinch Qualified Numbers**');
    assert.equal(parts[1], '**\\+1 416\\-555\\-0100** (CA) is not a qualified number in the sandbox.');
    assert.match(parts[2], /^\[Add Numbers to Qualify\]\(command:sinch\.addNumbers\?[^)]+\)$/);
  });

  it('a number not looked up', () => {
    assert.equal(numberHoverMarkdown(foundIn('+12025550134'), undefined, 'the sandbox'), '**Sinch Qualified Numbers**\n\n**\\+1 202\\-555\\-0134**: not looked up.');
  });
});
