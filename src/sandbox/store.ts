// One project's numbers and hosting orders, with the indexes that keep listing cheap: numbers are
// grouped by state, and each (state, region, order) listing is sorted once and reused until a
// number in that state changes. Pure data structure: no HTTP, no clock.
import type { GlobalProcessState, OrderBy, RegionCode } from '../api/types';
import { GLOBAL_PROCESS_STATES } from '../api/types';
import type { NumberRecord, OrderRecord } from './model';
import type { ListQuery, PageCursor } from './paging';

export interface StoredProject {
  projectId: string;
  numbers: NumberRecord[];
  orders: OrderRecord[];
  /** How many orders were filed: part of the next order's ID derivation. */
  orderSeq: number;
  /** Last code said on a call to each number (kept after the number is verified or deleted). */
  lastCodes: Array<[string, string]>;
}

export interface ListPage {
  items: NumberRecord[];
  totalSize: number;
  /** Cursor after the last item, when more items follow. */
  next?: PageCursor;
}

interface SortedListing {
  version: number;
  rows: NumberRecord[];
}

export class ProjectStore {
  readonly projectId: string;
  orderSeq = 0;
  private readonly numbers = new Map<string, NumberRecord>();
  private readonly orders = new Map<string, OrderRecord>();
  private readonly byState = new Map<GlobalProcessState, Set<NumberRecord>>();
  private readonly stateVersion = new Map<GlobalProcessState, number>();
  private readonly listings = new Map<string, SortedListing>();
  private readonly codes = new Map<string, string>();
  /** Numbers and orders with an automatic step due (`nextAt`), and the earliest such time. */
  private readonly timed = new Set<NumberRecord | OrderRecord>();
  private nextDueAt = Infinity;

  constructor(projectId: string) {
    this.projectId = projectId;
    for (const s of GLOBAL_PROCESS_STATES) {
      this.byState.set(s, new Set());
      this.stateVersion.set(s, 0);
    }
  }

  static fromStored(data: StoredProject): ProjectStore {
    const store = new ProjectStore(data.projectId);
    for (const n of data.numbers) store.insertNumber(n);
    for (const o of data.orders) store.insertOrder(o);
    store.orderSeq = data.orderSeq;
    for (const [phone, code] of data.lastCodes) store.codes.set(phone, code);
    return store;
  }

  toStored(): StoredProject {
    return {
      projectId: this.projectId,
      numbers: [...this.numbers.values()],
      orders: [...this.orders.values()],
      orderSeq: this.orderSeq,
      lastCodes: [...this.codes.entries()],
    };
  }

  getNumber(phoneNumber: string): NumberRecord | undefined {
    return this.numbers.get(phoneNumber);
  }

  insertNumber(record: NumberRecord): void {
    if (this.numbers.has(record.phoneNumber)) throw new Error(`${record.phoneNumber} already stored`);
    this.numbers.set(record.phoneNumber, record);
    this.byState.get(record.state)?.add(record);
    this.bump(record.state);
    this.track(record);
  }

  deleteNumber(phoneNumber: string): boolean {
    const record = this.numbers.get(phoneNumber);
    if (!record) return false;
    this.numbers.delete(phoneNumber);
    this.timed.delete(record);
    this.byState.get(record.state)?.delete(record);
    this.bump(record.state);
    return true;
  }

  /**
   * The one way to change a stored number: applies `change`, stamps updatedTime and keeps the
   * state groups and sorted listings right.
   */
  updateNumber(record: NumberRecord, at: number, change: (r: NumberRecord) => void): void {
    const before = record.state;
    change(record);
    record.updatedAt = at;
    if (record.state !== before) {
      this.byState.get(before)?.delete(record);
      this.byState.get(record.state)?.add(record);
      this.bump(before);
    }
    this.bump(record.state);
  }

  getOrder(id: string): OrderRecord | undefined {
    return this.orders.get(id);
  }

  insertOrder(order: OrderRecord): void {
    this.orders.set(order.hostingOrderId, order);
    this.track(order);
  }

