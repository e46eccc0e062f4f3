// What a chat tool answers, exactly: a number's summary (only the set details), a list's head and
// tail lines per count and truncation, a hosting order bounded at 50 numbers with its callback URL
// stripped, and the counts per state.
import * as assert from 'node:assert/strict';
import type { HostingOrder, QualifiedNumber } from '../../../../src/api/types';
import { countsText, hostingOrderText, listText, numberSummary, numberText } from '../../../../src/model/tools/toolResults';

const verified: QualifiedNumber = { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' };

describe('chat tool answers', () => {
  it('a number with every detail, and one with none', () => {
    assert.deepEqual(numberSummary({
      ...verified, regionCode: 'US', updatedTime: '2026-01-01T00:00:00Z',
      osrEligibility: { status: 'DONE' }, ownershipVerification: { status: 4, error: 'wrong code' }, hostedNumber: { status: 2, error: 'refused' },
    }), {
      phoneNumber: '+12025550134', state: 'VERIFIED (Verified)', region: 'US', osrEligibility: 'Done', ownershipVerification: 'Failed',
      ownershipVerificationError: 'wrong code', hosting: 'Failed', hostingError: 'refused', updatedTime: '2026-01-01T00:00:00Z',
    });
    assert.equal(numberText({ phoneNumber: '+12025550134', globalProcessState: 'SOMETHING_NEW' as QualifiedNumber['globalProcessState'], osrEligibility: { error: 'e' } }),
      '{"phoneNumber":"+12025550134","state":"something new","osrEligibilityError":"e"}');
  });

  it('a list of one, and a truncated scan with more not shown', () => {
    assert.equal(listText({ numbers: [verified], total: 1, scanTruncated: false }, 'in state VERIFIED'),
      `1 qualified number in state VERIFIED; 1 shown.\n${JSON.stringify([numberSummary(verified)])}`);
    assert.equal(listText({ numbers: [verified], total: 3, scanTruncated: true }, 'matching 555'), [
      '3+ qualified numbers matching 555; 1 shown.',
      JSON.stringify([numberSummary(verified)]),
      '2+ more not shown; ask with a higher limit (at most 100), a state, a region or a filter to see them.',
      'The filter stopped after reading 2000 numbers; narrow it with a state or region for an exact count.',
    ].join('\n'));
    assert.equal(listText({ numbers: [], total: 0, scanTruncated: false }, 'at all'), '0 qualified numbers at all; 0 shown.\n[]');
  });

  it('a hosting order: 50 numbers at most, the callback URL without its query or user', () => {
    const numbers = Array.from({ length: 52 }, (_, i) => `+1202555${String(i).padStart(4, '0')}`);
    const text = hostingOrderText({ hostingOrderId: 'o1', state: 'SUBMITTED', numbers, callbackUrl: 'https://u:p@example.com/cb?token=x', textEnableInfo: { loaType: 'DIRECT' } } as unknown as HostingOrder);
    const [json, more] = text.split('\n');
    const parsed = JSON.parse(json) as Record<string, unknown>;
    assert.equal(parsed.callbackUrl, 'https://example.com/cb (credentials and query left out)');
    assert.equal(parsed.loaType, 'DIRECT');
    assert.deepEqual(parsed.numbers, numbers.slice(0, 50));
    assert.equal(more, '2 more numbers of this order not shown.');
    const plain = JSON.parse(hostingOrderText({ hostingOrderId: 'o2', callbackUrl: 'https://example.com/cb' } as HostingOrder)) as Record<string, unknown>;
    assert.equal(plain.callbackUrl, 'https://example.com/cb');
    const withUser = JSON.parse(hostingOrderText({ hostingOrderId: 'o2', callbackUrl: 'https://user:pw@example.com/cb' } as HostingOrder)) as Record<string, unknown>;
    assert.equal(withUser.callbackUrl, 'https://example.com/cb (credentials and query left out)');
    const passwordOnly = JSON.parse(hostingOrderText({ hostingOrderId: 'o2', callbackUrl: 'https://:pw@example.com/cb' } as HostingOrder)) as Record<string, unknown>;
    assert.equal(passwordOnly.callbackUrl, 'https://example.com/cb (credentials and query left out)');
    assert.deepEqual(plain.numbers, []);
    assert.equal((JSON.parse(hostingOrderText({ hostingOrderId: 'o3', callbackUrl: 'nope' } as HostingOrder)) as Record<string, unknown>).callbackUrl, '(not a valid URL)');
    assert.equal(hostingOrderText({ hostingOrderId: 'o4', numbers: numbers.slice(0, 50) } as HostingOrder).includes('\n'), false);
  });

  it('the counts per state, with and without a region', () => {
    assert.equal(countsText([{ state: 'GLOBAL_PROCESS_STATE_VERIFIED', count: 1 }], 'US'), '1 qualified number in US, per processing state:\n- VERIFIED (Verified): 1');
    assert.equal(countsText([{ state: 'GLOBAL_PROCESS_STATE_VERIFIED', count: 1 }, { state: 'GLOBAL_PROCESS_STATE_ELIGIBLE', count: 2 }], undefined),
      '3 qualified numbers, per processing state:\n- VERIFIED (Verified): 1\n- ELIGIBLE (Eligible): 2');
  });
});
