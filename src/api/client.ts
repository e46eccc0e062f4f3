// The Sinch Qualified Numbers client: one method per operation. Paths come from ApiPaths (which
// validates every value that enters them), HTTP from ApiRequester, response checks from responses.ts.
import { ApiRequester } from './apiRequest';
import { BasicAuthProvider, OAuth2TokenProvider, type AuthProvider } from './auth';
import { resolveConfig, type ClientConfig, type ResolvedConfig } from './config';
import { SinchApiError } from './errors';
import { HttpTransport } from './http';
import { ApiPaths } from './paths';
import { createRedactor } from './redact';
import { parseAddNumbersResponse, parseHostingOrder, parseListResponse, parseQualifiedNumber, parseTextEnableResponse } from './responses';
import {
  GLOBAL_PROCESS_STATES,
  REGION_CODES,
  type AddNumbersResponse,
  type CallOptions,
  type HostingOrder,
  type ListQualifiedNumbersParams,
  type ListQualifiedNumbersResponse,
  type QualifiedNumber,
  type QualifiedNumbersApi,
  type TextEnableNumbersRequest,
  type TextEnableNumbersResponse,
  type TextEnableTollFreeNumbersRequest,
} from './types';

const ORDER_BY = ['createdTime', 'updatedTime'] as const;
/** Far above any server cap; refuses nonsense before it is sent. */
const MAX_PAGE_SIZE = 1000;

export class QualifiedNumbersClient implements QualifiedNumbersApi {
  readonly projectId: string;
  private readonly paths: ApiPaths;
  private readonly requester: ApiRequester;

  constructor(config: ClientConfig) {
    const checked: ResolvedConfig = resolveConfig(config);
    // What this client sends is hidden in every error it throws: the key, and each token it gets.
    const redactor = createRedactor({ headerPatterns: false });
    redactor.addCredentials(checked.credentials.keyId, checked.credentials.keySecret);
    const resolved: ResolvedConfig = {
      ...checked,
      onSecret: (secret) => {
        redactor.add(secret);
        checked.onSecret(secret);
      },
    };
    this.projectId = resolved.projectId;
    this.paths = new ApiPaths(resolved.projectId);
    const redact = (text: string): string => redactor.redact(text);
    const transport = new HttpTransport(resolved, redact);
    const auth: AuthProvider = resolved.auth === 'oauth2' ? new OAuth2TokenProvider(resolved, transport) : new BasicAuthProvider(resolved.credentials);
    this.requester = new ApiRequester(resolved, transport, auth, redact);
  }

  /** One page of one state. `nextPageToken` is absent on the last page. */
  async list(params: ListQualifiedNumbersParams, options?: CallOptions): Promise<ListQualifiedNumbersResponse> {
    const operation = `List numbers (${stateName(params?.state)})`;
    return this.requester.call({ operation, method: 'GET', path: this.paths.qualifiedNumbers(), query: listQuery(params, operation), parse: parseListResponse }, options);
  }

  /** Every page of one state, in order; each page carries the server's `totalSize`. */
  async *listPages(params: Omit<ListQualifiedNumbersParams, 'pageToken'>, options?: CallOptions): AsyncGenerator<ListQualifiedNumbersResponse> {
    const seen = new Set<string>();
    let pageToken: string | undefined;
    do {
      const page = await this.list({ ...params, pageToken }, options);
      yield page;
      pageToken = page.nextPageToken || undefined;
      if (pageToken !== undefined) {
        // A server that hands out a token twice would keep us walking forever.
        if (seen.has(pageToken)) {
          throw new SinchApiError({
            kind: 'invalid-response',
            operation: `List numbers (${stateName(params.state)})`,
            message: 'The server returned the same page token twice; stopped paging to avoid a loop.',
          });
        }
        seen.add(pageToken);
      }
    } while (pageToken !== undefined);
  }

  async *listAll(params: Omit<ListQualifiedNumbersParams, 'pageToken'>, options?: CallOptions): AsyncGenerator<QualifiedNumber> {
    for await (const page of this.listPages(params, options)) yield* page.qualifiedNumbers;
  }

  async get(phoneNumber: string, options?: CallOptions): Promise<QualifiedNumber> {
    const operation = `Get ${shown(phoneNumber)}`;
    return this.requester.call({ operation, method: 'GET', path: this.paths.qualifiedNumber(phoneNumber, operation), parse: parseQualifiedNumber }, options);
  }

  async delete(phoneNumber: string, options?: CallOptions): Promise<void> {
    const operation = `Delete ${shown(phoneNumber)}`;
    return this.requester.call<void>({ operation, method: 'DELETE', path: this.paths.qualifiedNumber(phoneNumber, operation) }, options);
  }

