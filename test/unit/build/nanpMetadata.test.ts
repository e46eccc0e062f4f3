// The bundles parse phone numbers with only the +1 part of libphonenumber-js's metadata
// (scripts/nanpMetadata.mjs). That is safe only if every +1 number gets the same country from
// the part as from the whole: checked here for every area code, with exchanges that reach the
// per-exchange rules some Caribbean countries have.
import * as assert from 'assert';
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import fullMetadata from 'libphonenumber-js/metadata.min.json';

const full = fullMetadata as MetadataJson;
let part: MetadataJson;

function countryWith(metadata: MetadataJson, e164: string): string | undefined {
  return parsePhoneNumberFromString(e164, metadata)?.country;
}

describe('NANP metadata used by the bundles', () => {
  before(async () => {
    // The build script is an ES module; this test file is CommonJS.
    const { nanpMetadata } = await import('../../../scripts/nanpMetadata.mjs');
    part = nanpMetadata(full);
  });

  it('gives every +1 number the country the full metadata gives it', () => {
    const differences: string[] = [];
    let checked = 0;
    for (let area = 200; area <= 999; area++) {
      for (const exchange of ['200', '234', '456', '555', '678', '789', '999']) {
        const e164 = `+1${area}${exchange}0134`;
        const expected = countryWith(full, e164);
        const actual = countryWith(part, e164);
        checked += 1;
        if (actual !== expected) differences.push(`${e164}: ${String(actual)} instead of ${String(expected)}`);
      }
    }
    assert.strictEqual(checked, 800 * 7);
    assert.deepStrictEqual(differences.slice(0, 10), []);
  });

  it('still knows US and CA apart, and keeps no other calling code', () => {
    assert.strictEqual(countryWith(part, '+14165550134'), 'CA');
    assert.strictEqual(countryWith(part, '+12025550134'), 'US');
    assert.strictEqual(countryWith(part, '+18765550134'), 'JM');
    assert.deepStrictEqual(Object.keys(part.country_calling_codes), ['1']);
    assert.strictEqual(countryWith(part, '+442071838750'), undefined);
  });
});
