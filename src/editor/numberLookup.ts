// What Sinch knows of one number, for the hover: the tree's loaded numbers first, else one GET,
// remembered briefly (hovering again makes no request; a change shows within LOOKUP_TTL_MS).
import { isSinchApiError } from '../api/errors';
import type { ConnectionManager } from '../connection/connectionManager';
import type { NumberLookup } from '../model/editor/numberHover';
import { TtlCache } from '../model/editor/ttlCache';
import { errorWords } from '../model/errorWords';
import type { QualifiedNumbersView } from '../views/qualifiedNumbersView';

export const LOOKUP_TTL_MS = 30_000;
const MAX_CACHED = 500;

export class NumberLookupService {
  private readonly cache = new TtlCache<NumberLookup>(LOOKUP_TTL_MS, MAX_CACHED);
  private readonly subscriptions: Array<{ dispose(): void }>;

  constructor(
    private readonly connection: ConnectionManager,
    private readonly tree: QualifiedNumbersView,
  ) {
    // Another project's answers, or answers from before a write the tree reloaded after, are stale.
    this.subscriptions = [connection.onDidChange(() => this.cache.clear()), tree.model.onDidChange(() => this.cache.clear())];
  }

  /** Undefined when not connected or when the lookup was cancelled. */
  async lookup(e164: string, signal?: AbortSignal): Promise<NumberLookup | undefined> {
    const client = this.connection.current();
    if (!client) return undefined;
    const listed = this.tree.model.find(e164);
    if (listed) return { kind: 'known', number: listed };
    const cached = this.cache.get(e164);
    if (cached) return cached;
    try {
      const result: NumberLookup = { kind: 'known', number: await client.get(e164, { signal }) };
      this.cache.set(e164, result);
      return result;
    } catch (error) {
      if (signal?.aborted) return undefined;
      if (isSinchApiError(error) && error.status === 404) {
        this.cache.set(e164, { kind: 'unknown' });
        return { kind: 'unknown' };
      }
      // Failures are not remembered: the next hover tries again.
      return { kind: 'failed', words: this.connection.redactor.redact(errorWords(error)) };
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
