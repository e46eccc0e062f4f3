// How a refused order ID names what to remove: every distinct character once, at most five, control
// and invisible characters by code point at each edge of their ranges, others in quotes; and the
// exact length at the limit.
import assert from 'node:assert/strict';
import { checkHostingOrderId, isHostingOrderId } from '../../../../src/model/orders/orderId';

function removal(input: string): string {
  const check = checkHostingOrderId(input);
  assert.ok(!check.ok, input);
  return check.message.replace('A hosting order ID has only letters, digits, "-" and "_"; remove ', '');
}

describe('hosting order ID: characters named', () => {
  it('names each character once, the first five only', () => {
    assert.equal(removal('a.b.c'), '".".');
    assert.equal(removal('a!b@c#d$e%f^g'), '"!", "@", "#", "$", "%".');
  });

  it('names control and invisible characters by code point, printable ones in quotes', () => {
    assert.equal(removal('a\u0000b'), 'U+0000.');
    assert.equal(removal('a\u001fb'), 'U+001F.');
    assert.equal(removal('a~b'), '"~".');
    assert.equal(removal('a\u007fb'), 'U+007F.');
    assert.equal(removal('a\u00a0b'), 'U+00A0.');
    assert.equal(removal('a\u00a1b'), '"\u00a1".');
    assert.equal(removal('a\u00adb'), 'U+00AD.');
    assert.equal(removal('a\u{1f600}b'), '"\u{1f600}".');
  });

  it('takes 64 characters and says how many there are past that', () => {
    assert.deepEqual(checkHostingOrderId('a'.repeat(64)), { ok: true, id: 'a'.repeat(64) });
    assert.deepEqual(checkHostingOrderId('a'.repeat(70)), { ok: false, message: 'A hosting order ID has at most 64 characters; this has 70.' });
    assert.deepEqual(checkHostingOrderId(''), { ok: false, message: 'Enter the hosting order ID, e.g. 01arz3nhyrtsv4rrffq69g5fav.' });
    assert.equal(isHostingOrderId('a'.repeat(64)), true);
    assert.equal(isHostingOrderId('a'.repeat(65)), false);
    assert.equal(isHostingOrderId(''), false);
    assert.equal(isHostingOrderId(7), false);
  });
});
