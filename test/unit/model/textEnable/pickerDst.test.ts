// The picker shows a UTC time in the offset of that very moment: 06:30 UTC on the morning New York
// springs forward is 01:30 EST, not 02:30 (a time that does not exist there).
import * as assert from 'node:assert/strict';
import { utcIsoToLocalInput } from '../../../../src/model/textEnable/dates';

describe('picker time around the spring-forward change', () => {
  it('uses the offset of the moment shown', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      assert.equal(utcIsoToLocalInput('2030-03-10T06:30:00.000Z'), '2030-03-10T01:30');
      assert.equal(utcIsoToLocalInput('2030-03-10T07:30:00.000Z'), '2030-03-10T03:30');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
