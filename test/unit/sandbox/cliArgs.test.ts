// The CLI's flags as a user types them, read in-process (cli.test.ts runs the built bundle): what
// each flag turns into, the edges of every range, and the exact words of each refusal.
import * as assert from 'node:assert/strict';
import { parseCliArgs, UsageError } from '../../../src/sandbox/cli';

function refused(argv: string[], message: string | RegExp): void {
  assert.throws(() => parseCliArgs(argv), (err: unknown) => {
    assert.ok(err instanceof UsageError, `${argv.join(' ')}: ${String(err)}`);
    if (typeof message === 'string') assert.equal(err.message, message);
    else assert.match(err.message, message);
    return true;
  }, argv.join(' '));
}

describe('sandbox CLI flags', () => {
  it('starts on a free port and nothing else when no flag is given', () => {
    assert.deepEqual(parseCliArgs([]), { port: 0 });
  });

  it('turns every flag into its option', () => {
    assert.deepEqual(parseCliArgs([
      '--port', '8787', '--host', '0.0.0.0', '--seed', '42', '--numbers', '0', '--latency-ms', '250',
      '--data', 'state.json', '--clock', 'manual', '--speed', '2.5', '--callback-secret', 's3cret',
    ]), {
      port: 8787, host: '0.0.0.0', seed: 42, numbers: 0, latencyMs: 250, dataFile: 'state.json', clock: 'manual', speed: 2.5, callbackSecret: 's3cret',
    });
    assert.deepEqual(parseCliArgs(['--clock', 'realtime']), { port: 0, clock: 'realtime' });
    assert.deepEqual(parseCliArgs(['--speed', '60']), { port: 0, speed: 60 });
  });

  it('answers --help with "help", whatever else is given', () => {
    assert.equal(parseCliArgs(['--help']), 'help');
    assert.equal(parseCliArgs(['--port', '1', '--help']), 'help');
  });

  it('takes the edges of each range and refuses one past them, saying the range', () => {
    assert.equal((parseCliArgs(['--port', '65535']) as { port: number }).port, 65535);
    refused(['--port', '65536'], '--port must be a whole number from 0 to 65535, not "65536"');
    refused(['--port=-1'], '--port must be a whole number from 0 to 65535, not "-1"');
    assert.equal((parseCliArgs(['--seed=-2147483648']) as { seed: number }).seed, -(2 ** 31));
    assert.equal((parseCliArgs(['--seed', '4294967296']) as { seed: number }).seed, 2 ** 32);
    refused(['--seed=-2147483649'], '--seed must be a whole number from -2147483648 to 4294967296, not "-2147483649"');
    refused(['--seed', '4294967297'], /^--seed must be a whole number from -2147483648 to 4294967296/);
    assert.equal((parseCliArgs(['--numbers', '200000']) as { numbers: number }).numbers, 200_000);
    refused(['--numbers', '200001'], '--numbers must be a whole number from 0 to 200000, not "200001"');
    assert.equal((parseCliArgs(['--latency-ms', '600000']) as { latencyMs: number }).latencyMs, 600_000);
    refused(['--latency-ms', '600001'], '--latency-ms must be a whole number from 0 to 600000, not "600001"');
  });

  it('refuses numbers that are not whole, anywhere in the text', () => {
    for (const value of ['1.5', '12abc', 'abc12', ' 12', '', '0x10', '1e3']) {
      refused(['--port', value], `--port must be a whole number from 0 to 65535, not "${value}"`);
    }
  });

  it('refuses speeds that are not plain positive numbers', () => {
    for (const value of ['0', '0.0', 'fast', '-1', '1.', '.5', '1e3', '2x', 'x2']) {
      refused([`--speed=${value}`], `--speed must be a positive number, not "${value}"`);
    }
    assert.equal((parseCliArgs(['--speed', '0.5']) as { speed: number }).speed, 0.5);
    assert.equal((parseCliArgs(['--speed', '1.25']) as { speed: number }).speed, 1.25, 'more than one decimal');
  });

  it('refuses an empty data file name, an empty callback secret and an unknown clock', () => {
    refused(['--data='], '--data needs a file name');
    refused(['--callback-secret='], '--callback-secret must not be empty');
    refused(['--clock', 'Manual'], '--clock must be realtime or manual, not "Manual"');
  });

  it('refuses unknown flags, positional arguments and a flag without its value, as usage errors', () => {
    refused(['--bogus'], /Unknown option '--bogus'/);
    refused(['serve'], /Unexpected argument 'serve'/);
    refused(['--port'], /--port <value>' argument missing/);
  });
});
