// The received callbacks, newest first: one record per eventId (a repeat counts as another
// delivery of the same row), out-of-order marks per resource, and the shape stored in
// workspaceState between window reloads (the last 500; a session lists up to 5,000).
import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { parseCallbackBody, parseTimestamp, type ParsedBody } from './event';
import type { CallbackRecord, SendOutcome } from './record';
import type { SignatureVerdict } from './signature';

/** Kept across window reloads. */
export const MAX_KEPT_CALLBACKS = 500;
/** Listed in one session (a burst of deliveries stays visible, memory stays bounded). */
export const MAX_LISTED_CALLBACKS = 5_000;
/** Bodies past this are cut in storage (a Sinch event is ~300 bytes; malformed ones can be 1 MiB). */
export const MAX_STORED_BODY_BYTES = 64 * 1024;
const MAX_SENDS = 5;

export interface DeliveryInput {
  receivedAt: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
  /** Set by the listener when it refused the body without reading it all (too large). */
  refused?: string;
  /**
   * The body as the listener read it (it parses to choose 200 or 400): a burst of 2,000 deliveries
   * a second parsed each body three times (listener, inspector, inbox) before this was handed on.
   */
  parsed?: ParsedBody;
  answeredStatus: number;
}

export interface AddResult {
  record: CallbackRecord;
  /** True when the eventId was already listed: the row's delivery count went up. */
  repeated: boolean;
}

export class CallbackInbox {
  private records: CallbackRecord[] = [];
  private readonly byId = new Map<string, CallbackRecord>();
  private readonly byEventId = new Map<string, CallbackRecord>();
  /** Latest event time seen per resource (type + id), for out-of-order marks. */
  private readonly latest = new Map<string, { ms: number; timestamp: string }>();

  constructor(private readonly newId: () => string = randomUUID) {}

  get size(): number {
    return this.records.length;
  }

  /** Newest first. */
  list(): readonly CallbackRecord[] {
    return this.records;
  }

  get(id: string): CallbackRecord | undefined {
    return this.byId.get(id);
  }

  add(input: DeliveryInput, verdict: SignatureVerdict): AddResult {
    const parsed = input.refused ? { ok: false as const, reason: input.refused } : (input.parsed ?? parseCallbackBody(input.body));
    const existing = parsed.ok ? this.byEventId.get(parsed.event.eventId) : undefined;
    if (existing) {
      existing.deliveries += 1;
      existing.lastReceivedAt = input.receivedAt;
      return { record: existing, repeated: true };
    }
    const kept = input.body.length > MAX_STORED_BODY_BYTES ? input.body.subarray(0, MAX_STORED_BODY_BYTES) : input.body;
    const record: CallbackRecord = {
      id: this.newId(),
      receivedAt: input.receivedAt,
      lastReceivedAt: input.receivedAt,
      deliveries: 1,
      method: input.method,
      path: input.path,
      headers: input.headers,
      bodyBase64: Buffer.from(kept).toString('base64'),
      bodyBytes: input.body.length,
      answeredStatus: input.answeredStatus,
      verdict,
      sends: [],
    };
    if (kept.length < input.body.length) record.bodyTruncated = true;
    if (parsed.ok) {
      record.event = parsed.event;
      this.markOrder(record);
    } else {
      record.malformed = parsed.reason;
    }
    this.insert(record);
    return { record, repeated: false };
  }

  recordSend(id: string, outcome: SendOutcome): CallbackRecord | undefined {
    const record = this.get(id);
    if (!record) return undefined;
    record.sends.push(outcome);
    if (record.sends.length > MAX_SENDS) record.sends.splice(0, record.sends.length - MAX_SENDS);
    return record;
  }

  clear(): void {
    this.records = [];
    this.byId.clear();
    this.byEventId.clear();
    this.latest.clear();
  }

  /** What workspaceState keeps. */
  toStored(): StoredInbox {
    return { version: 1, records: this.records.slice(0, MAX_KEPT_CALLBACKS) };
  }

