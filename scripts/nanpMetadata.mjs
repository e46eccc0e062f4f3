// libphonenumber-js's "min" metadata describes every country (~83 KB minified, in each bundle that
// parses a number). Our code only ever asks it about +1 numbers: Sinch hosts US/CA numbers, and
// src/model/phone.ts refuses anything else before the library sees it. The country of a +1 number
// is decided among the countries of calling code 1 alone, so the bundles carry just those
// (25 countries, ~4 KB) and give the same answers. test/unit/build checks that claim.
import { readFileSync } from 'node:fs';

/** The part of a libphonenumber-js metadata object that +1 numbers use. */
export function nanpMetadata(full) {
  const countries = full.country_calling_codes['1'];
  return {
    ...full,
    country_calling_codes: { 1: countries },
    countries: Object.fromEntries(countries.map((country) => [country, full.countries[country]])),
    nonGeographic: {},
  };
}

/** esbuild plugin: libphonenumber-js's min metadata (JSON, or its ES module twin) loads as its +1 part. */
export function nanpMetadataPlugin() {
  return {
    name: 'nanp-metadata',
    setup(build) {
      build.onLoad({ filter: /[\\/]libphonenumber-js[\\/]metadata\.min\.json(\.js)?$/ }, (args) => {
        const full = JSON.parse(readFileSync(args.path.replace(/\.js$/, ''), 'utf8'));
        return { contents: `export default ${JSON.stringify(nanpMetadata(full))};`, loader: 'js' };
      });
    },
  };
}
