// The extension hosts' log files of this run (code-server's logs folder), for tests that check
// what the extension logged. Log files are written behind a buffer: read them once the hosts
// have exited (close the pages first), when everything they logged is on disk.
import * as fs from 'fs';
import * as path from 'path';
import { host } from './host';
import { eventually } from './wait';

const EXTENSION_ID = 'sinch-community.sinch-qualified-numbers';

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function hostLogs(): string[] {
  return filesUnder(host().logsDir).filter((file) => path.basename(file) === 'remoteexthost.log');
}

/** Resolves once every extension host that started has logged its exit (close the pages first). */
export async function waitForExtensionHostsToExit(timeout = 20000): Promise<void> {
  await eventually(
    () =>
      hostLogs().every((file) => {
        const text = fs.readFileSync(file, 'utf8');
        return !/Extension host with pid \d+ started/.test(text) || /Extension host with pid \d+ exiting/.test(text);
      }),
    { timeout, message: 'the extension hosts of the closed pages to exit' },
  );
}

/** When a log entry was written ("2026-11-26 21:09:52.896 [error] ...", local time). */
function entryTime(entry: string): number {
  const [date, time] = entry.split(' ', 2);
  return new Date(`${date}T${time}`).getTime();
}

/** Folders of the extension hosts (one per window) that started at or after `since`. */
function hostFolders(since: number): string[] {
  return hostLogs()
    .filter((file) => entryTime(fs.readFileSync(file, 'utf8')) >= since)
    .map((file) => path.dirname(file));
}

/** The .log files of the extension hosts of windows opened at or after `since` (their own and every channel's). */
export function extensionHostLogFiles(options: { since?: number } = {}): string[] {
  return hostFolders(options.since ?? 0)
    .flatMap((folder) => filesUnder(folder))
    .filter((file) => file.endsWith('.log'));
}

/** A file of the extension's own log channel ("Sinch"). */
export function isExtensionChannelLog(file: string): boolean {
  return file.includes(`${path.sep}${EXTENSION_ID}${path.sep}`);
}

/**
 * [error] entries about our extension from the extension hosts of windows opened at or after
 * `since` (epoch ms, default: all of this run): every entry of its own log channel, and those of
 * the host log (a line plus its indented stack) that name the extension or its installed code.
 * `before` keeps only entries written earlier, e.g. before the window was closed.
 */
export function extensionErrorEntries(options: { since?: number; before?: number } = {}): string[] {
  return extensionHostLogFiles(options)
    .flatMap((file) => {
      const ourChannel = isExtensionChannelLog(file);
      return fs
        .readFileSync(file, 'utf8')
        .split(/\n(?=\d{4}-\d\d-\d\d[ T])/)
        .filter((entry) => /^\S+ \S+ \[error\]/.test(entry))
        .filter((entry) => ourChannel || entry.includes(EXTENSION_ID))
        .filter((entry) => options.before === undefined || entryTime(entry) < options.before)
        .map((entry) => `${path.basename(file)}: ${entry.split('\n').slice(0, 4).join('\n')}`);
    });
}
