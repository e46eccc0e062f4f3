// Loaded by every mocha run (unit and e2e `require`): an unhandled promise rejection is a bug in the
// code or the test, yet mocha only warns about it and still says "N passing" with exit 0. Rethrown
// here it becomes an uncaught exception, which mocha fails the running test with (or the run, when
// no test is running). Uncaught exceptions fail the run already.
process.on('unhandledRejection', (reason: unknown) => {
  throw reason instanceof Error ? reason : new Error(`Unhandled promise rejection: ${String(reason)}`);
});
