// The integration runner refuses a bundle that lost a suite file; its list must match the sources.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXPECTED_SUITES, suiteMismatch } from '../../integration/index';

describe('integration suite files the runner expects', () => {
  it('lists exactly the suite files in test/integration/suite', () => {
    const sources = readdirSync(join(__dirname, '../../integration/suite')).filter((f) => f.endsWith('.test.ts')).map((f) => f.replace(/\.test\.ts$/, ''));
    assert.deepEqual([...EXPECTED_SUITES].sort(), sources.sort());
  });

  it('names a missing suite file and one that is not listed', () => {
    const bundled = EXPECTED_SUITES.filter((name) => name !== 'sidebar').map((name) => `/x/dist-test/integration/suite/${name}.test.js`);
    assert.deepEqual(suiteMismatch([...bundled, '/x/suite/stray.test.js']), { missing: ['sidebar'], unexpected: ['stray'] });
    assert.deepEqual(suiteMismatch(EXPECTED_SUITES.map((name) => `/x/suite/${name}.test.js`)), { missing: [], unexpected: [] });
  });
});
