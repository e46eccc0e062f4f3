// "Sinch: Clear Filter": back to every number (the region filter stays; it is a setting).
import type { CommandContext } from './context';

export async function clearFilter(ctx: CommandContext): Promise<void> {
  await ctx.tree.setFilter(undefined);
}
