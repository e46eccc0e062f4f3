// Waiting on conditions, never on time: poll a probe until it yields a value or the deadline passes.

export interface EventuallyOptions {
  /** Deadline in ms (default 15000). */
  timeout?: number;
  /** What was awaited, for the error when the deadline passes. */
  message: string | (() => string);
}

/**
 * Resolves with the first truthy value `probe` returns; a probe that throws counts as "not yet"
 * and its last error is reported if the deadline passes.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  options: EventuallyOptions,
): Promise<T> {
  const timeout = options.timeout ?? 15000;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (let attempt = 0; ; attempt++) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const message = typeof options.message === 'function' ? options.message() : options.message;
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}${cause}`);
    }
    // Short, growing steps between probes (25, 50, then 100 ms): a UI change is seen within a
    // tenth of a second, without spinning.
    await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** attempt, 100)));
  }
}
