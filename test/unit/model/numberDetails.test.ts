import assert from 'node:assert/strict';
import type { QualifiedNumber } from '../../../src/api/types';
import { numberDetailsDocument } from '../../../src/model/numberDetails';

const number: QualifiedNumber = {
  phoneNumber: '+12025550134',
  regionCode: 'US',
  globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED',
  osrEligibility: { status: 'DONE' },
  ownershipVerification: { status: 3 },
  hostedNumber: { status: 0 },
  createdTime: '2024-04-30T12:00:00Z',
};

describe('number details document', () => {
  it('keeps every value as the API sent it, with the meaning of numeric statuses beside them', () => {
    const text = numberDetailsDocument(number);
    const lines = text.split('\n');
    assert.ok(lines.includes('    "status": 0 // HOSTING_STATUS_UNSPECIFIED: Not hosted yet'), text);
    assert.ok(lines.includes('    "status": 3 // DONE: Done'), text);
    // A string status already says what it is; times stay in UTC as sent.
    assert.ok(lines.includes('    "status": "DONE"'), text);
    assert.ok(lines.includes('  "createdTime": "2024-04-30T12:00:00Z"'), text);
    // Without the comments it is the API's JSON.
    assert.deepEqual(JSON.parse(text.replace(/ \/\/ .*$/gm, '')), number);
  });

  it('leaves an unknown status number uncommented', () => {
    assert.ok(numberDetailsDocument({ ...number, hostedNumber: { status: 7 } }).split('\n').includes('    "status": 7'));
  });
});
