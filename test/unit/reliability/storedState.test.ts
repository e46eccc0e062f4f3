// What the extension reads back from globalState / workspaceState after a reload may be an older
// version's shape or hand-edited: the Hosting Orders list and the received callbacks. Arbitrary
// stored values and spoiled copies of good entries must never throw, neither in the stores nor in
// what the views render from them; what is dropped is logged; nothing is listed twice.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CallbackInbox } from '../../../src/model/callbacks/inbox';
import { callbackDocument, callbackRow, exportCallbacks } from '../../../src/model/callbacks/presentation';
import { HostingOrdersModel } from '../../../src/model/orders/ordersModel';
import { orderDescription, orderLabel, orderTooltipMarkdown } from '../../../src/model/orders/orderPresentation';
import { HOSTING_ORDER_ID_PATTERN } from '../../../src/model/orders/orderId';
import { ORDER_STORE_KEY, OrderStore, SANDBOX_SCOPE } from '../../../src/model/orders/orderStore';
import { isE164 } from '../../../src/model/phone';
import { MemoryMemento } from '../../fixtures/memoryMemento';

const SEED = 7007;
const NOW = Date.UTC(2026, 11, 1, 12);

const GOOD_ORDER = { hostingOrderId: '01HXYZORDER0000000000000001', kind: 'standard', regionCode: 'US', createdTime: '2026-11-30T10:00:00.000Z', source: 'submission', numbers: ['+12025550134'], lastState: 'IN_PROGRESS', displayName: 'Spring' };
const GOOD_RECORD = {
  id: 'r1', receivedAt: NOW, lastReceivedAt: NOW, deliveries: 1, method: 'POST', path: '/sinch', headers: { 'content-type': 'application/json' },
  bodyBase64: Buffer.from('{"eventId":"e1"}').toString('base64'), bodyBytes: 16, answeredStatus: 200,
  event: { resourceType: 'IMPORTED_NUMBER', eventType: 'OSR_UPDATE', eventId: 'e1', timestamp: '2025-01-06T09:01:10Z', projectId: 'p', resourceId: '+12025550134', status: 'SUCCEEDED' },
  verdict: { kind: 'unsigned', why: '' }, sends: [],
};

/** A good entry with one field replaced by anything (or removed), or something else entirely. */
function spoiled(good: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(good);
  return fc.oneof(
    fc.constant(good),
    fc.record({ key: fc.constantFrom(...keys), value: fc.anything() }).map(({ key, value }) => ({ ...good, [key]: value })),
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key))),
    fc.record({ key: fc.constantFrom('__proto__', 'constructor', 'keySecret', 'extra'), value: fc.anything() }).map(({ key, value }) => JSON.parse(JSON.stringify({ ...good, [key]: value }) ?? 'null') as unknown),
    fc.anything(),
  );
}

describe('reliability: stored orders and callbacks that do not parse', function () {
  // 2000 runs each: seconds alone, much longer on a busy 2-core machine.
  this.timeout(120_000);
  it('Hosting Orders: any stored value (2000 runs) never throws in the store or the view; what is listed is valid and listed once; what is dropped is logged', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(fc.constantFrom(SANDBOX_SCOPE, 'profile:p:1', '__proto__'), fc.oneof(fc.array(spoiled(GOOD_ORDER), { maxLength: 8 }), fc.anything())),
        ),
        (stored) => {
          const memento = new MemoryMemento();
          memento.values.set(ORDER_STORE_KEY, stored);
          const logged: string[] = [];
          const store = new OrderStore(memento, (line) => logged.push(line));
          const model = new HostingOrdersModel(store, () => new Date(NOW));
          model.setSource({ getHostingOrder: async () => { throw new Error('offline'); }, get: async () => { throw new Error('offline'); } }, SANDBOX_SCOPE);
          const views = model.orders();
          const ids = views.map((v) => v.tracked.hostingOrderId);
          assert.equal(new Set(ids).size, ids.length, 'an order listed twice');
          for (const v of views) {
            assert.match(v.tracked.hostingOrderId, HOSTING_ORDER_ID_PATTERN);
            assert.ok(!Number.isNaN(Date.parse(v.tracked.createdTime)));
            assert.ok(v.tracked.numbers.every(isE164));
            orderLabel(v);
            orderDescription(v, NOW);
            orderTooltipMarkdown(v);
          }
          // Every stored entry is listed or dropped with its own log line.
          const raw = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>)[SANDBOX_SCOPE] : undefined;
          const dropped = logged.filter((line) => /^Hosting orders \(sandbox\): stored hosting order #\d+ was dropped: /.test(line)).length;
          if (Array.isArray(raw)) assert.equal(views.length + dropped, raw.length, logged.join('\n'));
          else if (raw !== undefined) assert.ok(logged.some((line) => /sandbox.*not a list/.test(line)), logged.join('\n'));
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('Callbacks: any stored value (2000 runs) never throws in the inbox, the rows, the documents or the export; one row per event; drops are logged', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ version: fc.constantFrom(1, 2, '1'), records: fc.oneof(fc.array(spoiled(GOOD_RECORD), { maxLength: 8 }), fc.anything()) })),
        (stored) => {
          const dropped: string[] = [];
          const inbox = CallbackInbox.fromStored(stored, undefined, (reason) => dropped.push(reason));
          const rows = inbox.list();
          const eventIds = rows.flatMap((r) => (r.event ? [r.event.eventId] : []));
          assert.equal(new Set(eventIds).size, eventIds.length, 'an event listed twice');
          assert.equal(new Set(rows.map((r) => r.id)).size, rows.length, 'a row id twice');
          for (const r of rows) {
            callbackRow(r, NOW);
            callbackDocument(r);
          }
          exportCallbacks(rows, NOW);
          const records = (stored as { version?: unknown; records?: unknown } | null)?.records;
          if ((stored as { version?: unknown } | null)?.version === 1 && Array.isArray(records)) {
            assert.equal(rows.length + dropped.length, records.length, `kept ${rows.length} + dropped ${dropped.length} of ${records.length}`);
          } else if (stored !== undefined) {
            assert.equal(rows.length, 0);
            assert.equal(dropped.length, 1);
          }
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
