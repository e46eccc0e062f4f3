// What VS Code 1.139 shows for Markdown text in a tooltip with `supportThemeIcons` (as read from
// its workbench: markdownRenderer.ts and iconLabels.ts), reduced to what escaped text needs:
// 1. `\$(name)` in the source gets one more backslash (markdownEscapeEscapedIcons);
// 2. Markdown turns a backslash before ASCII punctuation into that character;
// 3. in the HTML, every `$(name)` becomes a codicon, unless a backslash precedes it: then the
//    text `$(name)` is shown and the backslash dropped (renderLabelWithIcons).
const ICON = '[A-Za-z0-9-]+(?:~[A-Za-z]+)?';

export function renderedText(markdown: string): { text: string; icons: string[] } {
  const source = markdown.replace(new RegExp(`\\\\\\$\\(${ICON}\\)`, 'g'), (escaped) => `\\${escaped}`);
  const html = source.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const icons: string[] = [];
  const text = html.replace(new RegExp(`(\\\\)?\\$\\((${ICON})\\)`, 'g'), (_match, escaped: string | undefined, name: string) => {
    if (escaped) return `$(${name})`;
    icons.push(name);
    return '';
  });
  return { text, icons };
}
