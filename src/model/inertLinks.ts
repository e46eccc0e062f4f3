// VS Code turns "[label](https://...)", "[label](command:...)" and "[label](file:...)" in a
// notification's text into a link, and runs the command when it is clicked. Text that comes from a
// server, a proxy or a file someone sent must not: a space between "]" and "(" keeps it readable
// and makes it plain text again.
export function inertLinks(text: string): string {
  return text.replace(/\]\(/g, '] (');
}
