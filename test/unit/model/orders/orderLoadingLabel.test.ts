// An order tracked without a state says "Loading…" until its first answer, not "State not given".
import assert from 'node:assert/strict';
import type { HostingOrder } from '../../../../src/api/types';
import { OrderStore, SANDBOX_SCOPE } from '../../../../src/model/orders/orderStore';
import { HostingOrdersModel } from '../../../../src/model/orders/ordersModel';
import { MemoryMemento } from '../../../fixtures/memoryMemento';

describe('hosting order before its first answer', () => {
  it('says "Loading…"', async () => {
    let answer!: (order: HostingOrder) => void;
    const model = new HostingOrdersModel(new OrderStore(new MemoryMemento(), () => undefined));
    model.setSource({ getHostingOrder: () => new Promise((resolve) => (answer = resolve)), get: () => Promise.reject(new Error('unused')) }, SANDBOX_SCOPE);
    const tracking = model.track('o1', { source: 'opened' });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    assert.equal(model.find('o1')?.info.label, 'Loading…');
    answer({ hostingOrderId: 'o1', state: 'IN_PROGRESS' } as HostingOrder);
    assert.equal((await tracking)?.info.label, 'In progress');
  });
});
