// Seed 1's data for the extension's sandbox project, pinned: the integration and e2e suites, the
// docs and people's screenshots name its numbers, and "the same seed gives the same data on every
// machine" must hold across versions too. A change here is a deliberate change of the demo data
// (update the suites that name numbers), never a side effect.
import * as assert from 'node:assert/strict';
import { MANUAL_CLOCK_START_MS } from '../../../src/sandbox/clock';
import { challengeCode } from '../../../src/sandbox/lifecycle';
import { hashString, mulberry32, pick, randomInt, rngFor, ulidLike, uuidLike } from '../../../src/sandbox/prng';
import { orderId, seedProject } from '../../../src/sandbox/seed';

describe('sandbox seed 1, pinned', () => {
  // Seeded inside each test, not once when the file loads: mutation testing credits code only to
  // the test it runs in, and would otherwise never check the seeding against this file.
  const seed1 = (): ReturnType<ReturnType<typeof seedProject>['toStored']> => seedProject(1, 'sandbox-project', 60, MANUAL_CLOCK_START_MS).toStored();

  it('seeds the same first numbers, states, regions and times', () => {
    const stored = seed1();
    assert.deepEqual(stored.numbers.slice(0, 12).map((n) => [n.phoneNumber, n.state.replace('GLOBAL_PROCESS_STATE_', ''), n.regionCode, new Date(n.createdAt).toISOString(), new Date(n.updatedAt).toISOString()]), [
      ['+15125264642', 'ELIGIBLE_CHECK_PENDING', 'US', '2025-01-06T07:04:00.000Z', '2025-01-06T07:04:00.000Z'],
      ['+14163302912', 'ELIGIBLE', 'CA', '2024-12-17T09:52:00.000Z', '2024-12-19T12:32:50.000Z'],
      ['+14042230081', 'NOT_ELIGIBLE', 'US', '2025-01-02T03:26:00.000Z', '2025-01-06T08:56:57.000Z'],
      ['+19029005979', 'VERIFICATION_PENDING', 'CA', '2024-12-26T10:41:00.000Z', '2025-01-05T01:24:37.000Z'],
      ['+16175934416', 'VERIFICATION_FAILED', 'US', '2025-01-03T15:50:00.000Z', '2025-01-05T04:33:09.000Z'],
      ['+16132248442', 'VERIFICATION_BLOCKED', 'CA', '2025-01-03T05:07:00.000Z', '2025-01-03T06:39:21.000Z'],
      ['+18887624610', 'VERIFIED', 'US', '2024-12-12T16:49:00.000Z', '2024-12-22T08:45:33.000Z'],
      ['+15148912034', 'HOSTING_IN_PROGRESS', 'CA', '2024-12-27T19:36:00.000Z', '2025-01-06T08:59:15.000Z'],
      ['+18774354251', 'HOSTING_DONE', 'US', '2024-12-22T17:18:00.000Z', '2025-01-01T15:58:10.000Z'],
      ['+12017419968', 'HOSTING_FAILED', 'US', '2024-12-23T03:19:00.000Z', '2025-01-06T05:20:40.000Z'],
      ['+15125496739', 'ELIGIBLE_CHECK_PENDING', 'US', '2025-01-06T08:18:00.000Z', '2025-01-06T08:18:00.000Z'],
      ['+14168775905', 'ELIGIBLE', 'CA', '2025-01-01T21:37:00.000Z', '2025-01-03T20:38:19.000Z'],
    ]);
    assert.deepEqual(stored.lastCodes.slice(0, 3), [['+19029005979', '933986'], ['+16175934416', '18924'], ['+16132248442', '89699']]);
  });

  it('seeds the same hosting orders', () => {
    const stored = seed1();
    assert.deepEqual(stored.orders.map((o) => [o.hostingOrderId, o.state, o.kind, o.regionCode, o.displayName, o.servicePlanId, o.campaignId ?? null, o.numbers.length]), [
      ['ytf8k3j816ze6byqrxxvnanmb6', 'IN_PROGRESS', 'standard', 'CA', '10DLC numbers (CA) #1', '2d1be23c72502394d75927a68b3c12e5', 'CE0RSYE', 2],
      ['r45s51d9dd6xqw9gzdhswj32tz', 'COMPLETED', 'tollFree', 'US', 'Toll-free numbers (US) #2', '8473dd66bc381c7ab67abc426fd7694c', null, 3],
      ['6770622wtttz6f9z34sr92pb6g', 'COMPLETED', 'standard', 'US', '10DLC numbers (US) #3', '2023a867951f17c15456b1847f2c2785', 'CCQRCKQ', 4],
      ['mt6f3qxaxc5tqvk7tr7ygnjn3b', 'IN_PROGRESS', 'standard', 'US', '10DLC numbers (US) #4', '317db585f4602cf0b020fba20b671f07', 'C19DU1L', 4],
      ['a3jcheyge9dkp684sg52zth280', 'COMPLETED', 'standard', 'US', '10DLC numbers (US) #5', '3d4b0d57e31ec797766bbd470b7face8', 'C57N94P', 2],
      ['wthex6enk8yt30s989rmj5z4tg', 'COMPLETED', 'standard', 'CA', '10DLC numbers (CA) #6', 'f4e8fd9c78b722910d18541cd3845c46', 'CX78AV3', 1],
      ['n1asmxyf2a3wa6a8qxvfwn6vcq', 'COMPLETED', 'tollFree', 'US', 'Toll-free numbers (US) #7', '003c893778826b26e25de6db7e8ca0f4', null, 2],
    ]);
    assert.equal(orderId(1, 'sandbox-project', 1), 'ytf8k3j816ze6byqrxxvnanmb6');
    assert.deepEqual(stored.orders[0].info, {
      authorisedPerson: { firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com' },
      address: { buildingNumber: '1', street: 'Main Street', city: 'Toronto', state: 'ON', postalCode: 'M5V 2T6', country: 'CA' },
      serviceProvider: 'Sinch America Inc.',
      currentVoiceCarrier: 'Verizon',
      loaType: 'DIRECT',
    });
  });

  it('draws the same values from the generator, the hash and the ID shapes', () => {
    const rng = mulberry32(1);
    assert.deepEqual([rng(), rng(), rng()], [0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    assert.deepEqual([hashString(''), hashString('abc'), hashString('sandbox-project')], [2166136261, 440920331, 413062104]);
    assert.equal(ulidLike(rngFor(1, 'x')), 'nz7ntvwy2ms3qjdq97z5m89wfj');
    assert.equal(uuidLike(rngFor(1, 'x')), 'af3addef-1ac1-496b-83f2-a44e79decfa4');
    assert.deepEqual([challengeCode(1, '+12025550134', 1), challengeCode(1, '+12025550134', 2), challengeCode(7, '+14165550123', 1)], ['71042', '359522', '6602']);
    const q = rngFor('a');
    assert.deepEqual([randomInt(q, 5, 9), pick(q, ['a', 'b', 'c'])], [8, 'a']);
  });
});
