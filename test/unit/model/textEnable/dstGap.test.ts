// In a zone with daylight saving time, the picker's local time is placed the way a browser places
// it: the offset of the date picked (not of a month later), and a time inside the spring-forward
// gap moved forward by the gap.
import * as assert from 'node:assert/strict';
import { localInputToUtcIso, systemZone } from '../../../../src/model/textEnable/dates';

function inNewYork(check: () => void): void {
  const saved = process.env.TZ;
  process.env.TZ = 'America/New_York';
  try {
    check();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('daylight saving time in the picker', () => {
  it('takes the offset of the picked date, weeks before the change', () => {
    inNewYork(() => {
      assert.equal(systemZone({ year: 2030, month: 2, day: 20, hour: 12, minute: 0, second: 0, millisecond: 0 }), 300);
      assert.equal(systemZone({ year: 2030, month: 3, day: 20, hour: 12, minute: 0, second: 0, millisecond: 0 }), 240);
    });
  });

  it('moves a time in the spring-forward gap forward, as the browser does', () => {
    inNewYork(() => {
      assert.equal(localInputToUtcIso('2030-03-10T02:30'), '2030-03-10T07:30:00.000Z');
    });
  });
});
