// Server strings (error texts, ids) go into Markdown tooltips; escaping keeps them from turning
// into links, images, HTML or table cells.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"']/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}
