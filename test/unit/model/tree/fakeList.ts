// A paging list double for the tree model's own rules (dedupe, paging targets, supersession).
// Behaviour over real HTTP is covered by treeModel.sandbox.test.ts against the sandbox.
import type { GlobalProcessState, ListQualifiedNumbersParams, ListQualifiedNumbersResponse, QualifiedNumber } from '../../../../src/api/types';
import type { ListSource } from '../../../../src/model/tree/treeModel';

export function qn(phoneNumber: string, state: GlobalProcessState, updatedTime = '2024-05-01T10:00:00Z'): QualifiedNumber {
  return { phoneNumber, globalProcessState: state, regionCode: 'US', updatedTime, createdTime: '2024-04-01T10:00:00Z' };
}

export class FakeList implements ListSource {
  readonly calls: ListQualifiedNumbersParams[] = [];
  failStates = new Set<GlobalProcessState>();
  /** Requests wait on this gate when set, so a test can hold a reload in flight. */
  gate: Promise<void> | undefined;

  constructor(public numbers: QualifiedNumber[]) {}

  async list(params: ListQualifiedNumbersParams, options?: { signal?: AbortSignal }): Promise<ListQualifiedNumbersResponse> {
    this.calls.push(params);
    if (this.gate) await this.gate;
    options?.signal?.throwIfAborted();
    if (this.failStates.has(params.state)) throw new Error(`list ${params.state} failed`);
    const all = this.numbers.filter((n) => n.globalProcessState === params.state && (!params.regionCode || n.regionCode === params.regionCode));
    const start = params.pageToken ? Number(params.pageToken) : 0;
    const size = params.pageSize ?? 20;
    const page = all.slice(start, start + size);
    const next = start + size < all.length ? String(start + size) : '';
    return { qualifiedNumbers: page, nextPageToken: next, totalSize: all.length };
  }
}

/** `count` numbers in one state: +1202555 0100, 0101, ... */
export function many(count: number, state: GlobalProcessState, from = 100): QualifiedNumber[] {
  return Array.from({ length: count }, (_, i) => qn(`+1202555${String(from + i).padStart(4, '0')}`, state));
}
