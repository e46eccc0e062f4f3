import * as assert from 'node:assert/strict';
import { TtlCache } from '../../../../src/model/editor/ttlCache';

describe('TtlCache', () => {
  it('forgets an entry once its time is up, and keeps at most maxEntries (oldest out first)', () => {
    let now = 1000;
    const cache = new TtlCache<string>(30, 2, () => now);
    cache.set('a', 'A');
    now += 29;
    assert.equal(cache.get('a'), 'A');
    now += 1;
    assert.equal(cache.get('a'), undefined);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('c', 'C');
    assert.deepEqual([cache.get('a'), cache.get('b'), cache.get('c')], [undefined, 'B', 'C']);
    cache.clear();
    assert.equal(cache.get('b'), undefined);
  });
});
