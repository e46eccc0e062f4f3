// A number without region, errors or times exports empty cells, never "undefined"; errors that are
// there land in their own columns.
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { exportNumbers } from '../../../src/model/exportFormat';

describe('export: empty and error cells', () => {
  it('leaves absent values empty and puts each error in its column', () => {
    const csv = exportNumbers([
      { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_ELIGIBLE' },
      {
        phoneNumber: '+14045550100', regionCode: 'US', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED',
        osrEligibility: { status: 'FAILED', error: 'carrier says no' }, ownershipVerification: { status: 'FAILED', error: 'wrong code' },
      },
    ], 'csv');
    const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
    assert.deepEqual(rows[0], {
      phoneNumber: '+12025550134', regionCode: '', globalProcessState: 'GLOBAL_PROCESS_STATE_ELIGIBLE', state: 'Eligible',
      osrEligibility: 'Not started', osrEligibilityError: '', ownershipVerification: 'Not started', ownershipVerificationError: '',
      hosting: rows[0].hosting, hostingError: '', createdTime: '', updatedTime: '',
    });
    assert.equal(rows[1].regionCode, 'US');
    assert.equal(rows[1].osrEligibilityError, 'carrier says no');
    assert.equal(rows[1].ownershipVerificationError, 'wrong code');
  });
});
