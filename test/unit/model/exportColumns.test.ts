// The hosting error and the two times land in their own columns.
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { exportNumbers } from '../../../src/model/exportFormat';

describe('export: hosting error and times', () => {
  it('fills the hosting error, created and updated columns', () => {
    const csv = exportNumbers([{
      phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED', hostedNumber: { status: 2, error: 'carrier refused' },
      createdTime: '2024-05-01T10:00:00Z', updatedTime: '2024-05-02T11:00:00Z',
    }], 'csv');
    const [row] = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
    assert.equal(row.hostingError, 'carrier refused');
    assert.equal(row.createdTime, '2024-05-01T10:00:00Z');
    assert.equal(row.updatedTime, '2024-05-02T11:00:00Z');
  });
});
