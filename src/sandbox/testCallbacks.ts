// "Send Test Callback": single events on demand, to see a receiver (the extension's inspector, or
// the user's own handler) cope with what Sinch may send: a success, a failure, the same event
// twice, an event older than the last one, and a delivery whose signature does not match.
import type { CallbackEvent } from '../api/types';
import type { CallbackSender } from './callbacks';
import type { TestCallbackKind } from './contract';
import { rngFor, uuidLike } from './prng';

/** The number test events are about (a sandbox number; Sinch never sees it). */
export const TEST_CALLBACK_NUMBER = '+12025550134';
const WRONG_SECRET = 'not-the-project-callback-secret';

export class TestCallbacks {
  private last: CallbackEvent | undefined;
  private count = 0;

  constructor(private readonly sender: CallbackSender, private readonly now: () => number) {}

  /** Sends the events of one kind in order; resolves with them once each delivery is over. */
  async send(url: string, kind: TestCallbackKind, projectId: string): Promise<CallbackEvent[]> {
    const sent: CallbackEvent[] = [];
    const deliver = async (event: CallbackEvent, signWith?: string): Promise<void> => {
      await this.sender.send(url, event, signWith ? { signWith } : {});
      sent.push(event);
      this.last = event;
    };
    switch (kind) {
      case 'succeeded':
        await deliver(this.fresh(projectId, 'PROVISIONING_TO_SMS_PLATFORM'));
        break;
      case 'failed':
        await deliver(this.fresh(projectId, 'HOSTING_PROCESS', 'INVALID_NNID'));
        break;
      case 'duplicate': {
        const event = this.last ?? this.fresh(projectId, 'PROVISIONING_TO_SMS_PLATFORM');
        if (!this.last) await deliver(event);
        await deliver(event);
        break;
      }
      case 'outOfOrder': {
        const newer = this.last ?? this.fresh(projectId, 'HOSTING_PROCESS');
        if (!this.last) await deliver(newer);
        // Same resource, stamped a minute before the newest one seen.
        const older = { ...this.fresh(projectId, 'OSR_UPDATE'), resourceType: newer.resourceType, resourceId: newer.resourceId, timestamp: new Date(Date.parse(newer.timestamp) - 60_000).toISOString() };
        await deliver(older);
        // The newest stays the reference for the next out-of-order test.
        this.last = newer;
        break;
      }
      case 'badSignature':
        await deliver(this.fresh(projectId, 'PROVISIONING_TO_SMS_PLATFORM'), WRONG_SECRET);
        break;
    }
    return sent;
  }

  private fresh(projectId: string, eventType: string, failureCode?: string): CallbackEvent {
    this.count += 1;
    const event: CallbackEvent = {
      resourceType: 'IMPORTED_NUMBER',
      eventType,
      eventId: uuidLike(rngFor('test-callback', this.now(), this.count)),
      timestamp: new Date(this.now()).toISOString(),
      projectId,
      resourceId: TEST_CALLBACK_NUMBER,
      status: failureCode ? 'FAILED' : 'SUCCEEDED',
    };
    if (failureCode) event.failureCode = failureCode;
    return event;
  }
}
