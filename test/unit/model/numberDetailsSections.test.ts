// Only a detail status that sits directly in osrEligibility, ownershipVerification or hostedNumber
// gets its meaning beside it: not one nested deeper, not one under another key, not a fraction.
import assert from 'node:assert/strict';
import type { QualifiedNumber } from '../../../src/api/types';
import { numberDetailsDocument } from '../../../src/model/numberDetails';

const base: QualifiedNumber = { phoneNumber: '+12025550134', globalProcessState: 'GLOBAL_PROCESS_STATE_VERIFIED' };

describe('number details: which statuses get words', () => {
  it('a numeric eligibility status', () => {
    const lines = numberDetailsDocument({ ...base, osrEligibility: { status: 1 } }).split('\n');
    assert.ok(lines.includes('    "status": 1 // WAITING: Waiting'), lines.join('\n'));
  });

  it('not a status nested deeper, and the section still counts after it', () => {
    const odd = { ...base, osrEligibility: { extra: { status: 1 }, status: 4 } } as unknown as QualifiedNumber;
    const lines = numberDetailsDocument(odd).split('\n');
    assert.ok(lines.includes('      "status": 1'), lines.join('\n'));
    assert.ok(lines.includes('    "status": 4 // FAILED: Failed'), lines.join('\n'));
  });

  it('not a status under a key that is not a detail section', () => {
    const odd = { ...base, ownershipVerification: { status: 3 }, 'x-extra': { status: 1 } } as unknown as QualifiedNumber;
    const lines = numberDetailsDocument(odd).split('\n');
    assert.ok(lines.includes('    "status": 3 // DONE: Done'), lines.join('\n'));
    assert.ok(lines.includes('    "status": 1'), lines.join('\n'));
  });

  it('not a status in a section the API adds later, without failing', () => {
    const odd = { ...base, carrierCheck: { status: 1 } } as unknown as QualifiedNumber;
    assert.ok(numberDetailsDocument(odd).split('\n').includes('    "status": 1'));
  });

  it('not a status that is not a whole number', () => {
    const lines = numberDetailsDocument({ ...base, hostedNumber: { status: 1.5 } }).split('\n');
    assert.ok(lines.includes('    "status": 1.5'), lines.join('\n'));
  });
});
