// "Sinch: Get Started" opens the walkthrough; after install it opens once by itself (remembered in
// globalState, so not on every start), unless the user turned off VS Code's
// `workbench.welcomePage.walkthroughs.openOnInstall`.
import * as vscode from 'vscode';

/** The walkthrough's id in package.json (`contributes.walkthroughs[0].id`). */
export const WALKTHROUGH_ID = 'sinch.getStarted';
/** globalState key: the walkthrough was shown after install. */
export const WALKTHROUGH_SHOWN_KEY = 'sinch.walkthroughShown';

export async function getStarted(context: vscode.ExtensionContext): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false);
}

/** Opens the walkthrough if it never was; true when it did. */
export async function showWalkthroughOnce(context: vscode.ExtensionContext): Promise<boolean> {
  if (context.globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY)) return false;
  // Recorded first: a second window starting at the same time must not open it again.
  await context.globalState.update(WALKTHROUGH_SHOWN_KEY, true);
  if (!vscode.workspace.getConfiguration('workbench.welcomePage').get<boolean>('walkthroughs.openOnInstall', true)) return false;
  await getStarted(context);
  return true;
}
