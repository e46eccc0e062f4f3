import * as assert from 'node:assert/strict';
import { describeUtc, fixedZone, isUtcIso, localInputToUtcIso, parseLocalInput, utcIsoToLocalInput } from '../../../../src/model/textEnable/dates';

describe('scheduled times: local picker value <-> UTC ISO-8601', () => {
  it('converts a local time to UTC with the zone offset', () => {
    assert.equal(localInputToUtcIso('2030-03-01T09:30', fixedZone(300)), '2030-03-01T14:30:00.000Z'); // UTC-5
    assert.equal(localInputToUtcIso('2030-03-01T09:30', fixedZone(-60)), '2030-03-01T08:30:00.000Z'); // UTC+1
    assert.equal(localInputToUtcIso('2030-12-31T23:30', fixedZone(300)), '2031-01-01T04:30:00.000Z'); // crosses the year
    assert.equal(localInputToUtcIso('2030-03-01T09:30:15', fixedZone(0)), '2030-03-01T09:30:15.000Z');
  });

  it('follows daylight saving time in a real zone', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      assert.equal(localInputToUtcIso('2030-01-15T09:00'), '2030-01-15T14:00:00.000Z'); // EST
      assert.equal(localInputToUtcIso('2030-07-15T09:00'), '2030-07-15T13:00:00.000Z'); // EDT
      assert.equal(utcIsoToLocalInput('2030-07-15T13:00:00.000Z'), '2030-07-15T09:00');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('round-trips through the picker format', () => {
    const zone = fixedZone(420);
    const utc = localInputToUtcIso('2030-08-09T17:45', zone);
    assert.ok(utc);
    assert.equal(utcIsoToLocalInput(utc, zone), '2030-08-09T17:45');
  });

  it('refuses values that are not real dates instead of rolling them over', () => {
    for (const bad of ['2030-02-30T10:00', '2030-13-01T10:00', '2030-01-01T24:00', '2030-01-01', 'tomorrow', '']) {
      assert.equal(parseLocalInput(bad), undefined, bad);
      assert.equal(localInputToUtcIso(bad, fixedZone(0)), undefined, bad);
    }
  });

  it('accepts only UTC ISO-8601 with a Z on the wire', () => {
    assert.equal(isUtcIso('2023-01-13T14:34:40.968Z'), true);
    assert.equal(isUtcIso('2023-01-13T14:34:40Z'), true);
    assert.equal(isUtcIso('2023-01-13T14:34:40+01:00'), false);
    assert.equal(isUtcIso('2023-02-30T14:34:40Z'), false);
    assert.equal(isUtcIso('2023-01-13 14:34:40Z'), false);
  });

  it('describes a UTC time in words independent of the locale', () => {
    assert.equal(describeUtc('2030-03-01T14:30:00.000Z'), 'Fri, 1 Mar 2030, 14:30 UTC');
  });
});
