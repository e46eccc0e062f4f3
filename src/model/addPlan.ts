// Which numbers of an "Add Numbers to Qualify" paste go to Sinch, and which are kept for the next
// run. A paste is folded by E.164 before this (parseNumberList: "+1 202…" and "(202) …" are one
// number); numbers the tree already lists are "already qualified" and are not sent, because one
// existing number makes Sinch refuse the whole batch (409 ALREADY_EXISTS).

export interface AddPlan {
  /** New to the tree: sent to Sinch. */
  toSend: string[];
  /** Listed in the tree already: reported, not sent. */
  alreadyQualified: string[];
}

export function planAdd(valid: readonly string[], isKnown: (e164: string) => boolean): AddPlan {
  const plan: AddPlan = { toSend: [], alreadyQualified: [] };
  for (const e164 of new Set(valid)) (isKnown(e164) ? plan.alreadyQualified : plan.toSend).push(e164);
  return plan;
}

/** The numbers of `batch` that a 409's message names (Sinch lists the existing numbers in E.164). */
export function existingNamedIn(message: string, batch: readonly string[]): string[] {
  const named = new Set(message.match(/\+\d{8,15}/g) ?? []);
  return batch.filter((n) => named.has(n));
}

/**
 * The numbers to offer on the next run: this run's numbers not added, plus those offered before
 * that this run did not settle (added, or found to exist). Nothing pasted is dropped silently.
 */
export function stillPending(before: readonly string[], notAdded: readonly string[], settled: readonly string[]): string[] {
  const done = new Set(settled);
  return [...new Set([...notAdded, ...before.filter((n) => !done.has(n))])];
}
