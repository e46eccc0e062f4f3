// Server strings (error texts, ids) go into Markdown tooltips; escaping keeps them from turning
// into links, images, HTML, table cells or theme icons ($(name)).
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"'$]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}
