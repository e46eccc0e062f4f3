// Tree keys (package.json `keybindings`): Enter, Delete and Ctrl/Cmd+C run Show Number Details,
// Delete Qualified Numbers and Copy Number on the tree's selected numbers. The keybindings pass
// TREE_SELECTION as the argument; this turns it into the `(node, selectedNodes)` a menu passes.
import type { CommandContext } from './context';

/** The argument the tree keybindings give their commands. */
export const TREE_SELECTION = { treeSelection: true } as const;

function isTreeSelection(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { treeSelection?: unknown }).treeSelection === true;
}

/** `[node, nodes]` as a menu would pass them: the selected numbers when a tree key ran the command. */
export function fromTreeKeys(ctx: CommandContext, node: unknown, nodes: unknown): [unknown, unknown] {
  if (!isTreeSelection(node)) return [node, nodes];
  const selected = ctx.tree.selectedNumbers();
  // Nothing selected (cannot happen with the `when` clause): no node, so the command offers its pick.
  return selected.length > 0 ? [selected[0], selected] : [undefined, undefined];
}
