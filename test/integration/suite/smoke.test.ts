// The extension loads in a real extension host: it activates cleanly, logs no errors doing so,
// and every command it declares in package.json is really registered, through the one command table.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../../src/commands/index';

const EXTENSION_ID = 'sinch-community.sinch-qualified-numbers';

function ourExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded in this extension host`);
  return extension;
}

interface ContributedCommand {
  command: string;
  title: string;
}

function contributedCommands(extension: vscode.Extension<unknown>): ContributedCommand[] {
  // Read from disk at run time, not from a copy baked into the test bundle.
  const manifest = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'package.json'), 'utf8')) as {
    contributes?: { commands?: ContributedCommand[] };
  };
  return manifest.contributes?.commands ?? [];
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Error entries about our extension in the host's logs: every [error] line of its own log channel,
 * and [error] entries of the host's log (a line plus its indented stack) that name the extension or
 * point into its code.
 */
function extensionErrorLines(logsDir: string, extensionPath: string): string[] {
  const ourCode = path.join(extensionPath, 'dist') + path.sep;
  return filesUnder(logsDir)
    .filter((file) => file.endsWith('.log'))
    .flatMap((file) => {
      const ourChannel = file.includes(EXTENSION_ID);
      const entries = fs.readFileSync(file, 'utf8').split(/\n(?=\d{4}-\d\d-\d\d[ T])/);
      return entries
        .filter((entry) => /^\S+ \S+ \[error\]/.test(entry))
        .filter((entry) => ourChannel || entry.includes(EXTENSION_ID) || entry.includes(ourCode))
        .map((entry) => `${path.basename(file)}: ${entry.split('\n').slice(0, 4).join('\n')}`);
    });
}

/** The parts of the extension's exported API this file uses (see src/extension.ts). */
interface SmokeApi {
  services?: { log?: { info(message: string): void } };
  tree?: { model?: { whenIdle?: () => Promise<unknown> } };
}

async function whenStartupSettled(api: SmokeApi | undefined): Promise<void> {
  const model = api?.tree?.model;
  if (typeof model?.whenIdle === 'function') await model.whenIdle();
}

/**
 * Log files are written behind a buffer: write a marker through the extension's own channel and
 * wait until it is on disk, so every line logged before it is there too.
 */
async function flushExtensionLog(api: SmokeApi | undefined, logsDir: string): Promise<void> {
  const log = api?.services?.log;
  assert.ok(log, "the extension's API does not expose services.log");
  const marker = `smoke test: log flushed (${process.pid}-${Date.now()})`;
  log.info(marker);
  const deadline = Date.now() + 15000;
  const flushed = () =>
    filesUnder(logsDir).some((file) => file.includes(EXTENSION_ID) && fs.readFileSync(file, 'utf8').includes(marker));
  while (!flushed()) {
    if (Date.now() > deadline) assert.fail(`the marker line never reached the extension's log file under ${logsDir}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// index.ts runs this file first, so the log check sees start-up only, not errors that later
// tests provoke on purpose.
describe('Extension smoke', () => {
  it('activates without throwing', async () => {
    const extension = ourExtension();
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });

  it('logs no errors while activating', async () => {
    const extension = ourExtension();
    const api = (await extension.activate()) as SmokeApi | undefined;
    const logsDir = process.env.SINCH_TEST_LOGS_DIR;
    assert.ok(logsDir, 'SINCH_TEST_LOGS_DIR is not set: the runner must pass the host logs folder');
    // Start-up work continues after activate() (restoring the connection, loading the tree).
    await whenStartupSettled(api);
    await flushExtensionLog(api, logsDir);
    assert.deepStrictEqual(extensionErrorLines(logsDir, extension.extensionPath), []);
  });

  it('registers every command that package.json contributes', async () => {
    const extension = ourExtension();
    await extension.activate();
    const declared = contributedCommands(extension);
    assert.ok(declared.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((c) => !registered.has(c.command)).map((c) => `${c.command} (${c.title})`);
    assert.deepStrictEqual(missing, [], 'declared in package.json but not registered');
  });

  it('registers every command through the one command table (src/commands/index.ts), and only declared ones', () => {
    const declared = contributedCommands(ourExtension()).map((c) => c.command).sort();
    assert.deepStrictEqual([...COMMAND_IDS].sort(), declared);
  });
});
