// Command line: `node dist/sandbox.js [flags]` runs the sandbox until SIGINT/SIGTERM.
// stdout carries exactly one line once ready (scripts wait for it); notes go to stderr.
import { parseArgs } from 'node:util';
import type { SandboxClockMode, SandboxOptions } from './contract';
import { startSandbox } from './server';

const USAGE = `Usage: node dist/sandbox.js [options]

Offline emulator of the Sinch Qualified Numbers API (and its OAuth2 token endpoint).

Options:
  --port N              port to listen on; 0 picks a free one (default 0)
  --host H              address to bind (default 127.0.0.1)
  --seed N              seed for generated data and voice codes (default 1)
  --numbers N           numbers seeded per project (default 60; 0 for none)
  --latency-ms N        latency added to every API response (default 0)
  --data FILE           keep state in FILE across restarts (atomic writes)
  --clock MODE          realtime (default) or manual (moves only via POST /_sandbox/clock)
  --speed N             virtual seconds per real second in realtime mode (default 1)
  --callback-secret S   sign callbacks with HMAC-SHA1 (X-Sinch-Signature)
  --help                show this help

See docs/SANDBOX.md for endpoints, lifecycle rules and fault scripting.`;

export class UsageError extends Error {}

function whole(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, not "${value}"`);
  return Number(value);
}

/** Flags -> options; throws UsageError with a message fit for the terminal. */
export function parseCliArgs(argv: string[]): SandboxOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' }, host: { type: 'string' }, seed: { type: 'string' }, numbers: { type: 'string' },
        'latency-ms': { type: 'string' }, data: { type: 'string' }, clock: { type: 'string' }, speed: { type: 'string' },
        'callback-secret': { type: 'string' }, help: { type: 'boolean' },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) return 'help';
  const options: SandboxOptions = {};
  const set = <K extends keyof SandboxOptions>(key: K, value: SandboxOptions[K] | undefined): void => {
    if (value !== undefined) options[key] = value;
  };
  set('port', whole('port', values.port, 0, 65535) ?? 0);
  set('host', values.host);
  set('seed', whole('seed', values.seed, -(2 ** 31), 2 ** 32));
  set('numbers', whole('numbers', values.numbers, 0, 200_000));
  set('latencyMs', whole('latency-ms', values['latency-ms'], 0, 600_000));
  if (values.data === '') throw new UsageError('--data needs a file name');
  set('dataFile', values.data);
  if (values.clock !== undefined && values.clock !== 'realtime' && values.clock !== 'manual') throw new UsageError(`--clock must be realtime or manual, not "${values.clock}"`);
  set('clock', values.clock as SandboxClockMode | undefined);
  if (values.speed !== undefined) {
    const speed = Number(values.speed);
    if (!/^\d+(\.\d+)?$/.test(values.speed) || !(speed > 0)) throw new UsageError(`--speed must be a positive number, not "${values.speed}"`);
    options.speed = speed;
  }
  if (values['callback-secret'] === '') throw new UsageError('--callback-secret must not be empty');
  set('callbackSecret', values['callback-secret']);
  return options;
}

async function main(): Promise<void> {
  let options: SandboxOptions | 'help';
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`sandbox: ${(err as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const sandbox = await startSandbox(options);
  process.stdout.write(`Sinch sandbox listening on ${sandbox.url}\n`);
  process.stderr.write(`(${options.clock ?? 'realtime'} clock${options.dataFile ? `, data in ${options.dataFile}` : ''}; any key ID and secret work; Ctrl+C to stop)\n`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`sandbox: error while stopping: ${(err as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`sandbox: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
