// Times in a number's tooltip follow the locale and time zone asked for, each its own, even when
// several are used in one session; text that is not a time is shown as it came.
import assert from 'node:assert/strict';
import { localTime } from '../../../../src/model/tree/localTime';

const NOON_UTC = '2024-04-30T12:00:00Z';

describe('local times in tooltips', () => {
  it('shows one moment in each zone asked for', () => {
    assert.match(localTime(NOON_UTC, { locale: 'en-US', timeZone: 'America/Chicago' }), /^Apr 30, 2024, 7:00\sAM$/);
    assert.match(localTime(NOON_UTC, { locale: 'en-US', timeZone: 'Asia/Tokyo' }), /^Apr 30, 2024, 9:00\sPM$/);
    assert.match(localTime(NOON_UTC, { locale: 'en-US', timeZone: 'America/Chicago' }), /^Apr 30, 2024, 7:00\sAM$/);
  });

  it('shows one moment in each locale asked for', () => {
    assert.match(localTime(NOON_UTC, { locale: 'en-GB', timeZone: 'UTC' }), /^30 Apr 2024, 12:00$/);
    assert.match(localTime(NOON_UTC, { locale: 'en-US', timeZone: 'UTC' }), /^Apr 30, 2024, 12:00\sPM$/);
  });

  it('shows text that is not a time as it came', () => {
    assert.equal(localTime('soon', { locale: 'en-US', timeZone: 'UTC' }), 'soon');
    assert.equal(localTime(''), '');
  });
});
