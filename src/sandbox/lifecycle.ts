// The state machine, driven by the virtual clock. Nothing runs on timers: each request (and each
// clock advance) asks `runDue` to apply every step whose time has come, stamped with the virtual
// time it was due, so the outcome does not depend on when anyone looked. Rules and timings here
// are documented in docs/SANDBOX.md; change both together.
import type { CallbackEvent } from '../api/types';
import type { SandboxEvent } from './contract';
import type { NumberRecord, OrderKind, OrderRecord, OrderRejection } from './model';
import { rngFor, uuidLike } from './prng';
import type { ProjectStore } from './store';

const SECOND = 1000;

/** Virtual seconds between automatic steps. */
export const TIMINGS = {
  /** Added number: osrEligibility WAITING -> IN_PROGRESS. */
  eligibilityStartSeconds: 5,
  /** Added number: IN_PROGRESS -> ELIGIBLE / NOT_ELIGIBLE, counted from the add. */
  eligibilityResultSeconds: 30,
  /** Order: SUBMITTED -> WAITING_FOR_LOA_SIGNATURE (or REJECTED). */
  orderReviewSeconds: 10,
  /** Order: -> IN_PROGRESS (the LoA is "signed"), counted from filing. */
  orderLoaSignedSeconds: 40,
  /** Order: -> COMPLETED, numbers HOSTING_DONE / HOSTING_FAILED, counted from filing. */
  orderCompleteSeconds: 70,
} as const;

/** The third wrong code in a row blocks the number. */
export const MAX_WRONG_CODES = 3;

export const SERVICE_PROVIDER = 'Sinch America Inc.';

/** Last four digits, as a number: the rules below key off them so they are easy to aim for. */
function lineNumber(phoneNumber: string): number {
  return Number(phoneNumber.slice(-4));
}

/** Rule: numbers whose last four digits are 0000-0099 are not eligible. */
export function isNotEligibleNumber(phoneNumber: string): boolean {
  return lineNumber(phoneNumber) <= 99;
}

/** Rule: numbers whose last four digits are 9900-9999 fail hosting. */
export function failsHosting(phoneNumber: string): boolean {
  return lineNumber(phoneNumber) >= 9900;
}

export const NOT_ELIGIBLE_ERROR = 'Number is not eligible for hosting: the current carrier does not allow SMS to be enabled on it (OSR record locked).';

export const WRONG_CODE_ERROR = 'The code entered does not match the code in the voice call.';
export const BLOCKED_ERROR = `Verification blocked after ${MAX_WRONG_CODES} wrong codes in a row; contact Sinch support to unblock the number.`;

export function hostingFailure(kind: OrderKind): { failureCode: string; error: string } {
  return kind === 'tollFree'
    ? { failureCode: 'TFN_NOT_ALLOWED', error: 'Toll-free provisioning failed: the number is held by another Responsible Organization.' }
    : { failureCode: 'OSR_UPDATE_FAILED', error: 'The OSR update was refused: the number is linked to a 10DLC campaign of another provider.' };
}

/** Rule: a campaignId or displayName starting with "REJECT" (any case) gets the order rejected at review. */
export function rejectionFor(campaignId: string | undefined, displayName: string | undefined): OrderRejection | undefined {
  if (campaignId && /^reject/i.test(campaignId)) {
    return { failureCode: 'CAMPAIGN_NOT_AVAILABLE', message: `Campaign ${campaignId} is not available to this account.` };
  }
  if (displayName && /^reject/i.test(displayName)) {
    return { failureCode: 'LOA_REJECTED', message: 'The Letter of Authorization was declined by the signer.' };
  }
  return undefined;
}

/** The code "said" on voice call number `attempt` to a number: 4 to 6 digits, fixed by the seed. */
export function challengeCode(seed: number, phoneNumber: string, attempt: number): string {
  const rng = rngFor(seed, 'voice', phoneNumber, attempt);
  const length = 4 + Math.floor(rng() * 3);
  let code = '';
  for (let i = 0; i < length; i++) code += Math.floor(rng() * 10);
  return code;
}

