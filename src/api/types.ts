// Wire types of the Sinch Qualified Numbers API (see shared/spec), plus the client contract that
// the rest of the extension codes against. No `vscode` import: this file is shared by the client,
// the sandbox, the tree model and the webview.

export const GLOBAL_PROCESS_STATES = [
  'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING',
  'GLOBAL_PROCESS_STATE_ELIGIBLE',
  'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE',
  'GLOBAL_PROCESS_STATE_VERIFICATION_PENDING',
  'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED',
  'GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED',
  'GLOBAL_PROCESS_STATE_VERIFIED',
  'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS',
  'GLOBAL_PROCESS_STATE_HOSTING_DONE',
  'GLOBAL_PROCESS_STATE_HOSTING_FAILED',
] as const;

/** A state that `list` accepts in `states` (one per request). */
export type GlobalProcessState = (typeof GLOBAL_PROCESS_STATES)[number];
/** What the server may answer: the listable states plus UNSPECIFIED. */
export type AnyGlobalProcessState = GlobalProcessState | 'GLOBAL_PROCESS_STATE_UNSPECIFIED';

export const REGION_CODES = ['US', 'CA'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/** The reference says integer enum, the OpenAPI file a string enum: both are accepted on input. */
export type DetailStatus = 'STATE_UNSPECIFIED' | 'WAITING' | 'IN_PROGRESS' | 'DONE' | 'FAILED';
export const DETAIL_STATUSES: readonly DetailStatus[] = ['STATE_UNSPECIFIED', 'WAITING', 'IN_PROGRESS', 'DONE', 'FAILED'];

export interface StatusDetails {
  status?: DetailStatus | number;
  error?: string;
}

/** 0 HOSTING_STATUS_UNSPECIFIED, 1 HOSTING_STATUS_HOSTED, 2 HOSTING_STATUS_FAILED (string names accepted too). */
export type HostingStatus = 0 | 1 | 2 | 'HOSTING_STATUS_UNSPECIFIED' | 'HOSTING_STATUS_HOSTED' | 'HOSTING_STATUS_FAILED';

export interface HostedNumberDetails {
  status?: HostingStatus | number;
  error?: string;
}

export interface QualifiedNumber {
  phoneNumber: string;
  projectId?: string;
  regionCode?: string;
  globalProcessState: AnyGlobalProcessState | string;
  osrEligibility?: StatusDetails;
  ownershipVerification?: StatusDetails;
  hostedNumber?: HostedNumberDetails;
  createdTime?: string;
  updatedTime?: string;
}

export type OrderBy = 'createdTime' | 'updatedTime';

export interface ListQualifiedNumbersParams {
  state: GlobalProcessState;
  regionCode?: RegionCode;
  pageSize?: number;
  pageToken?: string;
  orderBy?: OrderBy;
}

export interface ListQualifiedNumbersResponse {
  qualifiedNumbers: QualifiedNumber[];
  /** Empty or absent on the last page. */
  nextPageToken?: string;
  totalSize?: number;
}

export interface AddNumbersResponse {
  qualifiedNumbers: QualifiedNumber[];
}

export interface AuthorisedPerson {
  firstName: string;
  lastName: string;
  email: string;
}

export interface Address {
  buildingNumber: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

export interface DirectLoaInfo {
  authorisedPerson: AuthorisedPerson;
  address: Address;
  currentVoiceCarrier: string;
}

export interface ResellerLoaInfo extends DirectLoaInfo {
  businessName: string;
}

/** Always sent as `{}`; valid only once Sinch has approved a blanket LoA for the account. */
export type BlanketLoaInfo = Record<string, never>;

export interface TextEnableNumbersRequest {
  regionCode: RegionCode;
  numbers: string[];
  servicePlanId: string;
  projectId?: string;
  displayName?: string;
  nnid?: string;
  campaignId?: string;
  directLoaInfo?: DirectLoaInfo;
  resellerLoaInfo?: ResellerLoaInfo;
  blanketLoaInfo?: BlanketLoaInfo;
  /** UTC ISO-8601. */
  scheduledOsrUpdateTime?: string;
  callbackUrl?: string;
  migrateToSinchTmo?: boolean;
}

export interface TextEnableNumbersResponse {
  hostingOrderId: string;
}

/** Toll-free LoA objects may carry the Zipwhip time and TMO flag inside them (as Sinch's samples do). */
export interface TollFreeLoaExtras {
  scheduledZipwhipProvisioningTime?: string;
  migrateToSinchTmo?: boolean;
}

export interface TextEnableTollFreeNumbersRequest {
  regionCode: RegionCode;
  numbers: string[];
  servicePlanId: string;
  displayName?: string;
  directLoaInfo?: DirectLoaInfo & TollFreeLoaExtras;
  resellerLoaInfo?: ResellerLoaInfo & TollFreeLoaExtras;
  /** Also accepted at the top level. UTC ISO-8601. */
  scheduledZipwhipProvisioningTime?: string;
  migrateToSinchTmo?: boolean;
  callbackUrl?: string;
}

export const HOSTING_ORDER_STATES = [
  'HOSTING_ORDER_STATE_UNSPECIFIED',
  'DRAFT',
  'SUBMITTED',
  'WAITING_FOR_LOA_SIGNATURE',
  'IN_PROGRESS',
  'COMPLETED',
  'REJECTED',
] as const;
export type HostingOrderState = (typeof HOSTING_ORDER_STATES)[number];
export type HostingOrderType = 'HOSTING_ORDER_TYPE_UNSPECIFIED' | 'IMPORT' | 'TYPE_TEXT_ENABLE';

export interface HostingOrderInfo {
  businessName?: string;
  authorisedPerson?: AuthorisedPerson;
  address?: Address;
  serviceProvider?: string;
  currentVoiceCarrier?: string;
  nnid?: string;
  /** `Direct`/`Reseller` in the schema, `DIRECT` in examples: compare case-insensitively. */
  loaType?: string | number;
}

export interface HostingOrder {
  projectId?: string;
  hostingOrderId: string;
  displayName?: string;
  regionCode?: string;
  state?: HostingOrderState | string;
  type?: HostingOrderType | string;
  createdTime?: string;
  updatedTime?: string;
  scheduledOsrUpdateTime?: string;
  servicePlanId?: string;
  campaignId?: string;
  migrateToSinchTmo?: boolean;
  callbackUrl?: string;
  /** Named `textEnableInfo` in the schema and `hostingOrderInfo` in the examples: read both. */
  hostingOrderInfo?: HostingOrderInfo;
  textEnableInfo?: HostingOrderInfo;
  /** Sandbox and some answers list the order's numbers. */
  numbers?: string[];
}

export interface FieldViolation {
  field: string;
  description: string;
}

/** Callback body POSTed to `callbackUrl`. */
export interface CallbackEvent {
  resourceType: 'IMPORTED_NUMBER' | 'HOSTING_ORDER_NUMBER' | string;
  eventType: string;
  eventId: string;
  timestamp: string;
  projectId: string;
  resourceId: string;
  status: 'SUCCEEDED' | 'FAILED' | string;
  failureCode?: string;
}

/** Options every call takes. */
export interface CallOptions {
  signal?: AbortSignal;
  /**
   * A read the user is waiting on (tree, picker, hover, order refresh): a short timeout per attempt
   * and one retry (`readTimeoutMs`, `readMaxRetries`), so a hung server turns into an error with
   * Retry within seconds. Writes ignore it and keep their rules.
   */
  interactive?: boolean;
}

/**
 * The client contract. `QualifiedNumbersClient` (src/api/client.ts) implements it; views, commands
 * and panels depend on this interface only, so tests can also pass a double where HTTP is not the point.
 */
export interface QualifiedNumbersApi {
  readonly projectId: string;
  list(params: ListQualifiedNumbersParams, options?: CallOptions): Promise<ListQualifiedNumbersResponse>;
  /** Walks every page of one state. */
  listAll(params: Omit<ListQualifiedNumbersParams, 'pageToken'>, options?: CallOptions): AsyncIterable<QualifiedNumber>;
  get(phoneNumber: string, options?: CallOptions): Promise<QualifiedNumber>;
  delete(phoneNumber: string, options?: CallOptions): Promise<void>;
  addNumbers(phoneNumbers: string[], options?: CallOptions): Promise<AddNumbersResponse>;
  textEnableNumbers(request: TextEnableNumbersRequest, options?: CallOptions): Promise<TextEnableNumbersResponse>;
  textEnableTollFreeNumbers(request: TextEnableTollFreeNumbersRequest, options?: CallOptions): Promise<HostingOrder>;
  sendVoiceChallenge(phoneNumber: string, options?: CallOptions): Promise<QualifiedNumber>;
  verifyVoiceChallenge(phoneNumber: string, code: string, options?: CallOptions): Promise<QualifiedNumber>;
  getHostingOrder(hostingOrderId: string, options?: CallOptions): Promise<HostingOrder>;
}
