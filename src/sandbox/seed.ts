// Seeded demo data: every project starts with the same numbers for the same seed (and project ID),
// spread over every state, US and CA, with some toll-free ones, so the extension has something
// to show offline. Seeded numbers obey the same rules as new ones (see lifecycle.ts): not-eligible
// numbers end in 00xx, failed hostings in 99xx, everything else in 0100-9899.
import { GLOBAL_PROCESS_STATES, type GlobalProcessState, type RegionCode } from '../api/types';
import { regionOf } from '../model/phone';
import {
  BLOCKED_ERROR, challengeCode, hostingFailure, MAX_WRONG_CODES, NOT_ELIGIBLE_ERROR, SERVICE_PROVIDER, TIMINGS, wrongCodeError,
} from './lifecycle';
import type { NumberRecord, OrderKind, OrderRecord } from './model';
import { pick, randomInt, rngFor, ulidLike } from './prng';
import { ProjectStore } from './store';

const US_AREA_CODES = ['201', '202', '206', '212', '303', '305', '312', '404', '415', '512', '617', '702'];
const CA_AREA_CODES = ['403', '416', '514', '604', '613', '780', '902'];
const TOLL_FREE_AREA_CODES = ['800', '833', '844', '855', '866', '877', '888'];

const MINUTE = 60_000;

const NOT_ELIGIBLE_ERRORS = [
  NOT_ELIGIBLE_ERROR,
  'Number is not eligible for hosting: it is a wireless number and cannot be text-enabled on another carrier.',
  'Number is not eligible for hosting: it is already text-enabled with another messaging provider.',
];

/** The ID of a project's n-th hosting order (1-based). */
export function orderId(seed: number, projectId: string, seq: number): string {
  return ulidLike(rngFor(seed, projectId, 'order', seq));
}

type Rng = () => number;

/** The seed's area codes each lie in one country: parsed once per area code, not per number (200,000 numbers took 5 s). */
const regionByArea = new Map<string, RegionCode>();
function regionOfArea(phone: string): RegionCode {
  const area = phone.slice(0, 5);
  let region = regionByArea.get(area);
  if (region === undefined) {
    region = regionOf(phone);
    regionByArea.set(area, region);
  }
  return region;
}

function makeNumber(rng: Rng, taken: Set<string>, state: GlobalProcessState, indexInState: number): { phone: string; region: RegionCode; tollFree: boolean } {
  for (;;) {
    const roll = rng();
    const tollFree = roll < 0.15;
    const area = tollFree ? pick(rng, TOLL_FREE_AREA_CODES) : roll < 0.4 ? pick(rng, CA_AREA_CODES) : pick(rng, US_AREA_CODES);
    let exchange = randomInt(rng, 200, 999);
    if (exchange % 100 === 11) exchange += 1;
    let line: number;
    if (state === 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE' || (state === 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING' && indexInState % 3 === 2)) line = randomInt(rng, 0, 99);
    else if (state === 'GLOBAL_PROCESS_STATE_HOSTING_FAILED') line = randomInt(rng, 9900, 9999);
    else line = randomInt(rng, 100, 9899);
    const phone = `+1${area}${exchange}${String(line).padStart(4, '0')}`;
    if (taken.has(phone)) continue;
    taken.add(phone);
    return { phone, region: regionOfArea(phone), tollFree };
  }
}

/** A fresh project holding `count` seeded numbers and the hosting orders behind the hosted ones. */
export function seedProject(seed: number, projectId: string, count: number, now: number): ProjectStore {
  const store = new ProjectStore(projectId);
  const rng = rngFor(seed, projectId, 'numbers');
  const taken = new Set<string>();
  const hostingGroups = new Map<string, NumberRecord[]>();
  for (let i = 0; i < count; i++) {
    const state = GLOBAL_PROCESS_STATES[i % GLOBAL_PROCESS_STATES.length];
    const k = Math.floor(i / GLOBAL_PROCESS_STATES.length);
    const { phone, region, tollFree } = makeNumber(rng, taken, state, k);
    const createdAt = now - randomInt(rng, 60, 30 * 24 * 60) * MINUTE;
    const r: NumberRecord = {
      phoneNumber: phone, regionCode: region, tollFree, state,
      osr: { status: 'DONE' }, ownership: { status: 'STATE_UNSPECIFIED' }, hosted: { status: 0 },
      createdAt, updatedAt: createdAt + Math.floor((rng() * (now - createdAt)) / 1000) * 1000,
      challengeAttempts: 0, wrongStreak: 0,
    };
    shapeForState(seed, store, r, k, now, rng);
    if (state.startsWith('GLOBAL_PROCESS_STATE_HOSTING_')) {
      const key = `${state}|${tollFree ? 'tollFree' : 'standard'}|${region}`;
      // Appended in place: copying the group per number made seeding quadratic (40 s for 200,000).
      const group = hostingGroups.get(key);
      if (group) group.push(r);
      else hostingGroups.set(key, [r]);
    }
    store.insertNumber(r);
  }
  for (const [key, members] of hostingGroups) {
    const [state, kind, region] = key.split('|') as [GlobalProcessState, OrderKind, RegionCode];
    store.insertOrder(seededOrder(seed, store, rng, state, kind, region, members, now));
  }
  return store;
}

