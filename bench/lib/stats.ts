// Summaries of repeated samples. The table reports medians (robust on a busy 2-core machine) and
// the 90th percentile beside them, so a noisy run shows up as spread rather than as a false miss.

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank: the smallest value with at least p% of the samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function mean(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('no samples');
  return samples.reduce((sum, x) => sum + x, 0) / samples.length;
}

export function spread(samples: readonly number[], digits = 1): string {
  return `p90 ${percentile(samples, 90).toFixed(digits)}, n=${samples.length}`;
}

/** Runs `sample` n times in a row and returns each result. */
export async function repeat<T>(n: number, sample: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < n; i++) results.push(await sample(i));
  return results;
}
