// Sinch takes at most 500 numbers per text-enable request; longer lists become several orders.

export const MAX_NUMBERS_PER_ORDER = 500;

/** Consecutive chunks of at most `size` items, in order; none for an empty list. */
export function splitIntoOrders<T>(items: readonly T[], size: number = MAX_NUMBERS_PER_ORDER): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
