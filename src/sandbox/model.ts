// What the sandbox stores, as plain JSON-able data (times in epoch ms), and how it is shown on
// the wire. Records are mutated only through `ProjectStore` so its indexes stay right.
import type {
  Address, AuthorisedPerson, DetailStatus, GlobalProcessState, HostingOrder, HostingOrderState, QualifiedNumber, RegionCode,
} from '../api/types';

export interface DetailRecord {
  status: DetailStatus;
  error?: string;
}

export interface HostedRecord {
  /** 0 unspecified, 1 hosted, 2 failed: the reference's integer enum. */
  status: 0 | 1 | 2;
  error?: string;
}

export interface NumberRecord {
  phoneNumber: string;
  regionCode: RegionCode;
  tollFree: boolean;
  state: GlobalProcessState;
  osr: DetailRecord;
  ownership: DetailRecord;
  hosted: HostedRecord;
  createdAt: number;
  updatedAt: number;
  /** When the next automatic (eligibility) step is due; hosting steps are driven by the order. */
  nextAt?: number;
  /** Voice calls placed so far; part of the code derivation. */
  challengeAttempts: number;
  /** Wrong codes in a row; the third blocks the number. */
  wrongStreak: number;
  /** The code of the last call, until it is entered correctly. */
  pendingCode?: string;
  hostingOrderId?: string;
}

export type OrderKind = 'standard' | 'tollFree';

export interface OrderInfoRecord {
  businessName?: string;
  authorisedPerson?: AuthorisedPerson;
  address?: Address;
  serviceProvider: string;
  currentVoiceCarrier?: string;
  nnid?: string;
  loaType: 'DIRECT' | 'RESELLER' | 'BLANKET';
}

export interface OrderRejection {
  failureCode: string;
  message: string;
}

export interface OrderRecord {
  hostingOrderId: string;
  kind: OrderKind;
  regionCode: RegionCode;
  state: HostingOrderState;
  createdAt: number;
  updatedAt: number;
  nextAt?: number;
  displayName?: string;
  servicePlanId: string;
  campaignId?: string;
  scheduledOsrUpdateTime?: string;
  scheduledZipwhipProvisioningTime?: string;
  migrateToSinchTmo?: boolean;
  callbackUrl?: string;
  info: OrderInfoRecord;
  numbers: string[];
  /** Decided when the order is filed (documented rule), applied at the review step. */
  rejection?: OrderRejection;
}

/**
 * Wire times, remembered: every list answer turned each record's two epoch times into ISO text
 * again, a quarter of the sandbox's CPU under load (npm run bench, BENCHMARKS.md). A record keeps
 * its times, so a bounded cache answers nearly every call.
 */
const isoTexts = new Map<number, string>();
const MAX_ISO_TEXTS = 20_000;

function iso(ms: number): string {
  let text = isoTexts.get(ms);
  if (text === undefined) {
    if (isoTexts.size >= MAX_ISO_TEXTS) isoTexts.clear();
    text = new Date(ms).toISOString();
    isoTexts.set(ms, text);
  }
  return text;
}

function detail(d: DetailRecord): { status: DetailStatus; error?: string } {
  return d.error ? { status: d.status, error: d.error } : { status: d.status };
}

export function numberToWire(projectId: string, r: NumberRecord): QualifiedNumber {
  return {
    phoneNumber: r.phoneNumber,
    projectId,
    regionCode: r.regionCode,
    globalProcessState: r.state,
    osrEligibility: detail(r.osr),
    ownershipVerification: detail(r.ownership),
    hostedNumber: r.hosted.error ? { status: r.hosted.status, error: r.hosted.error } : { status: r.hosted.status },
    createdTime: iso(r.createdAt),
    updatedTime: iso(r.updatedAt),
  };
}

/** Toll-free orders also show when Zipwhip provisioning is scheduled. */
export type SandboxHostingOrder = HostingOrder & { scheduledZipwhipProvisioningTime?: string };

export function orderToWire(projectId: string, o: OrderRecord): SandboxHostingOrder {
  const wire: SandboxHostingOrder = {
    projectId,
    hostingOrderId: o.hostingOrderId,
    regionCode: o.regionCode,
    state: o.state,
    type: 'TYPE_TEXT_ENABLE',
    createdTime: iso(o.createdAt),
    updatedTime: iso(o.updatedAt),
    servicePlanId: o.servicePlanId,
    hostingOrderInfo: { ...o.info },
    numbers: [...o.numbers],
  };
  if (o.displayName !== undefined) wire.displayName = o.displayName;
  if (o.campaignId !== undefined) wire.campaignId = o.campaignId;
  if (o.scheduledOsrUpdateTime !== undefined) wire.scheduledOsrUpdateTime = o.scheduledOsrUpdateTime;
  if (o.scheduledZipwhipProvisioningTime !== undefined) wire.scheduledZipwhipProvisioningTime = o.scheduledZipwhipProvisioningTime;
  if (o.migrateToSinchTmo !== undefined) wire.migrateToSinchTmo = o.migrateToSinchTmo;
  if (o.callbackUrl !== undefined) wire.callbackUrl = o.callbackUrl;
  return wire;
}
