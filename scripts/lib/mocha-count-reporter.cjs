// mocha's spec output for people, plus the counts in a JSON file for scripts/test.mjs
// (SINCH_MOCHA_RESULT_FILE). CommonJS because mocha loads reporters with require().
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file by necessity */
const { writeFileSync } = require('node:fs');
const { reporters } = require('mocha');

class CountingSpecReporter extends reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const file = process.env.SINCH_MOCHA_RESULT_FILE;
      if (!file) return;
      const { passes, failures, pending } = this.stats;
      writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, pending }));
    });
  }
}

module.exports = CountingSpecReporter;
