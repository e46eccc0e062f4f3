import assert from 'node:assert/strict';
import Papa from 'papaparse';
import type { QualifiedNumber } from '../../../src/api/types';
import { CSV_COLUMNS, exportFileName, exportNumbers } from '../../../src/model/exportFormat';

const numbers: QualifiedNumber[] = [
  { phoneNumber: '+12025550134', regionCode: 'US', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED', ownershipVerification: { status: 'DONE' }, updatedTime: '2024-05-01T10:00:00Z' },
  { phoneNumber: '+14165550100', regionCode: 'CA', globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED', hostedNumber: { status: 2, error: '=HYPERLINK("x"), "quoted"' } },
];

describe('export', () => {
  it('writes CSV with a header and one row per number that reads back the same', () => {
    const csv = exportNumbers(numbers, 'csv');
    const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
    assert.deepEqual(Object.keys(rows[0]), [...CSV_COLUMNS]);
    assert.equal(rows.length, 2);
    assert.equal(rows[0].phoneNumber, '+12025550134');
    assert.equal(rows[0].state, 'Verified');
    assert.equal(rows[0].ownershipVerification, 'Done');
    assert.equal(rows[1].hosting, 'Failed');
  });

  it('defuses spreadsheet formulas from server text but leaves numbers alone', () => {
    const rows = Papa.parse<Record<string, string>>(exportNumbers(numbers, 'csv').trim(), { header: true }).data;
    assert.equal(rows[1].hostingError, `'=HYPERLINK("x"), "quoted"`);
    assert.equal(rows[1].phoneNumber, '+14165550100');
  });

  it('writes JSON in the API shape', () => {
    assert.deepEqual(JSON.parse(exportNumbers(numbers, 'json')), { qualifiedNumbers: numbers });
  });

  it('names the file by date and format', () => {
    assert.equal(exportFileName('csv', new Date('2024-05-01T23:00:00Z')), 'qualified-numbers-2024-05-01.csv');
  });
});
