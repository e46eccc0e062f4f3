// Select-all then type dropped the first characters, sometimes. Cause (found in the real
// workbench, see the README's troubleshooting): VS Code's webview host forwards every keydown to
// the workbench, whose Select All command then sends `execCommand('selectAll')` back into the
// webview; the browser has already selected the text, and when that late second select-all lands
// after the first typed characters, the next key replaces them. Ctrl/Cmd+A in a text field is
// left to the browser alone: the keydown stops at our document, before the host's window listener.
const EDITABLE = new Set(['INPUT', 'TEXTAREA', 'VSCODE-TEXT-FIELD', 'VSCODE-TEXT-AREA']);

export function keepSelectAllLocal(doc: Document): void {
  doc.addEventListener('keydown', (event) => {
    const selectAll = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'a';
    if (selectAll && event.target instanceof HTMLElement && EDITABLE.has(event.target.tagName)) event.stopPropagation();
  });
}
