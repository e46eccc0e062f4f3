// Hosting order IDs are checked before any request: what a paste brings along is trimmed, and
// anything that could reach a URL path is refused with words that say what to remove.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkHostingOrderId, isHostingOrderId } from '../../../../src/model/orders/orderId';

describe('hosting order ID check', () => {
  it('accepts Sinch IDs and trims spaces and quotes a copy brings along', () => {
    assert.deepEqual(checkHostingOrderId('01arz3nhyrtsv4rrffq69g5fav'), { ok: true, id: '01arz3nhyrtsv4rrffq69g5fav' });
    assert.deepEqual(checkHostingOrderId('  "d19a-2b_77"\n'), { ok: true, id: 'd19a-2b_77' });
  });

  it('says what to fix for an empty, long or path-like ID', () => {
    const empty = checkHostingOrderId('   ');
    assert.ok(!empty.ok && /Enter the hosting order ID/.test(empty.message));
    const long = checkHostingOrderId('a'.repeat(65));
    assert.ok(!long.ok && /at most 64 characters; this has 65/.test(long.message));
    const path = checkHostingOrderId('../abc/def?x');
    assert.ok(!path.ok);
    assert.match(path.message, /remove "\.", "\/", "\?"/);
    const spaced = checkHostingOrderId('abc def');
    assert.ok(!spaced.ok && /the space/.test(spaced.message));
    const invisible = checkHostingOrderId('abc\u200bdef');
    assert.ok(!invisible.ok && /U\+200B/.test(invisible.message));
  });

  it('never lets anything but letters, digits, "-" and "_" through (3000 strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const check = checkHostingOrderId(s);
        if (check.ok) assert.ok(isHostingOrderId(check.id) && /^[A-Za-z0-9_-]+$/.test(check.id));
        else assert.ok(check.message.length > 0);
      }),
      { numRuns: 3000, seed: 10 },
    );
  });
});
