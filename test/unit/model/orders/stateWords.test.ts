// The words, icons and colours each hosting order state shows with, and which states are final.
import assert from 'node:assert/strict';
import { HOSTING_ORDER_STATES } from '../../../../src/api/types';
import { orderStateInfo, orderTypeWords, NOT_FOUND_INFO } from '../../../../src/model/orders/stateWords';
import { orderStateLabel } from '../../../../src/model/textEnable/orderSummary';

describe('hosting order state words', () => {
  it('names every state as the issue does, each with its own icon', () => {
    const labels = HOSTING_ORDER_STATES.slice(1).map((s) => orderStateInfo(s).label);
    assert.deepEqual(labels, ['Draft', 'Submitted', 'Waiting for the LoA signature', 'In progress', 'Completed', 'Rejected']);
    const icons = HOSTING_ORDER_STATES.map((s) => orderStateInfo(s).icon);
    assert.equal(new Set(icons).size, icons.length);
    for (const s of HOSTING_ORDER_STATES) assert.match(orderStateInfo(s).color, /^[a-zA-Z]+(\.[a-zA-Z]+)?$/);
  });

  it('treats only Completed, Rejected and a 404 as finished', () => {
    assert.deepEqual(HOSTING_ORDER_STATES.filter((s) => orderStateInfo(s).finished), ['COMPLETED', 'REJECTED']);
    assert.equal(NOT_FOUND_INFO.finished, true);
    // A state Sinch adds later may still move: keep refreshing it, and show its name readably.
    assert.deepEqual([orderStateInfo('PENDING_CARRIER').label, orderStateInfo('PENDING_CARRIER').finished], ['pending carrier', false]);
  });

  it('is the one source of the form result\'s state words', () => {
    assert.equal(orderStateLabel('WAITING_FOR_LOA_SIGNATURE'), 'Waiting for the LoA signature');
  });

  it('says the type in words, knowing an order filed here is a text enable', () => {
    assert.equal(orderTypeWords('TYPE_TEXT_ENABLE', 'standard'), 'text enable');
    assert.equal(orderTypeWords('TYPE_TEXT_ENABLE', 'tollFree'), 'text enable (toll-free)');
    assert.equal(orderTypeWords('IMPORT'), 'import');
    assert.equal(orderTypeWords(undefined, 'standard'), 'text enable');
    assert.equal(orderTypeWords(undefined), 'type not given');
  });
});
