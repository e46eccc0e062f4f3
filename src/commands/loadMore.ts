// The "Load more" node's command (hidden from the palette): the group's next page. A failure is
// shown by the runner as "Loading more numbers failed: ...".
import { isLoadMoreNode } from '../views/nodes';
import type { CommandContext } from './context';

export async function loadMore(ctx: CommandContext, node?: unknown): Promise<void> {
  if (!isLoadMoreNode(node)) return;
  await ctx.tree.loadMore(node.state);
}
