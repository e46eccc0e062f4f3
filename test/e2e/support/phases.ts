// Where an e2e test's time goes: opening a window, its extension's activation, bringing the shared
// window back to a known state, reloads. The root hooks print one line per test after its result,
// so a slow run says which phase grew (the rest of the test's time is its own gestures).
const recorded: Array<{ name: string; ms: number }> = [];

/** Runs `work` and records how long it took under `name` (kept even when it throws). */
export async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    recorded.push({ name, ms: Date.now() - started });
  }
}

/** The phases recorded since the last call, as "window 8.1 s, restore 2.3 s", and forgets them. */
export function takePhases(): string {
  // Steps under 0.1 s say nothing; leaving them out keeps the line short.
  const text = recorded.filter(({ ms }) => ms >= 100).map(({ name, ms }) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
  recorded.length = 0;
  return text;
}
