// What the Hosting Orders view shows for one order: the label (the order's name, else the name we
// gave it, else its ID), the description, every field of the tooltip, and the notification when an
// order finishes.
import * as assert from 'node:assert/strict';
import type { HostingOrder } from '../../../../src/api/types';
import { finishedOrderMessage, orderDescription, orderLabel, orderNumberLabel, orderTooltipMarkdown } from '../../../../src/model/orders/orderPresentation';
import type { OrderView } from '../../../../src/model/orders/ordersModel';
import { orderStateInfo } from '../../../../src/model/orders/stateWords';
import type { TrackedOrder } from '../../../../src/model/orders/trackedOrders';

const tracked: TrackedOrder = { hostingOrderId: 'ord-1', kind: 'standard', createdTime: '2026-01-01T10:00:00Z', source: 'submission', numbers: ['+12025550134'] };
const now = Date.parse('2026-01-01T10:03:00Z');

function view(order: Partial<HostingOrder> | undefined, more: Partial<OrderView> = {}): OrderView {
  return {
    tracked, fetch: order ? { status: 'loaded', order: order as HostingOrder } : { status: 'pending' }, order: order as HostingOrder | undefined,
    info: orderStateInfo(order?.state), numbers: tracked.numbers, ...more,
  };
}

describe('hosting order words', () => {
  it('labels an order by its name, the name given here, or its ID', () => {
    assert.equal(orderLabel(view({ displayName: 'May batch' }, { tracked: { ...tracked, displayName: 'mine' } })), 'May batch');
    assert.equal(orderLabel(view({ displayName: '' }, { tracked: { ...tracked, displayName: 'mine' } })), 'mine');
    assert.equal(orderLabel(view(undefined)), 'ord-1');
  });

  it('describes state, type, age and a failed refresh', () => {
    assert.equal(orderDescription(view({ state: 'IN_PROGRESS', type: 'TYPE_TEXT_ENABLE', createdTime: '2026-01-01T10:00:00Z' }), now), 'In progress · text enable · 3 min. ago');
    const failed = view({ state: 'SUBMITTED' }, { fetch: { status: 'error', error: new Error('x') } });
    assert.equal(orderDescription(failed, now), 'Submitted · text enable · 3 min. ago · refresh failed');
  });

  it('lists every field the order has in the tooltip, and only those', () => {
    const markdown = orderTooltipMarkdown(view({
      state: 'WAITING_FOR_LOA_SIGNATURE', type: 'TYPE_TEXT_ENABLE', regionCode: 'US', projectId: 'p1', createdTime: '2026-01-01T10:00:00Z',
      servicePlanId: 'plan', campaignId: 'C1', migrateToSinchTmo: false, callbackUrl: 'https://example.com/cb',
      textEnableInfo: {
        loaType: 'LOA_TYPE_DIRECT', authorisedPerson: { lastName: 'Lovelace', email: 'ada@example.com' }, currentVoiceCarrier: 'Verizon',
        address: { buildingNumber: '1600', street: 'Main St', city: 'Springfield', state: '', postalCode: '12345', country: 'US' },
      },
    } as Partial<HostingOrder>));
    assert.equal(markdown, [
      '**ord\\-1**', '', '| Field | Value |', '|---|---|',
      '| Hosting order ID | ord\\-1 |',
      '| State | Waiting for the LoA signature |',
      '| Type | text enable |',
      '| Region | US |',
      '| Project | p1 |',
      '| Created | 2026\\-01\\-01T10:00:00Z |',
      '| Service plan | plan |',
      '| Campaign | C1 |',
      '| LoA type | LOA\\_TYPE\\_DIRECT |',
      '| LoA e-mail | ada@example\\.com |',
      '| Authorised person | Lovelace |',
      '| Address | 1600, Main St, Springfield, 12345, US |',
      '| Current voice carrier | Verizon |',
      '| Migrate to Sinch TMO | no |',
      '| Callback URL | https://example\\.com/cb |',
      '| Numbers | 1 |',
      '| In this list | filed from this editor |',
    ].join('\n'));
  });

  it('names the authorised person by whichever names are given', () => {
    const firstOnly = orderTooltipMarkdown(view({ state: 'SUBMITTED', textEnableInfo: { authorisedPerson: { firstName: 'Ada' } } } as Partial<HostingOrder>));
    assert.ok(firstOnly.split('\n').includes('| Authorised person | Ada |'), firstOnly);
  });

  it('says in the tooltip when Sinch does not know the order or the refresh failed', () => {
    assert.match(orderTooltipMarkdown(view(undefined, { fetch: { status: 'notFound', message: 'Not found.' } })), /^\*\*ord\\-1\*\*\n\n\$\(circle-slash\) Sinch does not know this order \(404\): Not found\\\. Forget it to remove it from the list\.\n\n\| Field/);
    assert.match(orderTooltipMarkdown(view({ state: 'SUBMITTED', migrateToSinchTmo: true }, { fetch: { status: 'error', error: 1 } })), /\$\(warning\) The last refresh failed; showing the state seen before\.\n\n[^]*\| Migrate to Sinch TMO \| yes \|/);
  });

  it('tells when an order finished', () => {
    const order = { hostingOrderId: 'ord-1', state: 'COMPLETED' } as HostingOrder;
    assert.equal(
      finishedOrderMessage({ tracked: { ...tracked, displayName: 'mine' }, order, state: 'COMPLETED' }),
      'Hosting order "mine" (ord-1) is Completed: its numbers are hosted on Sinch and can send SMS. Any that failed are under "Hosting failed" in Qualified Numbers, with the reason.',
    );
    assert.equal(
      finishedOrderMessage({ tracked, order: { ...order, state: 'REJECTED' }, state: 'REJECTED', reason: 'The LoA was not signed  ' }),
      'Hosting order ord-1 was Rejected: The LoA was not signed. Fix the cause, then text-enable the numbers again.',
    );
    assert.equal(
      finishedOrderMessage({ tracked, order: { ...order, state: 'REJECTED' }, state: 'REJECTED' }),
      'Hosting order ord-1 was Rejected. Sinch did not give a reason; the order details may say more. Fix the cause, then text-enable the numbers again.',
    );
    assert.equal(orderNumberLabel('+12025550134'), '+1 202-555-0134');
  });
});
