// Small rules whose edges no other test reached: the active profile kept only when it is listed,
// a quick pick's words without a region, an order summary's type, the chunk size refusal, and a
// cache entry set again not pushing out another.
import assert from 'node:assert/strict';
import { TtlCache } from '../../../src/model/editor/ttlCache';
import { pickDescription } from '../../../src/model/pickItems';
import { parseProfileList } from '../../../src/model/profiles';
import { summariseOrder } from '../../../src/model/textEnable/orderSummary';
import { splitIntoOrders } from '../../../src/model/textEnable/split';

describe('small model edges', () => {
  it('keeps the active profile when it is any listed profile', () => {
    const profiles = [
      { name: 'prod', projectId: 'p1', authMethod: 'oauth2' },
      { name: 'test', projectId: 'p2', authMethod: 'basic' },
    ];
    assert.equal(parseProfileList({ profiles, active: 'test' }).active, 'test');
    assert.equal(parseProfileList({ profiles, active: 'gone' }).active, undefined);
  });

  it('words a pick without a region', () => {
    assert.equal(pickDescription({ phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' }), 'Verified · +12025550134');
    assert.equal(pickDescription({ phoneNumber: '+12025550134', regionCode: 'US', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' }), 'Verified · US · +12025550134');
  });

  it('keeps the order type in the summary', () => {
    assert.deepEqual(summariseOrder({ hostingOrderId: 'o1', type: 'TYPE_TEXT_ENABLE' } as Parameters<typeof summariseOrder>[0]), { hostingOrderId: 'o1', type: 'TYPE_TEXT_ENABLE' });
  });

  it('refuses a chunk size that is not a positive whole number', () => {
    assert.throws(() => splitIntoOrders([1], 0), /^RangeError: chunk size must be a positive integer, got 0$/);
    assert.throws(() => splitIntoOrders([1], 1.5), /got 1\.5$/);
  });

  it('setting a cached key again does not push out another entry', () => {
    const cache = new TtlCache<string>(1000, 2, () => 0);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('b', 'B2');
    assert.equal(cache.get('a'), 'A');
    assert.equal(cache.get('b'), 'B2');
  });
});
