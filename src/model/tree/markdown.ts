// Server strings (error texts, ids) go into Markdown tooltips; escaping keeps them from turning
// into links, images, HTML, table cells or theme icons ($(name)).
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"'$]/g;

export function escapeMarkdown(text: string): string {
  // A lone \r ends a line too (VS Code's renderer reads \r\n, \n and \r), which would end the table row.
  return text.replace(/\r\n?|\n/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}
