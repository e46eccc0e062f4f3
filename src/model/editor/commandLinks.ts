// Command links in trusted Markdown (hovers): the only commands such Markdown may run, and how a
// link passes its argument (a JSON array in the URI's query, as VS Code reads it).

/** The hover's links; the MarkdownString enables exactly these. */
export const HOVER_COMMANDS = {
  showInSinch: 'sinch.showInSinch',
  showDetails: 'sinch.showDetails',
  addNumbers: 'sinch.addNumbers',
} as const;

export const HOVER_ENABLED_COMMANDS: readonly string[] = Object.values(HOVER_COMMANDS);

/** `[label](command:id?["arg"])`; the label is ours (never user or server text). */
export function commandLink(label: string, command: string, ...args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
