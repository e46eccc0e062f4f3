// The "Load more" node's command (hidden from the palette): the group's next page.
import { isLoadMoreNode } from '../views/nodes';
import type { CommandContext } from './context';
import { showError } from './errors';

export async function loadMore(ctx: CommandContext, node?: unknown): Promise<void> {
  if (!isLoadMoreNode(node)) return;
  try {
    await ctx.tree.loadMore(node.state);
  } catch (error) {
    await showError(ctx, error, 'Loading more numbers failed');
  }
}
