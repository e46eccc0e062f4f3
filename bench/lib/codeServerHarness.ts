// The bench's seam to the test harness's ES modules (scripts/lib: tools, code-server, browser),
// typed here once for every section that measures in a real VS Code.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './build';

export interface CodeServer {
  port: number;
  workbenchUrl(query: Record<string, string>): string;
  stop(): Promise<void>;
}

/** `Browser` is what the section needs of the Playwright context that `launchBrowser` returns. */
export interface Harness<Browser> {
  ensureTools(log: (line: string) => void): Promise<unknown>;
  startCodeServer(options: { dir: string; workspace: string; smokeTestDriver: boolean; settings: Record<string, unknown> }): Promise<CodeServer>;
  launchBrowser(profileDir: string): Promise<Browser>;
}

export async function loadHarness<Browser>(): Promise<Harness<Browser>> {
  const load = async (file: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(repoRoot, 'scripts', 'lib', file)).href)) as Record<string, unknown>;
  const [tools, codeServer, browser] = await Promise.all([load('tools.mjs'), load('codeServer.mjs'), load('browser.mjs')]);
  const harness = { ensureTools: tools.ensureTools, startCodeServer: codeServer.startCodeServer, launchBrowser: browser.launchBrowser };
  for (const [name, fn] of Object.entries(harness)) if (typeof fn !== 'function') throw new Error(`scripts/lib no longer exports ${name}`);
  return harness as Harness<Browser>;
}
