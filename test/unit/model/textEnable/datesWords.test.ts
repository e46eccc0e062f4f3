// Scheduled times in messages and in the picker: every weekday and month name, padded hours and
// minutes, text that is not a time shown as it came; the picker's reverse conversion (what it
// refuses, the zone asked at the UTC wall-clock time); fractions of a second; the wire format's edges.
import assert from 'node:assert/strict';
import { describeUtc, fixedZone, isUtcIso, localInputToUtcIso, parseLocalInput, utcIsoToLocalInput, type LocalParts } from '../../../../src/model/textEnable/dates';

describe('scheduled time words and edges', () => {
  it('names every weekday and pads hours and minutes', () => {
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    days.forEach((day, i) => {
      assert.equal(describeUtc(`2030-01-${String(6 + i).padStart(2, '0')}T05:07:00Z`), `${day}, ${6 + i} Jan 2030, 05:07 UTC`);
    });
  });

  it('names every month', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    months.forEach((month, i) => {
      assert.match(describeUtc(`2030-${String(i + 1).padStart(2, '0')}-15T23:59:00Z`), new RegExp(`^\\w{3}, 15 ${month} 2030, 23:59 UTC$`));
    });
  });

  it('shows text that is not a time as it came', () => {
    assert.equal(describeUtc('next Tuesday'), 'next Tuesday');
  });

  it('shows in the picker only a UTC time with a Z', () => {
    assert.equal(utcIsoToLocalInput('2030-03-01T14:30:00+01:00', fixedZone(0)), undefined);
    assert.equal(utcIsoToLocalInput('2030-02-30T14:30:00Z', fixedZone(0)), undefined);
    assert.equal(utcIsoToLocalInput('2030-03-01T14:30:00Z', fixedZone(-330)), '2030-03-01T20:00');
  });

  it('asks the zone for its offset at the UTC wall-clock time when showing a time in the picker', () => {
    const asked: LocalParts[] = [];
    const summer = (p: LocalParts): number => {
      asked.push(p);
      return p.month >= 4 && p.month <= 10 ? 240 : 300;
    };
    assert.equal(utcIsoToLocalInput('2030-07-15T13:05:09.500Z', summer), '2030-07-15T09:05');
    assert.deepEqual(asked, [{ year: 2030, month: 7, day: 15, hour: 13, minute: 5, second: 9, millisecond: 0 }]);
    assert.equal(utcIsoToLocalInput('2030-01-15T14:00:00Z', summer), '2030-01-15T09:00');
  });

  it('reads a fraction of a second as milliseconds', () => {
    assert.equal(parseLocalInput('2030-01-01T10:00:00.05')?.millisecond, 50);
    assert.equal(parseLocalInput('2030-01-01T10:00:00.123')?.millisecond, 123);
    assert.equal(parseLocalInput('2030-01-01T10:00:00.1234'), undefined);
    assert.equal(localInputToUtcIso('2030-01-01T10:00:00.5', fixedZone(60)), '2030-01-01T11:00:00.500Z');
  });

  it('takes up to nine digits of a second on the wire, and only a real date', () => {
    assert.equal(isUtcIso('2030-01-13T14:34:40.123456789Z'), true);
    assert.equal(isUtcIso('2030-01-13T14:34:40.1234567890Z'), false);
    assert.equal(isUtcIso('2030-01-13T14:34:40.Z'), false);
    assert.equal(isUtcIso('2030-01-13T24:34:40Z'), false);
    assert.equal(isUtcIso('2030-01-13T14:34Z'), false);
    assert.equal(isUtcIso(' 2030-01-13T14:34:40Z'), false);
    assert.equal(isUtcIso('2030-01-13T14:34:40Z '), false);
  });
});