export function newNumberRecord(phoneNumber: string, regionCode: 'US' | 'CA', tollFree: boolean, now: number): NumberRecord {
  return {
    phoneNumber,
    regionCode,
    tollFree,
    state: 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING',
    osr: { status: 'WAITING' },
    ownership: { status: 'STATE_UNSPECIFIED' },
    hosted: { status: 0 },
    createdAt: now,
    updatedAt: now,
    nextAt: now + TIMINGS.eligibilityStartSeconds * SECOND,
    challengeAttempts: 0,
    wrongStreak: 0,
  };
}

export type LifecycleOutput =
  | { kind: 'event'; at: number; event: SandboxEvent }
  | { kind: 'callback'; at: number; url: string; payload: CallbackEvent };

/** Applies every step due at or before `now`; returns what to emit and deliver, in time order. */
export function runDue(store: ProjectStore, now: number): LifecycleOutput[] {
  const due = store.takeDue(now);
  if (due.length === 0) return [];
  const out: LifecycleOutput[] = [];
  for (const entity of due) {
    while (entity.nextAt !== undefined && entity.nextAt <= now) {
      const at = entity.nextAt;
      if (isOrder(entity)) stepOrder(store, entity, at, out);
      else stepNumber(store, entity, at);
    }
  }
  store.refreshDue();
  return out.sort((a, b) => a.at - b.at);
}

function isOrder(entity: NumberRecord | OrderRecord): entity is OrderRecord {
  return 'servicePlanId' in entity;
}

function stepNumber(store: ProjectStore, r: NumberRecord, at: number): void {
  if (r.state !== 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING') {
    r.nextAt = undefined;
    return;
  }
  if (r.osr.status === 'WAITING') {
    store.updateNumber(r, at, (n) => {
      n.osr = { status: 'IN_PROGRESS' };
      n.nextAt = at + (TIMINGS.eligibilityResultSeconds - TIMINGS.eligibilityStartSeconds) * SECOND;
    });
    return;
  }
  store.updateNumber(r, at, (n) => {
    n.nextAt = undefined;
    if (isNotEligibleNumber(n.phoneNumber)) {
      n.state = 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE';
      n.osr = { status: 'FAILED', error: NOT_ELIGIBLE_ERROR };
    } else {
      n.state = 'GLOBAL_PROCESS_STATE_ELIGIBLE';
      n.osr = { status: 'DONE' };
    }
  });
}

function stepOrder(store: ProjectStore, o: OrderRecord, at: number, out: LifecycleOutput[]): void {
  const filed = o.createdAt;
  switch (o.state) {
    case 'SUBMITTED':
      if (o.rejection) {
        finishOrder(store, o, at, 'REJECTED', out);
      } else {
        setOrderState(store, o, at, 'WAITING_FOR_LOA_SIGNATURE', filed + TIMINGS.orderLoaSignedSeconds * SECOND, out);
      }
      return;
    case 'WAITING_FOR_LOA_SIGNATURE':
      setOrderState(store, o, at, 'IN_PROGRESS', filed + TIMINGS.orderCompleteSeconds * SECOND, out);
      return;
    case 'IN_PROGRESS':
      finishOrder(store, o, at, 'COMPLETED', out);
      return;
    default:
      o.nextAt = undefined;
  }
}

function setOrderState(store: ProjectStore, o: OrderRecord, at: number, state: OrderRecord['state'], nextAt: number | undefined, out: LifecycleOutput[]): void {
  o.state = state;
  o.updatedAt = at;
  o.nextAt = nextAt;
  store.track(o);
  out.push({ kind: 'event', at, event: { type: 'hostingOrder', projectId: store.projectId, hostingOrderId: o.hostingOrderId, state } });
  if (state === 'IN_PROGRESS' && o.kind === 'standard') {
    // The LoA is signed: the carrier's OSR record is updated for each number.
    const callbacks = hostedNumbers(store, o).map((phone) => numberEvent(store, o, 'OSR_UPDATE', phone, at, failsHosting(phone) ? hostingFailure(o.kind).failureCode : undefined));
    queueCallbacks(o, at, callbacks, out);
  }
}

/** The order's numbers still waiting on it. */
function hostedNumbers(store: ProjectStore, o: OrderRecord): string[] {
  return o.numbers.filter((phone) => {
    const r = store.getNumber(phone);
    return r !== undefined && r.hostingOrderId === o.hostingOrderId && r.state === 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS';
  });
}

