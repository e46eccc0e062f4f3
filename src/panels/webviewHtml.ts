// The HTML shell of a form panel: a strict CSP (nothing by default; our script and style by nonce,
// inlined; fonts only from the extension), and one script that renders everything else.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import * as vscode from 'vscode';
import { canInlineScript, canInlineStyle } from '../model/inlineAssets';
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
  const scriptUri = vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'textEnableForm.js');
  const styleUri = vscode.Uri.joinPath(extensionUri, 'media', 'webview', 'textEnableForm.css');
  // Inline when it is safe: the page then starts without two fetches through the webview's
  // resource loader, which is where most of a reveal's time beyond an empty panel went.
  const script = inlinable(scriptUri, canInlineScript);
  const style = inlinable(styleUri, canInlineStyle);
  // Every interpolated value is ours (our bundles, URIs, a random nonce, a fixed title): no user text in this shell.
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview.cspSource, nonce)}">
<meta property="csp-nonce" content="${nonce}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${style === undefined ? `<link rel="stylesheet" href="${webview.asWebviewUri(styleUri).toString()}">` : `<style nonce="${nonce}">${style}</style>`}
<title>${formTitle(kind)}</title>
</head>
<body data-kind="${kind}">
<main id="app" aria-busy="true"><p>Loading the form…</p></main>
${script === undefined ? `<script nonce="${nonce}" src="${webview.asWebviewUri(scriptUri).toString()}"></script>` : `<script nonce="${nonce}">${script}</script>`}
</body>
</html>`;
}

const assetCache = new Map<string, { mtimeMs: number; text: string | undefined }>();

/** The file's text if it may be inlined (read once per version of the file); undefined: load it by URL. */
export function inlinable(file: vscode.Uri, canInline: (text: string) => boolean): string | undefined {
  try {
    const { mtimeMs } = statSync(file.fsPath);
    const cached = assetCache.get(file.fsPath);
    if (cached?.mtimeMs === mtimeMs) return cached.text;
    const read = readFileSync(file.fsPath, 'utf8');
    const text = canInline(read) ? read : undefined;
    assetCache.set(file.fsPath, { mtimeMs, text });
    return text;
  } catch {
    // Not readable as a local file (a virtual file system): the webview fetches it by URL.
    return undefined;
  }
}
