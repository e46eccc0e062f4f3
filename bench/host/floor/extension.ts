// A second extension the bench installs next to ours for the "Form (VS Code)" rows, never packaged:
// its one command opens an empty webview panel the way the text-enable form opens (same panel
// options, same CSP, one script by nonce) with one text field that keeps its value with setState,
// as the form keeps its draft. Running it is the floor of "command -> form interactive", and
// revealing it again after it was hidden the floor of reopening a hidden form.
import * as vscode from 'vscode';
import { contentSecurityPolicy, localResourceRoots, makeNonce } from '../../../src/panels/webviewHtml';
import { FLOOR_COMMAND, FLOOR_PANEL_TITLE } from './names';

let panel: vscode.WebviewPanel | undefined;

function html(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'floor.js'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${FLOOR_PANEL_TITLE}</title>
</head>
<body data-floor="true">
<main id="app"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(FLOOR_COMMAND, () => {
      if (panel) {
        panel.reveal(undefined, false);
        return;
      }
      // The form's options (TextEnablePanel.options): scripts, the same resource roots, find widget.
      panel = vscode.window.createWebviewPanel('sinchBench.emptyPanel', FLOOR_PANEL_TITLE, vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: localResourceRoots(context.extensionUri),
        enableFindWidget: true,
      });
      panel.onDidDispose(() => (panel = undefined));
      panel.webview.html = html(panel.webview, context.extensionUri);
    }),
  );
}