function shapeForState(seed: number, store: ProjectStore, r: NumberRecord, k: number, now: number, rng: Rng): void {
  const called = (): void => {
    r.challengeAttempts = 1;
    r.pendingCode = challengeCode(seed, r.phoneNumber, 1);
    store.setLastCode(r.phoneNumber, r.pendingCode);
  };
  switch (r.state) {
    case 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING':
      // Recently added; the checks finish one after another in the first minute or so.
      r.createdAt = now - randomInt(rng, 1, 120) * MINUTE;
      r.updatedAt = r.createdAt;
      r.osr = { status: 'IN_PROGRESS' };
      r.nextAt = now + (20 + 10 * (k % 6)) * 1000;
      return;
    case 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE':
      r.osr = { status: 'FAILED', error: pick(rng, NOT_ELIGIBLE_ERRORS) };
      return;
    case 'GLOBAL_PROCESS_STATE_ELIGIBLE':
      return;
    case 'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING':
      r.ownership = { status: 'IN_PROGRESS' };
      called();
      return;
    case 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED':
      // One wrong code so far: the same words (and tries left) as a wrong code entered here.
      r.wrongStreak = 1;
      r.ownership = { status: 'FAILED', error: wrongCodeError(r.wrongStreak) };
      called();
      return;
    case 'GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED':
      r.ownership = { status: 'FAILED', error: BLOCKED_ERROR };
      r.wrongStreak = MAX_WRONG_CODES;
      called();
      r.pendingCode = undefined;
      return;
    default:
      // VERIFIED and the hosting states: ownership proven.
      r.ownership = { status: 'DONE' };
  }
}

function seededOrder(seed: number, store: ProjectStore, rng: Rng, state: GlobalProcessState, kind: OrderKind, region: RegionCode, members: NumberRecord[], now: number): OrderRecord {
  store.orderSeq += 1;
  const id = orderId(seed, store.projectId, store.orderSeq);
  const inProgress = state === 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS';
  const latestAdd = Math.max(...members.map((m) => m.createdAt));
  const filed = inProgress ? now - 45_000 : latestAdd + Math.floor((now - latestAdd) / 2) - 2 * MINUTE;
  const finished = filed + TIMINGS.orderCompleteSeconds * 1000;
  for (const m of members) {
    m.hostingOrderId = id;
    m.updatedAt = inProgress ? filed : finished;
    if (state === 'GLOBAL_PROCESS_STATE_HOSTING_DONE') m.hosted = { status: 1 };
    if (state === 'GLOBAL_PROCESS_STATE_HOSTING_FAILED') m.hosted = { status: 2, error: hostingFailure(kind).error };
  }
  const order: OrderRecord = {
    hostingOrderId: id,
    kind,
    regionCode: region,
    state: inProgress ? 'IN_PROGRESS' : 'COMPLETED',
    createdAt: filed,
    updatedAt: inProgress ? filed + TIMINGS.orderLoaSignedSeconds * 1000 : finished,
    nextAt: inProgress ? finished : undefined,
    displayName: `${kind === 'tollFree' ? 'Toll-free' : '10DLC'} numbers (${region}) #${store.orderSeq}`,
    servicePlanId: Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16)).join(''),
    campaignId: kind === 'standard' ? `C${Array.from({ length: 6 }, () => pick(rng, [...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'])).join('')}` : undefined,
    info: {
      authorisedPerson: { firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com' },
      address: { buildingNumber: '1', street: 'Main Street', city: region === 'CA' ? 'Toronto' : 'New York', state: region === 'CA' ? 'ON' : 'NY', postalCode: region === 'CA' ? 'M5V 2T6' : '10001', country: region },
      serviceProvider: SERVICE_PROVIDER,
      currentVoiceCarrier: 'Verizon',
      loaType: 'DIRECT',
    },
    numbers: members.map((m) => m.phoneNumber),
  };
  return order;
}
