// The hosting order tooltip rows the first tooltip test leaves out: the name, updated time, toll-free
// fields and schedules from the answer, the name and time given here when the answer has none, a
// "Migrate" row only when the answer says, no "Numbers" row without numbers, and empty or null
// fields left out.
import * as assert from 'node:assert/strict';
import type { HostingOrder } from '../../../../src/api/types';
import { orderTooltipMarkdown } from '../../../../src/model/orders/orderPresentation';
import type { OrderView } from '../../../../src/model/orders/ordersModel';
import { orderStateInfo } from '../../../../src/model/orders/stateWords';
import type { TrackedOrder } from '../../../../src/model/orders/trackedOrders';

const tracked: TrackedOrder = { hostingOrderId: 'ord-2', kind: 'tollFree', createdTime: '2026-01-01T10:00:00Z', source: 'opened', numbers: [], displayName: 'mine' };

function rows(order: Record<string, unknown> | undefined): string[] {
  const view: OrderView = {
    tracked, fetch: order ? { status: 'loaded', order: order as unknown as HostingOrder } : { status: 'pending' }, info: orderStateInfo(undefined), numbers: [],
    ...(order ? { order: order as unknown as HostingOrder } : {}),
  };
  return orderTooltipMarkdown(view).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Field'));
}

describe('hosting order tooltip fields', () => {
  it('shows the answer\'s name, update time, toll-free fields and schedules', () => {
    const shown = rows({
      displayName: 'Toll-free batch', createdTime: '2025-12-31T10:00:00Z', updatedTime: '2026-01-02T10:00:00Z', scheduledOsrUpdateTime: '2026-02-01T00:00:00Z',
      scheduledZipwhipProvisioningTime: '2026-02-02T00:00:00Z', migrateToSinchTmo: true,
      hostingOrderInfo: { businessName: 'Acme', serviceProvider: 'Bandwidth', nnid: '123', currentVoiceCarrier: null, loaType: '' },
    });
    assert.deepEqual(shown, [
      '| Hosting order ID | ord\\-2 |',
      '| Display name | Toll\\-free batch |',
      '| State | State not given |',
      '| Type | text enable \\(toll\\-free\\) |',
      '| Created | 2025\\-12\\-31T10:00:00Z |',
      '| Updated | 2026\\-01\\-02T10:00:00Z |',
      '| Business name | Acme |',
      '| Service provider | Bandwidth |',
      '| NNID | 123 |',
      '| Scheduled OSR update | 2026\\-02\\-01T00:00:00Z |',
      '| Scheduled Zipwhip provisioning | 2026\\-02\\-02T00:00:00Z |',
      '| Migrate to Sinch TMO | yes |',
      '| In this list | opened by ID |',
    ]);
  });

  it('falls back to the name and time given here, and leaves out what the answer does not say', () => {
    assert.deepEqual(rows(undefined), [
      '| Hosting order ID | ord\\-2 |',
      '| Display name | mine |',
      '| State | State not given |',
      '| Type | text enable \\(toll\\-free\\) |',
      '| Created | 2026\\-01\\-01T10:00:00Z |',
      '| In this list | opened by ID |',
    ]);
  });
});