  /**
   * Restores stored records (newest first). A record that does not parse (an older or edited
   * state) is dropped and `drop` hears why; the others stay. Never throws.
   */
  static fromStored(stored: unknown, newId?: () => string, drop: (reason: string) => void = () => undefined): CallbackInbox {
    const inbox = new CallbackInbox(newId);
    if (stored === undefined) return inbox;
    const outer = storedOuterSchema.safeParse(stored);
    if (!outer.success) {
      drop(`the stored callbacks are not in a form this version reads (${describeIssue(outer.error.issues[0])}); starting empty`);
      return inbox;
    }
    const records: CallbackRecord[] = [];
    const ids = new Set<string>();
    const eventIds = new Set<string>();
    outer.data.records.slice(0, MAX_KEPT_CALLBACKS).forEach((raw, index) => {
      const parsed = recordSchema.safeParse(raw);
      if (!parsed.success) {
        drop(`stored callback #${index + 1} was dropped: ${describeIssue(parsed.error.issues[0])}`);
        return;
      }
      // One row per id and per event (the newest): an edited state could repeat them, and the
      // view keys rows by id and counts a repeated event on its one row.
      const eventId = parsed.data.event?.eventId;
      if (ids.has(parsed.data.id) || (eventId !== undefined && eventIds.has(eventId))) {
        drop(`stored callback #${index + 1} was dropped: it repeats ${ids.has(parsed.data.id) ? 'the id' : 'the eventId'} of a newer one`);
        return;
      }
      ids.add(parsed.data.id);
      if (eventId !== undefined) eventIds.add(eventId);
      records.push(parsed.data as CallbackRecord);
    });
    // Oldest first, so out-of-order marks and the eventId index come back as they were.
    for (const r of records.reverse()) {
      if (r.event) inbox.noteLatest(r);
      inbox.insert(r);
    }
    return inbox;
  }

  private insert(record: CallbackRecord): void {
    this.records.unshift(record);
    this.byId.set(record.id, record);
    if (record.event) this.byEventId.set(record.event.eventId, record);
    while (this.records.length > MAX_LISTED_CALLBACKS) {
      const dropped = this.records.pop();
      if (!dropped) break;
      this.byId.delete(dropped.id);
      if (dropped.event && this.byEventId.get(dropped.event.eventId) === dropped) this.byEventId.delete(dropped.event.eventId);
    }
  }

  private markOrder(record: CallbackRecord): void {
    const event = record.event;
    if (!event) return;
    const key = `${event.resourceType} ${event.resourceId}`;
    const seen = this.latest.get(key);
    const ms = parseTimestamp(event.timestamp) ?? record.receivedAt;
    if (seen && ms < seen.ms) record.outOfOrder = { laterTimestamp: seen.timestamp };
    this.noteLatest(record);
  }

  private noteLatest(record: CallbackRecord): void {
    const event = record.event;
    if (!event) return;
    const key = `${event.resourceType} ${event.resourceId}`;
    const ms = parseTimestamp(event.timestamp) ?? record.receivedAt;
    const seen = this.latest.get(key);
    if (!seen || ms > seen.ms) this.latest.set(key, { ms, timestamp: event.timestamp });
  }
}

export interface StoredInbox {
  version: 1;
  records: CallbackRecord[];
}

const verdictSchema = z.object({ kind: z.enum(['valid', 'invalid', 'unsigned', 'noSecret']), why: z.string() });
const sendSchema = z.object({ kind: z.enum(['replay', 'forward']), url: z.string(), at: z.number(), status: z.number().optional(), error: z.string().optional() });
const eventSchema = z.object({
  resourceType: z.string(), eventType: z.string(), eventId: z.string(), timestamp: z.string(),
  projectId: z.string(), resourceId: z.string(), status: z.string(), failureCode: z.string().optional(),
});
const recordSchema = z.object({
  id: z.string(),
  receivedAt: z.number(),
  lastReceivedAt: z.number(),
  deliveries: z.number().int().min(1),
  method: z.string(),
  path: z.string(),
  headers: z.record(z.string(), z.string()),
  bodyBase64: z.string(),
  bodyBytes: z.number(),
  bodyTruncated: z.boolean().optional(),
  answeredStatus: z.number(),
  event: eventSchema.optional(),
  malformed: z.string().optional(),
  verdict: verdictSchema,
  outOfOrder: z.object({ laterTimestamp: z.string() }).optional(),
  sends: z.array(sendSchema),
});
/** The envelope only: each record is parsed on its own, so one bad record costs only itself. */
const storedOuterSchema = z.object({ version: z.literal(1), records: z.array(z.unknown()) });

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  return issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'unreadable';
}
