// The API operations on one project's store: validation outcome in, wire object out, Sinch-shaped
// errors thrown. Kept apart from HTTP so the routes stay a thin table.
import type {
  AddNumbersResponse, HostingOrder, ListQualifiedNumbersResponse, QualifiedNumber, TextEnableNumbersResponse,
} from '../api/types';
import { isTollFree, regionOf } from '../model/phone';
import type { SandboxEngine } from './engine';
import { alreadyExists, failedPrecondition, invalidArgument, notFound } from './errors';
import {
  BLOCKED_ERROR, challengeCode, MAX_WRONG_CODES, newNumberRecord, rejectionFor, SERVICE_PROVIDER, TIMINGS, wrongCodeError,
} from './lifecycle';
import { numberToWire, orderToWire, type NumberRecord, type OrderKind, type OrderRecord } from './model';
import { decodePageToken, encodePageToken } from './paging';
import { orderId } from './seed';
import type { ProjectStore } from './store';
import { validateAddNumbers, validateListQuery, validateTextEnable, validateVerifyCode } from './validation';

/** The default NNID when a request names none (the one in Sinch's samples). */
const DEFAULT_NNID = '104029';

function requireNumber(store: ProjectStore, phoneNumber: string): NumberRecord {
  const record = store.getNumber(phoneNumber);
  if (!record) throw notFound(`The qualified number ${phoneNumber} could not be found in project ${store.projectId}.`);
  return record;
}

function listNames(phones: string[]): string {
  return phones.length <= 10 ? phones.join(', ') : `${phones.slice(0, 10).join(', ')} and ${phones.length - 10} more`;
}

export function listNumbers(store: ProjectStore, params: URLSearchParams, maxPageSize: number): ListQualifiedNumbersResponse {
  const request = validateListQuery(params, maxPageSize);
  let cursor;
  if (request.pageToken) {
    const decoded = decodePageToken(request.pageToken, store.projectId, request.query);
    if (!decoded.ok) throw invalidArgument('The page token is not valid for this request.', [{ field: 'pageToken', description: decoded.reason }]);
    cursor = decoded.cursor;
  }
  const page = store.list(request.query, request.pageSize, cursor);
  return {
    qualifiedNumbers: page.items.map((r) => numberToWire(store.projectId, r)),
    nextPageToken: page.next ? encodePageToken(store.projectId, request.query, page.next) : '',
    totalSize: page.totalSize,
  };
}

export function getNumber(store: ProjectStore, phoneNumber: string): QualifiedNumber {
  return numberToWire(store.projectId, requireNumber(store, phoneNumber));
}

export function deleteNumber(engine: SandboxEngine, store: ProjectStore, phoneNumber: string): Record<string, never> {
  const record = requireNumber(store, phoneNumber);
  if (record.state === 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS') {
    throw failedPrecondition(`${phoneNumber} is in hosting order ${record.hostingOrderId}; it can be deleted once the order has finished.`);
  }
  store.deleteNumber(phoneNumber);
  engine.changed();
  return {};
}

export function addNumbers(engine: SandboxEngine, store: ProjectStore, body: unknown): AddNumbersResponse {
  const phones = validateAddNumbers(body);
  const existing = phones.filter((p) => store.getNumber(p));
  if (existing.length > 0) throw alreadyExists(`These numbers already exist in project ${store.projectId}: ${listNames(existing)}.`);
  const now = engine.now();
  const added = phones.map((p) => {
    const record = newNumberRecord(p, regionOf(p), isTollFree(p), now);
    store.insertNumber(record);
    return numberToWire(store.projectId, record);
  });
  engine.changed();
  return { qualifiedNumbers: added };
}

const CHALLENGE_STATES = new Set(['GLOBAL_PROCESS_STATE_ELIGIBLE', 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING', 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED']);

export function sendVoiceChallenge(engine: SandboxEngine, store: ProjectStore, phoneNumber: string): QualifiedNumber {
  const record = requireNumber(store, phoneNumber);
  if (!CHALLENGE_STATES.has(record.state)) {
    throw failedPrecondition(`${phoneNumber} is ${record.state}; a voice challenge can be sent only to ELIGIBLE, VERIFICATION_PENDING or VERIFICATION_FAILED numbers.`);
  }
  const attempt = record.challengeAttempts + 1;
  const code = challengeCode(engine.seed, phoneNumber, attempt);
  store.updateNumber(record, engine.now(), (r) => {
    r.challengeAttempts = attempt;
    r.pendingCode = code;
    r.state = 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING';
    r.ownership = { status: 'IN_PROGRESS' };
  });
  store.setLastCode(phoneNumber, code);
  engine.emit({ type: 'voiceCall', projectId: store.projectId, phoneNumber, code });
  engine.changed();
  return numberToWire(store.projectId, record);
}

