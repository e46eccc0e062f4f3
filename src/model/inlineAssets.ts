// Whether a bundle may go inside the page's own <script> or <style> element instead of being
// fetched by URL (each fetch of a webview goes through VS Code's resource loader, ~50-100 ms on a
// reveal). The HTML parser ends such an element at the first "</script" or "</style" in its text,
// and a "<script" inside a script can make it skip the real end tag: a bundle holding either is
// loaded by URL instead. esbuild writes "</script" in strings as "<\/script", so ours never do.
export function canInlineScript(text: string): boolean {
  return !/<\/?script/i.test(text);
}

export function canInlineStyle(text: string): boolean {
  return !/<\/style/i.test(text);
}
