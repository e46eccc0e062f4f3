// A chat tool's write (add, voice challenge, delete) runs only for what the user was asked about:
// the same tool, the same numbers, on the connection the question named, asked lately and used
// once. VS Code asks the question that prepareInvocation returns before it calls invoke; a call to
// invoke that no question preceded (another extension holding the tool, the connection switched
// while the question waited, the numbers changed) is refused, so nothing is written unasked.

/** How long a question stays good: a confirmation the user leaves open a while still counts. */
export const CONFIRMATION_TTL_MS = 15 * 60_000;

export const NOT_CONFIRMED =
  'Nothing was done: this change runs only after the user confirms it, for these numbers on the connection named in the question, and no such confirmation was given (or it was for other numbers, another connection, or already used). Ask again so the user sees the question.';

/** What a question is about: the tool, the connection it named, the numbers (normalised, order kept out). */
export function writeKey(tool: string, where: string, numbers: readonly string[]): string {
  return JSON.stringify([tool, where, [...new Set(numbers)].sort()]);
}

export class WriteConfirmations {
  /** Key -> times a question was shown for it, oldest first. */
  private readonly asked = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** prepareInvocation returned a question for this write. */
  ask(key: string): void {
    this.prune();
    this.asked.set(key, [...(this.asked.get(key) ?? []), this.now()]);
  }

  /** invoke: true, once per question, when this exact write was asked about within the TTL. */
  take(key: string): boolean {
    this.prune();
    const times = this.asked.get(key);
    if (!times || times.length === 0) return false;
    times.shift();
    if (times.length === 0) this.asked.delete(key);
    return true;
  }

  private prune(): void {
    const oldest = this.now() - CONFIRMATION_TTL_MS;
    for (const [key, times] of this.asked) {
      const fresh = times.filter((t) => t >= oldest);
      if (fresh.length === 0) this.asked.delete(key);
      else this.asked.set(key, fresh);
    }
  }
}
