// What the extension remembers about a hosting order, per profile (and for the sandbox), in
// globalState: its ID, kind, region, when it was created, where it came from, the numbers the
// submission named and the last state seen (so "reached Completed" is told once, across reloads).
// Nothing secret. Entries are parsed on the way in: one that does not parse is dropped with a
// reason for the log, never a crash.
import * as z from '../../api/zod';
import { isE164 } from '../phone';
import { HOSTING_ORDER_ID_PATTERN } from './orderId';

export type TrackedOrderKind = 'standard' | 'tollFree' | 'unknown';
/** How the order got into the list: filed from a form, opened by ID, or named by a callback. */
export type TrackedOrderSource = 'submission' | 'opened' | 'callback';

export interface TrackedOrder {
  readonly hostingOrderId: string;
  readonly kind: TrackedOrderKind;
  readonly regionCode?: 'US' | 'CA';
  /** ISO time: the order's createdTime when known, else when the extension first saw it. */
  readonly createdTime: string;
  readonly source: TrackedOrderSource;
  readonly displayName?: string;
  /** E.164 numbers the extension knows belong to the order (from the submission). */
  readonly numbers: readonly string[];
  /** The last state the API answered (or `NOT_FOUND` after a 404). */
  readonly lastState?: string;
}

/** Most orders kept per profile; the oldest finished ones go first beyond it. */
export const MAX_TRACKED_ORDERS = 500;
/** Stored past this many numbers per order, only the count would matter to anyone. */
const MAX_NUMBERS = 5000;

const storedOrder = z.object({
  hostingOrderId: z.string().check(z.regex(HOSTING_ORDER_ID_PATTERN)),
  kind: z.catch(z.enum(['standard', 'tollFree', 'unknown']), 'unknown'),
  regionCode: z.catch(z.optional(z.enum(['US', 'CA'])), undefined),
  createdTime: z.string().check(z.refine((t) => !Number.isNaN(Date.parse(t)), 'not a time')),
  source: z.catch(z.enum(['submission', 'opened', 'callback']), 'opened'),
  displayName: z.catch(z.optional(z.string().check(z.maxLength(500))), undefined),
  numbers: z.pipe(
    z.catch(z.array(z.string()).check(z.maxLength(MAX_NUMBERS)), []),
    z.transform((list) => [...new Set(list.filter(isE164))]),
  ),
  lastState: z.catch(z.optional(z.string().check(z.maxLength(100), z.regex(/^[A-Z_]+$/))), undefined),
});

/** Parses one profile's stored list; `drop` hears why an entry was left out. Never throws. */
export function parseTrackedOrders(raw: unknown, drop: (reason: string) => void): TrackedOrder[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    drop(`the stored list of hosting orders is not a list (${typeof raw}); starting empty`);
    return [];
  }
  const seen = new Set<string>();
  const orders: TrackedOrder[] = [];
  raw.forEach((entry, index) => {
    const parsed = storedOrder.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      drop(`stored hosting order #${index + 1} was dropped: ${issue ? `${issue.path.join('.') || 'entry'} ${issue.message}` : 'unreadable'}`);
      return;
    }
    if (seen.has(parsed.data.hostingOrderId)) {
      drop(`stored hosting order #${index + 1} was dropped: it repeats order ${parsed.data.hostingOrderId}`);
      return;
    }
    seen.add(parsed.data.hostingOrderId);
    orders.push(withoutUndefined(parsed.data));
  });
  return orders;
}

/**
 * `next` merged into what is known of the same order: numbers are added up, the earlier creation
 * time and the richer source win (a submission knows more than a callback), the rest is filled in.
 */
export function mergeTrackedOrder(known: TrackedOrder | undefined, next: TrackedOrder): TrackedOrder {
  // Field by field, so nothing but the fields above is ever stored.
  if (!known) return mergeTrackedOrder({ ...next, numbers: [], lastState: undefined }, next);
  const rank: Record<TrackedOrderSource, number> = { submission: 2, opened: 1, callback: 0 };
  return withoutUndefined({
    hostingOrderId: known.hostingOrderId,
    kind: known.kind !== 'unknown' ? known.kind : next.kind,
    regionCode: known.regionCode ?? next.regionCode,
    createdTime: Date.parse(next.createdTime) < Date.parse(known.createdTime) ? next.createdTime : known.createdTime,
    source: rank[next.source] > rank[known.source] ? next.source : known.source,
    displayName: known.displayName ?? next.displayName,
    numbers: [...new Set([...known.numbers, ...next.numbers])].slice(0, MAX_NUMBERS),
    lastState: next.lastState ?? known.lastState,
  });
}

/** Newest first; beyond the cap, finished orders (then the oldest) are let go. */
export function capTrackedOrders(orders: readonly TrackedOrder[], isFinished: (order: TrackedOrder) => boolean): TrackedOrder[] {
  const sorted = sortNewestFirst(orders);
  if (sorted.length <= MAX_TRACKED_ORDERS) return sorted;
  const keep = new Set(sorted.filter((o) => !isFinished(o)).slice(0, MAX_TRACKED_ORDERS).map((o) => o.hostingOrderId));
  for (const o of sorted) if (keep.size < MAX_TRACKED_ORDERS) keep.add(o.hostingOrderId);
  return sorted.filter((o) => keep.has(o.hostingOrderId));
}

export function sortNewestFirst(orders: readonly TrackedOrder[]): TrackedOrder[] {
  return [...orders].sort((a, b) => Date.parse(b.createdTime) - Date.parse(a.createdTime) || a.hostingOrderId.localeCompare(b.hostingOrderId));
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
