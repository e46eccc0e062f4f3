// A number's tooltip line by line for what the other tests leave out: no region, a spinning
// state icon shown still, an unknown state, an empty Error cell, no times; and the short texts
// beside numbers and groups when a part is missing.
import assert from 'node:assert/strict';
import type { QualifiedNumber } from '../../../../src/api/types';
import { groupDescription, loadMoreLabel, numberDescription, numberTooltipMarkdown, viewDescription } from '../../../../src/model/tree/presentation';

const UTC = { locale: 'en-US', timeZone: 'UTC' };
const NOW = Date.parse('2024-05-01T12:00:00Z');

describe('tree presentation lines', () => {
  it('writes the tooltip of a number without region or times: still icon, empty Error cells, no time line', () => {
    const moving = {
      phoneNumber: '+12025550134',
      globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS',
      osrEligibility: { status: 'DONE' },
      ownershipVerification: { status: 'FAILED', error: 'Wrong code' },
    } as QualifiedNumber;
    assert.deepEqual(numberTooltipMarkdown(moving, UTC).split('\n'), [
      '**\\+1 202\\-555\\-0134**',
      '',
      '$(sync) **Hosting in progress**: A hosting order is moving the number to Sinch\\.',
      '',
      '| Step | Status | Error |',
      '|---|---|---|',
      '| OSR eligibility | Done |  |',
      '| Ownership verification | Failed | Wrong code |',
      '| Hosting | Not hosted yet |  |',
      '',
    ]);
  });

  it('names a state it does not know in words, and shows only the time it has', () => {
    const odd = { phoneNumber: '12345', globalProcessState: 'GLOBAL_PROCESS_STATE_PAUSED', createdTime: '2024-04-30T12:00:00Z' } as unknown as QualifiedNumber;
    const lines = numberTooltipMarkdown(odd, UTC).split('\n');
    assert.deepEqual(lines.slice(0, -1), [
      '**12345**',
      '',
      '**paused**',
      '',
      '| Step | Status |',
      '|---|---|',
      '| OSR eligibility | Not started |',
      '| Ownership verification | Not started |',
      '| Hosting | Not hosted yet |',
      '',
    ]);
    assert.match(lines.at(-1) ?? '', /^Created Apr 30, 2024, 12:00\sPM \(local time\)$/);
  });

  it('describes a number by what it has: region, age, or both', () => {
    const n = { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' } as QualifiedNumber;
    assert.equal(numberDescription({ ...n, regionCode: 'US' }, NOW), 'US');
    assert.equal(numberDescription({ ...n, createdTime: '2024-05-01T11:57:00Z' }, NOW), '3 min. ago');
    assert.equal(numberDescription(n, NOW), '');
  });

  it('counts a fully loaded group without a server total, and labels "Load more" without one', () => {
    assert.equal(groupDescription({ loaded: 3, hasMore: false }), '3');
    assert.equal(groupDescription({ loaded: 7, hasMore: false, matches: 2, scanTruncated: true }), '2+ of 7 match');
    assert.equal(loadMoreLabel(50, undefined), 'Load more (50 shown)');
    assert.equal(loadMoreLabel(50, 230), 'Load more (50 of 230 shown)');
  });

  it('describes the view by its filter and region, each alone or both', () => {
    assert.equal(viewDescription('555', 'US'), 'Filter: 555 · Region: US');
    assert.equal(viewDescription('555', undefined), 'Filter: 555');
    assert.equal(viewDescription(undefined, 'CA'), 'Region: CA');
    assert.equal(viewDescription(undefined, undefined), '');
  });
});
