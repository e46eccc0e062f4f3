// A picked local time that does not exist is refused rather than rolled over by Date.
import * as assert from 'node:assert/strict';
import { parseLocalInput } from '../../../../src/model/textEnable/dates';

describe('local date input', () => {
  it('reads a valid time, spaces around it, and a short fraction', () => {
    assert.deepEqual(parseLocalInput(' 2024-02-29T23:59:58.5 '), { year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 58, millisecond: 500 });
    assert.deepEqual(parseLocalInput('2025-01-06T09:01'), { year: 2025, month: 1, day: 6, hour: 9, minute: 1, second: 0, millisecond: 0 });
  });

  it('refuses days, hours, minutes and seconds that roll over, and years before 100', () => {
    for (const bad of ['2025-02-29T10:00', '2025-04-31T10:00', '2025-13-01T10:00', '2025-01-01T24:00', '2025-01-01T10:60', '2025-01-01T10:00:60', '0050-01-01T10:00']) {
      assert.equal(parseLocalInput(bad), undefined, bad);
    }
  });
});
