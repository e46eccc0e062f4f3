// Server strings (error texts, ids) go into Markdown tooltips; escaping keeps them from turning
// into links, images, HTML, table cells or theme icons ($(name)).
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"'$]/g;

/**
 * A theme icon as VS Code finds it (`iconLabels.ts`: name, optional `~modifier`). With
 * `supportThemeIcons` it looks for these in the HTML the Markdown became, after Markdown has
 * removed its escapes, so `\$\(alert\)` still draws the icon. Only a backslash that survives into
 * that HTML (`\\` in the Markdown) keeps it text: VS Code then shows `$(alert)` and drops the backslash.
 */
const THEME_ICON = /\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g;

export function escapeMarkdown(text: string): string {
  // A lone \r ends a line too (VS Code's renderer reads \r\n, \n and \r), which would end the table row.
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(THEME_ICON, (icon) => `\\${icon}`)
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}
