// The HTML shell of a form panel: a strict CSP (nothing by default; our script by nonce; styles
// and fonts only from the extension), and one script that renders everything else.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { formTitle, type FormKind } from '../model/textEnable/fields';

export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

/** Where the webview may load from: the bundles and the CSS, nothing else of the extension. */
export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')];
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  // The toolkit styles its components with constructable stylesheets (not governed by style-src);
  // its one probe <style> element carries the nonce it reads from the csp-nonce meta tag.
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderFormHtml(webview: vscode.Webview, extensionUri: vscode.Uri, kind: FormKind): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'textEnableForm.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'webview', 'textEnableForm.css'));
  // Every interpolated value is ours (URIs, a random nonce, a fixed title): no user text in this shell.
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview.cspSource, nonce)}">
<meta property="csp-nonce" content="${nonce}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${formTitle(kind)}</title>
</head>
<body data-kind="${kind}">
<main id="app" aria-busy="true"><p>Loading the form…</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