export function verifyVoiceChallenge(engine: SandboxEngine, store: ProjectStore, phoneNumber: string, body: unknown): QualifiedNumber {
  const code = validateVerifyCode(body);
  const record = requireNumber(store, phoneNumber);
  const waiting = record.state === 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING' || record.state === 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED';
  if (!waiting || record.pendingCode === undefined) {
    throw failedPrecondition(`No voice challenge is waiting for ${phoneNumber} (it is ${record.state}); send one first.`);
  }
  store.updateNumber(record, engine.now(), (r) => {
    if (code === r.pendingCode) {
      r.state = 'GLOBAL_PROCESS_STATE_VERIFIED';
      r.ownership = { status: 'DONE' };
      r.pendingCode = undefined;
      r.wrongStreak = 0;
      return;
    }
    r.wrongStreak += 1;
    if (r.wrongStreak >= MAX_WRONG_CODES) {
      r.state = 'GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED';
      r.ownership = { status: 'FAILED', error: BLOCKED_ERROR };
      r.pendingCode = undefined;
    } else {
      r.state = 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED';
      r.ownership = { status: 'FAILED', error: wrongCodeError(r.wrongStreak) };
    }
  });
  engine.changed();
  return numberToWire(store.projectId, record);
}

const TEXT_ENABLE_STATES = new Set(['GLOBAL_PROCESS_STATE_VERIFIED', 'GLOBAL_PROCESS_STATE_HOSTING_FAILED']);
const HOSTING_STATES = new Set(['GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS', 'GLOBAL_PROCESS_STATE_HOSTING_DONE']);

export function textEnable(engine: SandboxEngine, store: ProjectStore, body: unknown, kind: OrderKind): TextEnableNumbersResponse | HostingOrder {
  const input = validateTextEnable(body, kind, store.projectId);
  const unknown = input.numbers.filter((p) => !store.getNumber(p));
  if (unknown.length > 0) throw notFound(`These numbers are not qualified numbers of project ${store.projectId}: ${listNames(unknown)}. Add them first.`);
  const records = input.numbers.map((p) => requireNumber(store, p));
  const hosting = records.filter((r) => HOSTING_STATES.has(r.state));
  if (hosting.length > 0) {
    throw alreadyExists(`These numbers are already text-enabled or being text-enabled: ${listNames(hosting.map((r) => `${r.phoneNumber} (${r.state})`))}.`);
  }
  const violations = input.numbers.flatMap((p, i) => {
    const state = records[i].state;
    return TEXT_ENABLE_STATES.has(state) ? [] : [{ field: `numbers[${i}]`, description: `${p} is ${state}; only VERIFIED or HOSTING_FAILED numbers can be text-enabled` }];
  });
  if (violations.length > 0) throw failedPrecondition('Some numbers are not ready to be text-enabled.', violations);

  const now = engine.now();
  store.orderSeq += 1;
  const order: OrderRecord = {
    hostingOrderId: orderId(engine.seed, store.projectId, store.orderSeq),
    kind,
    regionCode: input.regionCode,
    state: 'SUBMITTED',
    createdAt: now,
    updatedAt: now,
    nextAt: now + TIMINGS.orderReviewSeconds * 1000,
    servicePlanId: input.servicePlanId,
    info: {
      serviceProvider: SERVICE_PROVIDER,
      loaType: input.loa.type,
      ...(input.loa.businessName ? { businessName: input.loa.businessName } : {}),
      ...(input.loa.authorisedPerson ? { authorisedPerson: input.loa.authorisedPerson } : {}),
      ...(input.loa.address ? { address: input.loa.address } : {}),
      ...(input.loa.currentVoiceCarrier ? { currentVoiceCarrier: input.loa.currentVoiceCarrier } : {}),
      ...(kind === 'standard' ? { nnid: input.nnid ?? DEFAULT_NNID } : {}),
    },
    numbers: [...input.numbers],
  };
  const optional: Partial<OrderRecord> = {
    displayName: input.displayName,
    campaignId: input.campaignId,
    scheduledOsrUpdateTime: input.scheduledOsrUpdateTime,
    scheduledZipwhipProvisioningTime: input.scheduledZipwhipProvisioningTime,
    migrateToSinchTmo: input.migrateToSinchTmo,
    callbackUrl: input.callbackUrl,
    rejection: rejectionFor(input.campaignId, input.displayName),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (order as unknown as Record<string, unknown>)[key] = value;
  }
  store.insertOrder(order);
  for (const r of records) {
    store.updateNumber(r, now, (n) => {
      n.state = 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS';
      n.hosted = { status: 0 };
      n.hostingOrderId = order.hostingOrderId;
    });
  }
  engine.emit({ type: 'hostingOrder', projectId: store.projectId, hostingOrderId: order.hostingOrderId, state: order.state });
  engine.changed();
  return kind === 'standard' ? { hostingOrderId: order.hostingOrderId } : orderToWire(store.projectId, order);
}

export function getHostingOrder(store: ProjectStore, hostingOrderId: string): HostingOrder {
  const order = store.getOrder(hostingOrderId);
  if (!order) throw notFound(`The hosting order ${hostingOrderId.slice(0, 60)} could not be found in project ${store.projectId}.`);
  return orderToWire(store.projectId, order);
}