  async addNumbers(phoneNumbers: string[], options?: CallOptions): Promise<AddNumbersResponse> {
    const operation = `Add ${count(phoneNumbers, 'number')}`;
    requireNumbers(phoneNumbers, operation);
    return this.requester.call({ operation, method: 'POST', path: this.paths.addNumbers(), body: { phoneNumbers }, parse: parseAddNumbersResponse }, options);
  }

  async textEnableNumbers(request: TextEnableNumbersRequest, options?: CallOptions): Promise<TextEnableNumbersResponse> {
    const operation = `Text-enable ${count(request?.numbers, 'number')}`;
    requireNumbers(request?.numbers, operation);
    return this.requester.call({ operation, method: 'POST', path: this.paths.textEnableNumbers(), body: request, parse: parseTextEnableResponse }, options);
  }

  async textEnableTollFreeNumbers(request: TextEnableTollFreeNumbersRequest, options?: CallOptions): Promise<HostingOrder> {
    const operation = `Text-enable ${count(request?.numbers, 'toll-free number')}`;
    requireNumbers(request?.numbers, operation);
    return this.requester.call({ operation, method: 'POST', path: this.paths.textEnableTollFreeNumbers(), body: request, parse: parseHostingOrder }, options);
  }

  async sendVoiceChallenge(phoneNumber: string, options?: CallOptions): Promise<QualifiedNumber> {
    const operation = `Send voice challenge to ${shown(phoneNumber)}`;
    return this.requester.call({ operation, method: 'POST', path: this.paths.sendVoiceChallenge(phoneNumber, operation), parse: parseQualifiedNumber }, options);
  }

  async verifyVoiceChallenge(phoneNumber: string, code: string, options?: CallOptions): Promise<QualifiedNumber> {
    const operation = `Verify voice challenge for ${shown(phoneNumber)}`;
    const path = this.paths.verifyVoiceChallenge(phoneNumber, operation);
    if (typeof code !== 'string' || code.trim() === '') throw invalidInput(operation, 'Enter the code you heard on the call.');
    return this.requester.call({ operation, method: 'POST', path, body: { code: code.trim() }, parse: parseQualifiedNumber }, options);
  }

  async getHostingOrder(hostingOrderId: string, options?: CallOptions): Promise<HostingOrder> {
    const operation = `Get hosting order ${String(hostingOrderId).slice(0, 40)}`;
    return this.requester.call({ operation, method: 'GET', path: this.paths.hostingOrder(hostingOrderId, operation), parse: parseHostingOrder }, options);
  }
}

/** The query of a list call; every value is checked, then URL-encoded by URLSearchParams. */
function listQuery(params: ListQualifiedNumbersParams, operation: string): URLSearchParams {
  if (!params || !(GLOBAL_PROCESS_STATES as readonly string[]).includes(params.state)) {
    throw invalidInput(operation, `Choose one state to list, e.g. ${GLOBAL_PROCESS_STATES[1]}.`);
  }
  const query = new URLSearchParams({ states: params.state });
  if (params.regionCode !== undefined) {
    if (!(REGION_CODES as readonly string[]).includes(params.regionCode)) throw invalidInput(operation, `The region must be ${REGION_CODES.join(' or ')}.`);
    query.set('regionCode', params.regionCode);
  }
  if (params.pageSize !== undefined) {
    if (!Number.isInteger(params.pageSize) || params.pageSize < 1 || params.pageSize > MAX_PAGE_SIZE) {
      throw invalidInput(operation, `The page size must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
    }
    query.set('pageSize', String(params.pageSize));
  }
  if (params.pageToken) query.set('pageToken', params.pageToken);
  if (params.orderBy !== undefined) {
    if (!(ORDER_BY as readonly string[]).includes(params.orderBy)) throw invalidInput(operation, `Order by ${ORDER_BY.join(' or ')}.`);
    query.set('orderBy', params.orderBy);
  }
  return query;
}

function requireNumbers(numbers: unknown, operation: string): void {
  if (!Array.isArray(numbers) || numbers.length === 0 || numbers.some((n) => typeof n !== 'string')) {
    throw invalidInput(operation, 'Give at least one phone number.');
  }
}

function invalidInput(operation: string, message: string): SinchApiError {
  return new SinchApiError({ kind: 'invalid-input', operation, message });
}

/**
 * A state inside an operation name, from its raw value: "GLOBAL_PROCESS_STATE_VERIFIED" ->
 * "verified". The client knows no labels (those are src/model/states.ts's); this keeps errors readable.
 */
function stateName(state: unknown): string {
  // The prefix goes before the cut: "GLOBAL_PROCESS_STATE_VERIFICATION_PENDING" is 41 characters.
  return shown(String(state).replace(/^GLOBAL_PROCESS_STATE_/, '')).toLowerCase().replace(/_/g, ' ') || 'unknown';
}

/** A user-given value inside an operation name: bounded, since it may be anything. */
function shown(value: unknown): string {
  return String(value).slice(0, 40);
}

function count(list: unknown, noun: string): string {
  const n = Array.isArray(list) ? list.length : 0;
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
