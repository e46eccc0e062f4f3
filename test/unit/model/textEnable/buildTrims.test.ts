// What is sent: every typed value without the spaces around it, optional fields left out when blank,
// and a scheduled time only when both the picked local time and its UTC form are there.
import * as assert from 'node:assert/strict';
import { buildStandardRequest, buildTollFreeRequest } from '../../../../src/model/textEnable/build';
import { validStandardDraft } from '../../../fixtures/textEnableDrafts';

const padded = validStandardDraft({
  servicePlanId: ' plan1 ', campaignId: '   ', displayName: ' ', nnid: '  ', callbackUrl: ' ',
  firstName: ' Ada ', lastName: ' Lovelace ', email: ' ada@example.com ', buildingNumber: ' 1600 ', street: ' Main St ', city: ' Springfield ',
  state: ' IL ', postalCode: ' 62701 ', country: ' US ', currentVoiceCarrier: ' Verizon ',
});

describe('text-enable request: trimmed values', () => {
  it('trims every value of the standard request and leaves blank optional fields out', () => {
    assert.deepEqual(buildStandardRequest(padded, ['+12025550134']), {
      regionCode: 'US', numbers: ['+12025550134'], servicePlanId: 'plan1',
      directLoaInfo: {
        authorisedPerson: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
        address: { buildingNumber: '1600', street: 'Main St', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' },
        currentVoiceCarrier: 'Verizon',
      },
    });
  });

  it('sends a scheduled time only when one was picked and converted', () => {
    const picked = validStandardDraft({ scheduledLocal: '2030-06-01T10:00', scheduledUtc: '2030-06-01T08:00:00.000Z' });
    assert.equal(buildStandardRequest(picked, ['+12025550134']).scheduledOsrUpdateTime, '2030-06-01T08:00:00.000Z');
    assert.equal(buildStandardRequest({ ...picked, scheduledLocal: '  ' }, ['+12025550134']).scheduledOsrUpdateTime, undefined);
    assert.equal(buildStandardRequest({ ...picked, scheduledUtc: '' }, ['+12025550134']).scheduledOsrUpdateTime, undefined);
    assert.equal(buildTollFreeRequest({ ...picked, scheduledUtc: '' }, ['+18335870229']).directLoaInfo?.scheduledZipwhipProvisioningTime, undefined);
  });

  it('trims the toll-free service plan', () => {
    assert.equal(buildTollFreeRequest(padded, ['+18335870229']).servicePlanId, 'plan1');
  });
});
