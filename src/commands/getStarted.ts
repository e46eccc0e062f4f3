// "Sinch: Get Started" opens the walkthrough; after install it opens once by itself (remembered in
// globalState, so not on every start), unless the user turned off VS Code's
// `workbench.welcomePage.walkthroughs.openOnInstall`.
import * as vscode from 'vscode';

/** The walkthrough's id in package.json (`contributes.walkthroughs[0].id`). */
export const WALKTHROUGH_ID = 'sinch.getStarted';
/** globalState key: the walkthrough was shown after install. */
export const WALKTHROUGH_SHOWN_KEY = 'sinch.walkthroughShown';

/** Context key of the walkthrough's "Connect to Sinch" step (see WalkthroughConnection). */
export const WALKTHROUGH_CONNECTED_KEY = 'sinch.walkthrough.connected';

/**
 * The "Connect to Sinch" step's own context key. VS Code (1.139) never checks a step whose
 * `onContext` expression already holds when the walkthrough registers: a window connected before
 * that showed the step unchecked for good ("sinch.connected" was true from the start). This key
 * is set only once the walkthrough is open, so registered, and then follows the connection.
 */
export class WalkthroughConnection implements vscode.Disposable {
  private opened = false;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly connection: { current(): unknown; readonly onDidChange: vscode.Event<void> }) {
    this.subscription = connection.onDidChange(() => void this.update());
  }

  /** The walkthrough is on screen: from now on the key says whether this window is connected. */
  async walkthroughOpened(): Promise<void> {
    this.opened = true;
    await this.update();
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private async update(): Promise<void> {
    if (this.opened) await vscode.commands.executeCommand('setContext', WALKTHROUGH_CONNECTED_KEY, this.connection.current() !== undefined);
  }
}

export async function getStarted(context: vscode.ExtensionContext, walkthrough: WalkthroughConnection): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false);
  await walkthrough.walkthroughOpened();
}

/** Opens the walkthrough if it never was; true when it did. */
export async function showWalkthroughOnce(context: vscode.ExtensionContext, walkthrough: WalkthroughConnection): Promise<boolean> {
  if (context.globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY)) return false;
  // Recorded first: a second window starting at the same time must not open it again.
  await context.globalState.update(WALKTHROUGH_SHOWN_KEY, true);
  if (!vscode.workspace.getConfiguration('workbench.welcomePage').get<boolean>('walkthroughs.openOnInstall', true)) return false;
  await getStarted(context, walkthrough);
  return true;
}