/** Moves the order's numbers out of HOSTING_IN_PROGRESS and reports each outcome. */
function finishOrder(store: ProjectStore, o: OrderRecord, at: number, state: 'COMPLETED' | 'REJECTED', out: LifecycleOutput[]): void {
  setOrderState(store, o, at, state, undefined, out);
  const callbacks: CallbackEvent[] = [];
  let firstFailure: string | undefined;
  for (const phone of hostedNumbers(store, o)) {
    const r = store.getNumber(phone);
    if (!r) continue;
    let failure: { failureCode: string; error: string } | undefined;
    if (o.rejection) failure = { failureCode: o.rejection.failureCode, error: `Hosting order ${o.hostingOrderId} was rejected: ${o.rejection.message}` };
    else if (failsHosting(phone)) failure = hostingFailure(o.kind);
    firstFailure ??= failure?.failureCode;
    store.updateNumber(r, at, (n) => {
      n.state = failure ? 'GLOBAL_PROCESS_STATE_HOSTING_FAILED' : 'GLOBAL_PROCESS_STATE_HOSTING_DONE';
      n.hosted = failure ? { status: 2, error: failure.error } : { status: 1 };
    });
    callbacks.push(...numberSteps(store, o, phone, at, failure?.failureCode));
  }
  callbacks.push(callbackEvent(store.projectId, o, 'HOSTING_ORDER_NUMBER', 'HOSTING_PROCESS', o.hostingOrderId, at, o.rejection?.failureCode ?? firstFailure));
  queueCallbacks(o, at, callbacks, out);
}

/**
 * The documented events for one number when its order ends: a standard number is linked to the
 * campaign and provisioned (its OSR failure was reported when the LoA was signed); a toll-free
 * number is provisioned or refused; every number then gets its HOSTING_PROCESS outcome.
 */
function numberSteps(store: ProjectStore, o: OrderRecord, phone: string, at: number, failureCode: string | undefined): CallbackEvent[] {
  const steps: CallbackEvent[] = [];
  if (!o.rejection) {
    if (o.kind === 'tollFree') steps.push(numberEvent(store, o, 'PROVISIONING_TO_SMS_PLATFORM', phone, at, failureCode));
    else if (!failureCode) {
      if (o.campaignId) steps.push(numberEvent(store, o, 'LINK_TO_10DLC_CAMPAIGN', phone, at, undefined));
      steps.push(numberEvent(store, o, 'PROVISIONING_TO_SMS_PLATFORM', phone, at, undefined));
    }
  }
  steps.push(numberEvent(store, o, 'HOSTING_PROCESS', phone, at, failureCode));
  return steps;
}

function numberEvent(store: ProjectStore, o: OrderRecord, eventType: string, phone: string, at: number, failureCode: string | undefined): CallbackEvent {
  return callbackEvent(store.projectId, o, 'IMPORTED_NUMBER', eventType, phone, at, failureCode);
}

function queueCallbacks(o: OrderRecord, at: number, callbacks: CallbackEvent[], out: LifecycleOutput[]): void {
  if (!o.callbackUrl) return;
  for (const payload of callbacks) out.push({ kind: 'callback', at, url: o.callbackUrl, payload });
}

/** resourceType IMPORTED_NUMBER names a number (E.164), HOSTING_ORDER_NUMBER a hosting order (its ID). */
export function callbackEvent(projectId: string, o: Pick<OrderRecord, 'hostingOrderId'>, resourceType: 'IMPORTED_NUMBER' | 'HOSTING_ORDER_NUMBER', eventType: string, resourceId: string, at: number, failureCode: string | undefined): CallbackEvent {
  const event: CallbackEvent = {
    resourceType,
    eventType,
    eventId: uuidLike(rngFor(o.hostingOrderId, resourceType, eventType, resourceId)),
    timestamp: new Date(at).toISOString(),
    projectId,
    resourceId,
    status: failureCode ? 'FAILED' : 'SUCCEEDED',
  };
  if (failureCode) event.failureCode = failureCode;
  return event;
}
