import assert from 'node:assert/strict';
import type { QualifiedNumber } from '../../../../src/api/types';
import { groupDescription, numberContextValue, numberDescription, numberLabel, numberTooltipMarkdown } from '../../../../src/model/tree/presentation';
import { escapeMarkdown } from '../../../../src/model/tree/markdown';
import { relativeTime } from '../../../../src/model/tree/relativeTime';
import { detailStatusWords, hostingStatusWords } from '../../../../src/model/tree/statusWords';
import { renderedText } from './vscodeMarkdown';

const NOW = Date.parse('2024-05-01T12:00:00Z');

const failed: QualifiedNumber = {
  phoneNumber: '+12025550134',
  regionCode: 'US',
  globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED',
  osrEligibility: { status: 'DONE' },
  ownershipVerification: { status: 3 },
  hostedNumber: { status: 2, error: 'Campaign | not [available](http://evil.example) <b>x</b>' },
  createdTime: '2024-04-30T12:00:00Z',
  updatedTime: '2024-05-01T11:57:00Z',
};

describe('tree presentation', () => {
  it('labels a number in NANP form and describes region and age', () => {
    assert.equal(numberLabel(failed), '+1 202-555-0134');
    assert.equal(numberDescription(failed, NOW), 'US · 3 min. ago');
  });

  it('gives menus a context value per state', () => {
    assert.equal(numberContextValue(failed), 'qualifiedNumber.hostingFailed');
    assert.equal(numberContextValue({ ...failed, globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' }), 'qualifiedNumber.verified');
    assert.equal(numberContextValue({ ...failed, globalProcessState: 'GLOBAL_PROCESS_STATE_UNSPECIFIED' }), 'qualifiedNumber.unknown');
  });

  it('puts every detail status and its error in the tooltip, escaped', () => {
    const md = numberTooltipMarkdown(failed);
    assert.match(md, /Hosting failed/);
    assert.match(md, /\| OSR eligibility \| Done \|/);
    assert.match(md, /\| Ownership verification \| Done \|/);
    assert.match(md, /\| Hosting \| Failed \| Campaign \\\| not \\\[available\\\]\\\(http:\/\/evil\\\.example\\\) \\<b\\>x\\<\/b\\> \|/);
    assert.match(md, /Created 2024\\-04\\-30T12:00:00Z/);
    // No raw link, HTML tag or extra table cell survives.
    assert.doesNotMatch(md, /\]\(http/);
    assert.doesNotMatch(md, /<b>/);
  });

  it('reads detail statuses given as names or numbers', () => {
    assert.equal(detailStatusWords('IN_PROGRESS'), 'In progress');
    assert.equal(detailStatusWords(4), 'Failed');
    assert.equal(detailStatusWords(undefined), 'Not started');
    assert.equal(detailStatusWords(17), 'Unknown (17)');
    assert.equal(hostingStatusWords(1), 'Hosted');
    assert.equal(hostingStatusWords('HOSTING_STATUS_FAILED'), 'Failed');
  });

  it('describes groups by their count, or by the filter matches', () => {
    assert.equal(groupDescription({ totalSize: 230, loaded: 50, hasMore: true }), '230');
    assert.equal(groupDescription({ loaded: 50, hasMore: true }), '50+');
    assert.equal(groupDescription({ totalSize: 230, loaded: 3, hasMore: false, matches: 3 }), '3 of 230 match');
  });

  it('says how long ago in words', () => {
    assert.equal(relativeTime('2024-05-01T11:59:40Z', NOW), 'just now');
    assert.equal(relativeTime('2024-05-01T10:00:00Z', NOW), '2 hr. ago');
    assert.equal(relativeTime('2024-04-30T12:00:00Z', NOW), 'yesterday');
    assert.equal(relativeTime('not a time', NOW), undefined);
    assert.equal(relativeTime(undefined, NOW), undefined);
  });
});

describe('tooltip escaping', () => {
  it('keeps a server error from rendering a theme icon or a heading', () => {
    const md = numberTooltipMarkdown({ ...failed, hostedNumber: { status: 2, error: '# $(alert) spoof' } });
    // The backslash VS Code needs to see in the HTML (\\), then the escaped characters.
    assert.match(md, /\| \\# \\\\\\\$\\\(alert\\\) spoof \|/);
    const cell = md.split('\n').find((line) => line.startsWith('| Hosting'))?.split(' | ')[2]?.replace(/ \|$/, '') ?? '';
    assert.deepEqual(renderedText(cell), { text: '# $(alert) spoof', icons: [] });
  });

  it('shows every theme icon form a server may send as its text, the way VS Code renders tooltips', () => {
    for (const text of ['$(alert)', '$(loading~spin)', '\\$(alert)', '$($(alert))', '$(a-b) $(x)$(y)', 'cost $(5)', '$(not an icon)', '\\\\$(alert)']) {
      assert.deepEqual(renderedText(escapeMarkdown(text)), { text, icons: [] }, text);
    }
    // The state's own icon still renders: the helper does find icons.
    assert.deepEqual(renderedText('$(pass) ok').icons, ['pass']);
    // Escaping every character alone (as before) did not stop the icon: Markdown removed the escapes first.
    assert.deepEqual(renderedText('\\$\\(alert\\)').icons, ['alert']);
  });
});