  /** Call after setting `nextAt` on a stored number or order. */
  track(entity: NumberRecord | OrderRecord): void {
    if (entity.nextAt === undefined) return;
    this.timed.add(entity);
    if (entity.nextAt < this.nextDueAt) this.nextDueAt = entity.nextAt;
  }

  /** Entities with a step due at or before `now`, earliest first; O(1) when nothing is due. */
  takeDue(now: number): Array<NumberRecord | OrderRecord> {
    if (now < this.nextDueAt) return [];
    const due = [...this.timed].filter((e) => e.nextAt !== undefined && e.nextAt <= now);
    return due.sort((a, b) => (a.nextAt ?? 0) - (b.nextAt ?? 0));
  }

  /** Drops entities that no longer wait on anything and recomputes the earliest due time. */
  refreshDue(): void {
    this.nextDueAt = Infinity;
    for (const e of this.timed) {
      if (e.nextAt === undefined) this.timed.delete(e);
      else if (e.nextAt < this.nextDueAt) this.nextDueAt = e.nextAt;
    }
  }

  /** The earliest time something is due (Infinity when nothing waits). */
  get dueAt(): number {
    return this.nextDueAt;
  }

  setLastCode(phoneNumber: string, code: string): void {
    this.codes.set(phoneNumber, code);
  }

  lastCode(phoneNumber: string): string | undefined {
    return this.codes.get(phoneNumber);
  }

  /** One page of a state's numbers, after `cursor`, in the query's order. */
  list(query: ListQuery, pageSize: number, cursor?: PageCursor): ListPage {
    const rows = this.sorted(query);
    const start = cursor ? firstAfter(rows, query.orderBy, cursor) : 0;
    const items = rows.slice(start, start + pageSize);
    const last = items[items.length - 1];
    const more = start + items.length < rows.length;
    return {
      items,
      totalSize: rows.length,
      next: more && last ? { key: sortKey(last, query.orderBy), phoneNumber: last.phoneNumber } : undefined,
    };
  }

  private sorted(query: ListQuery): NumberRecord[] {
    const key = `${query.state}|${query.regionCode ?? ''}|${query.orderBy ?? ''}`;
    const version = this.stateVersion.get(query.state) ?? 0;
    const cached = this.listings.get(key);
    if (cached && cached.version === version) return cached.rows;
    let rows = [...(this.byState.get(query.state) ?? [])];
    if (query.regionCode) rows = rows.filter((r) => r.regionCode === query.regionCode);
    rows.sort((a, b) => compare(a, b, query.orderBy));
    this.listings.set(key, { version, rows });
    return rows;
  }

  private bump(state: GlobalProcessState): void {
    this.stateVersion.set(state, (this.stateVersion.get(state) ?? 0) + 1);
  }
}

function sortKey(r: NumberRecord, orderBy: OrderBy | undefined): number | string {
  if (orderBy === 'createdTime') return r.createdAt;
  if (orderBy === 'updatedTime') return r.updatedAt;
  return r.phoneNumber;
}

function compareKeys(a: number | string, aPhone: string, b: number | string, bPhone: string): number {
  if (a !== b) return a < b ? -1 : 1;
  return aPhone < bPhone ? -1 : aPhone > bPhone ? 1 : 0;
}

function compare(a: NumberRecord, b: NumberRecord, orderBy: OrderBy | undefined): number {
  return compareKeys(sortKey(a, orderBy), a.phoneNumber, sortKey(b, orderBy), b.phoneNumber);
}

/** Binary search: index of the first row sorting strictly after the cursor. */
function firstAfter(rows: NumberRecord[], orderBy: OrderBy | undefined, cursor: PageCursor): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = rows[mid];
    if (compareKeys(sortKey(r, orderBy), r.phoneNumber, cursor.key, cursor.phoneNumber) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isRegion(value: string): value is RegionCode {
  return value === 'US' || value === 'CA';
}
