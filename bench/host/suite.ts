// Runs inside a real VS Code extension host (code-server), loaded as the extensionTestsPath with
// the `run()` contract. The extension under test is a copy whose package.json has no activation
// events, so it is still inactive here: this suite activates it, then plays the workbench's part
// for the tree (asks the provider for the root and its TreeItems on every change event) until
// every group shows its count. Times come from VS Code's own performance marks for loading and
// activating the extension, and Date.now() (the same clock) for the renders. Prints one line:
// BENCH_HOST_RESULT {json}.
import * as vscode from 'vscode';

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

  const exports = (await extension.activate()) as { tree?: TreeProvider; services?: { connection: { describe(): string } } };
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
  };
  console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
}
