// The reads behind the chat tools, on the same client the commands use: a bounded list across
// states (with the server's totals), and the count of numbers per state.
import { REGION_CODES, type GlobalProcessState, type QualifiedNumber, type QualifiedNumbersApi, type RegionCode } from '../../api/types';
import { STATE_ORDER } from '../states';

export type ListingClient = Pick<QualifiedNumbersApi, 'list' | 'listAll'>;

/** Most numbers a filtered listing reads per call before it stops and says so. */
export const MAX_FILTER_SCAN = 2000;

export interface ListRequest {
  states: readonly GlobalProcessState[];
  region?: RegionCode;
  /** Numbers must match (the tree's filter rule); undefined: all. */
  matches?: (e164: string) => boolean;
  limit: number;
  signal?: AbortSignal;
}

export interface ListOutcome {
  numbers: QualifiedNumber[];
  /** Numbers matching in all, as far as known. */
  total: number;
  /** A filter scan stopped at MAX_FILTER_SCAN: `total` is a lower bound. */
  scanTruncated: boolean;
}

export async function listNumbers(client: ListingClient, request: ListRequest): Promise<ListOutcome> {
  return request.matches ? scan(client, request, request.matches) : firstPages(client, request);
}

/** No filter: the first page of each state, in parallel; the totals come from the server. */
async function firstPages(client: ListingClient, request: ListRequest): Promise<ListOutcome> {
  const pages = await Promise.all(
    request.states.map((state) => client.list({ state, regionCode: request.region, pageSize: request.limit }, { signal: request.signal })),
  );
  const all = pages.flatMap((p) => p.qualifiedNumbers);
  const total = pages.reduce((sum, p) => sum + (p.totalSize ?? p.qualifiedNumbers.length), 0);
  return { numbers: all.slice(0, request.limit), total: Math.max(total, all.length), scanTruncated: false };
}

/** A filter: the API cannot filter by digits, so pages are read and matched here, up to a bound. */
async function scan(client: ListingClient, request: ListRequest, matches: (e164: string) => boolean): Promise<ListOutcome> {
  const found: QualifiedNumber[] = [];
  let total = 0;
  let read = 0;
  for (const state of request.states) {
    for await (const number of client.listAll({ state, regionCode: request.region, pageSize: 100 }, { signal: request.signal })) {
      if (++read > MAX_FILTER_SCAN) return { numbers: found, total, scanTruncated: true };
      if (!matches(number.phoneNumber)) continue;
      total += 1;
      if (found.length < request.limit) found.push(number);
    }
  }
  return { numbers: found, total, scanTruncated: false };
}

export interface StateCount {
  state: GlobalProcessState;
  count: number;
}

/** How many numbers each state holds (one small request per state, in parallel). */
export async function countByState(client: Pick<QualifiedNumbersApi, 'list'>, region: RegionCode | undefined, signal?: AbortSignal): Promise<StateCount[]> {
  if (region !== undefined && !(REGION_CODES as readonly string[]).includes(region)) throw new RangeError(`region must be ${REGION_CODES.join(' or ')}`);
  return Promise.all(
    STATE_ORDER.map(async (state) => {
      const page = await client.list({ state, regionCode: region, pageSize: 1 }, { signal });
      return { state, count: page.totalSize ?? page.qualifiedNumbers.length };
    }),
  );
}
