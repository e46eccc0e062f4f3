// Runs inside a real VS Code extension host (code-server), loaded as the extensionTestsPath with
// the `run()` contract. The extension under test is a copy whose package.json has no activation
// events, so it is still inactive here: this suite activates it, then plays the workbench's part
// for the tree (asks the provider for the root and its TreeItems on every change event) until
// every group shows its count. Times come from VS Code's own performance marks for loading and
// activating the extension, and Date.now() (the same clock) for the renders. Prints one line:
// BENCH_HOST_RESULT {json}.
import * as vscode from 'vscode';
import { secretKeyFor } from '../../src/model/profiles';
import { STATE_ORDER } from '../../src/model/states';

const EXTENSION_ID = 'sinch-community.sinch-qualified-numbers';
export const RESULT_MARKER = 'BENCH_HOST_RESULT';

export interface HostResult {
  /** VS Code's marks, epoch ms. */
  willLoadCode: number;
  didLoadCode: number;
  willActivate: number;
  didActivate: number;
  /** When this suite had the provider's first complete answer for the root (epoch ms). */
  firstRender: number;
  firstRenderItems: number;
  /** When every group's TreeItem showed a count (epoch ms). */
  counted: number;
  /**
   * Profile mode: the floor, measured in this host after the tree was counted: the profile's
   * SecretStorage read, a token, and one parallel round of the 10 lists, by hand (ms).
   */
  floor?: { secretMs: number; tokenMs: number; listsMs: number };
}

/**
 * `BENCH_HOST_MODE` (the extension host's environment): `sandbox` (default) counts the tree of the
 * built-in sandbox; `profileSetup` saves the bench profile (list in globalState, key in
 * SecretStorage) and stops; `profile` counts the tree the saved profile restores, against the
 * sandbox process at `BENCH_API_URL`, then measures the floor.
 */
type Mode = 'sandbox' | 'profileSetup' | 'profile';
export const BENCH_PROFILE = { name: 'bench', projectId: 'bench-project', authMethod: 'oauth2' as const, keyId: 'bench-key', keySecret: 'bench-secret' };

interface Exports {
  tree?: TreeProvider;
  services?: { connection: { describe(): string }; context: vscode.ExtensionContext };
}

interface TreeProvider {
  getChildren(element?: unknown): unknown[] | Thenable<unknown[]>;
  getTreeItem(element: unknown): vscode.TreeItem | Thenable<vscode.TreeItem>;
  onDidChangeTreeData: vscode.Event<unknown>;
}

interface PerformanceMarks {
  getMarks(): Array<{ name: string; startTime: number }>;
}

async function render(tree: TreeProvider): Promise<vscode.TreeItem[]> {
  const children = await tree.getChildren(undefined);
  return Promise.all(children.map(async (child) => tree.getTreeItem(child)));
}

function everyGroupCounted(items: vscode.TreeItem[]): boolean {
  return items.length === 10 && items.every((item) => typeof item.description === 'string' && /^\d/.test(item.description));
}

function mark(name: string): number {
  const marks = (globalThis as { MonacoPerformanceMarks?: PerformanceMarks }).MonacoPerformanceMarks?.getMarks() ?? [];
  const found = marks.find((m) => m.name === `code/extHost/${name}/${EXTENSION_ID}`);
  if (!found) throw new Error(`VS Code recorded no "${name}" mark for ${EXTENSION_ID}`);
  return found.startTime;
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this host`);
  if (extension.isActive) throw new Error(`${EXTENSION_ID} was already active: the bench copy must have no activation events`);

  const mode = (process.env.BENCH_HOST_MODE ?? 'sandbox') as Mode;
  const exports = (await extension.activate()) as Exports;
  if (mode === 'profileSetup') {
    await saveProfile(exports);
    console.log(`${RESULT_MARKER} ${JSON.stringify({ setup: true })}`);
    return;
  }
  const tree = exports.tree;
  if (!tree) throw new Error('the extension exported no tree');
  const firstItems = await render(tree);
  const firstRender = Date.now();

  const counted = await new Promise<number>((resolve, reject) => {
    let last: vscode.TreeItem[] = firstItems;
    const timer = setTimeout(() => {
      const shown = last.map((item) => `${String(item.label)}: ${String(item.description)}`).join(', ') || 'nothing';
      reject(new Error(`the tree did not show every count within 30 s (connection: ${exports.services?.connection.describe() ?? '?'}; tree shows ${shown})`));
    }, 30_000);
    let checking = false;
    let again = false;
    const check = async (): Promise<void> => {
      if (checking) {
        again = true;
        return;
      }
      checking = true;
      try {
        do {
          again = false;
          last = await render(tree);
          if (everyGroupCounted(last)) {
            clearTimeout(timer);
            subscription.dispose();
            resolve(Date.now());
            return;
          }
        } while (again);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        checking = false;
      }
    };
    // Like the workbench, answer a change event later, not inside the provider's fire().
    const subscription = tree.onDidChangeTreeData(() => setImmediate(() => void check()));
    void check();
  });

  const result: HostResult = {
    willLoadCode: mark('willLoadExtensionCode'),
    didLoadCode: mark('didLoadExtensionCode'),
    willActivate: mark('willActivateExtension'),
    didActivate: mark('didActivateExtension'),
    firstRender,
    firstRenderItems: firstItems.length,
    counted,
    ...(mode === 'profile' ? { floor: await measureFloor(exports) } : {}),
  };
  console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
}

/** What Sign In would leave behind: the list (active: bench) and the key, for the next window to restore. */
async function saveProfile(exports: Exports): Promise<void> {
  const context = exports.services?.context;
  if (!context) throw new Error('the extension exported no context');
  const { keyId, keySecret, ...profile } = BENCH_PROFILE;
  await context.secrets.store(secretKeyFor(profile.name), JSON.stringify({ keyId, keySecret }));
  await context.globalState.update('sinch.profiles', { profiles: [profile], active: profile.name, revision: 1 });
}

/** The same path as the extension's, by hand: SecretStorage read, token, one parallel round of the lists. */
async function measureFloor(exports: Exports): Promise<NonNullable<HostResult['floor']>> {
  const context = exports.services?.context;
  const apiUrl = process.env.BENCH_API_URL;
  if (!context || !apiUrl) throw new Error('profile mode needs the extension context and BENCH_API_URL');
  const started = Date.now();
  const stored = JSON.parse((await context.secrets.get(secretKeyFor(BENCH_PROFILE.name))) ?? 'null') as { keyId: string; keySecret: string } | null;
  if (!stored) throw new Error('the bench profile has no stored key');
  const secretRead = Date.now();
  const tokenAnswer = await fetch(`${apiUrl}/oauth2/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from(`${stored.keyId}:${stored.keySecret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
  const tokenDone = Date.now();
  await Promise.all(STATE_ORDER.map(async (state) => {
    const answer = await fetch(`${apiUrl}/v1/projects/${BENCH_PROFILE.projectId}/qualifiedNumbers?states=${state}&pageSize=100`, { headers: { Authorization: `Bearer ${token}` } });
    if (!answer.ok) throw new Error(`list ${state}: HTTP ${answer.status}`);
    await answer.json();
  }));
  return { secretMs: secretRead - started, tokenMs: tokenDone - secretRead, listsMs: Date.now() - tokenDone };
}
