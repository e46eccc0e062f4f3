// The message protocol between the text-enable webviews and the extension host, imported by both
// sides. What the webview sends is untrusted: `parseWebviewMessage` checks size, refuses
// prototype-polluting keys, then validates with zod (unknown types and extra fields rejected).
// Requests carry a `requestId`; the host answers each with one `response` of the same id.
import * as z from '../api/zod';
import { draftSchema } from './textEnable/draft';
import { SNIPPET_AUTHS, type SnippetAuth } from './textEnable/endpoints';
import type { ErrorInfo } from './textEnable/errorInfo';
import type { FieldName, FormKind, TextEnableDraft } from './textEnable/fields';
import type { OrderSummary } from './textEnable/orderSummary';
import { NANP_E164_PATTERN } from './phone';

/** Largest message accepted, as JSON characters (a 10,000-number paste is ~150 kB). */
export const MAX_MESSAGE_CHARS = 400_000;
/** Deepest nesting accepted (a draft is 2 levels deep inside a message). */
const MAX_DEPTH = 8;
const MAX_MOVE = 10_000;
export { MAX_SHOWN_ORDERS } from './textEnable/shownOrders';
import { MAX_SHOWN_ORDERS } from './textEnable/shownOrders';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export { HOSTING_ORDER_ID_PATTERN } from './orders/orderId';
import { HOSTING_ORDER_ID_PATTERN } from './orders/orderId';

const requestId = z.number().check(z.int(), z.gte(1), z.lte(Number.MAX_SAFE_INTEGER));
const auth = z.enum(SNIPPET_AUTHS as [SnippetAuth, ...SnippetAuth[]]);

export const webviewToHostSchema = z.discriminatedUnion('type', [
  // `shownOrders`: the orders the form's results show (kept with setState), so their states follow.
  z.strictObject({ type: z.literal('ready'), shownOrders: z.optional(z.array(z.string().check(z.regex(HOSTING_ORDER_ID_PATTERN))).check(z.maxLength(MAX_SHOWN_ORDERS))) }),
  z.strictObject({ type: z.literal('draftChanged'), draft: draftSchema }),
  z.strictObject({ type: z.literal('reset') }),
  z.strictObject({ type: z.literal('listPickable'), requestId }),
  z.strictObject({ type: z.literal('submit'), requestId, draft: draftSchema }),
  z.strictObject({ type: z.literal('trackOrder'), requestId, hostingOrderId: z.string().check(z.regex(HOSTING_ORDER_ID_PATTERN)) }),
  z.strictObject({ type: z.literal('copyCurl'), requestId, draft: draftSchema, auth }),
  z.strictObject({ type: z.literal('saveHttpFile'), requestId, draft: draftSchema, auth }),
  z.strictObject({ type: z.literal('moveNumbers'), requestId, numbers: z.array(z.string().check(z.regex(NANP_E164_PATTERN))).check(z.minLength(1), z.maxLength(MAX_MOVE)) }),
  z.strictObject({ type: z.literal('useLocalListener'), requestId }),
]);

export type WebviewToHost = z.infer<typeof webviewToHostSchema>;
export type WebviewRequest = Extract<WebviewToHost, { requestId: number }>;
export type WebviewRequestType = WebviewRequest['type'];

export type ParsedMessage = { ok: true; message: WebviewToHost } | { ok: false; reason: string };

/** Own keys that could reach a prototype when the object is merged or spread somewhere. */
function findForbiddenKey(value: unknown, depth: number): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > MAX_DEPTH) return '(nesting too deep)';
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') return '(symbol key)';
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function parseWebviewMessage(raw: unknown): ParsedMessage {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, reason: 'not serialisable (cyclic or exotic values)' };
  }
  if (size > MAX_MESSAGE_CHARS) return { ok: false, reason: `too large (${size} characters, at most ${MAX_MESSAGE_CHARS})` };
  const forbidden = findForbiddenKey(raw, 0);
  if (forbidden) return { ok: false, reason: `forbidden key ${forbidden}` };
  const parsed = webviewToHostSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, reason: `invalid message${where}: ${issue?.message ?? 'unknown problem'}` };
  }
  return { ok: true, message: parsed.data };
}

// ---- host -> webview (trusted; typed only) ----

export interface PickableNumber {
  phoneNumber: string;
  state: string;
  stateLabel: string;
  regionCode?: string;
}

export type OrderResult =
  | { index: number; numbers: string[]; ok: true; order: OrderSummary }
  | { index: number; numbers: string[]; ok: false; error: ErrorInfo };

export type SubmitOutcome =
  /** The host's own validation refused the draft; nothing was sent. */
  | { status: 'invalid'; errors: Partial<Record<FieldName, string>> }
  /** The user declined (split confirmation, sign-in); nothing was sent. */
  | { status: 'cancelled'; reason: string }
  /** The state check found numbers Sinch would refuse; nothing was sent. */
  | { status: 'notReady'; message: string; details: string[]; numbers: string[] }
  | SubmitDone;

/** What a submission that reached Sinch did, order by order. */
export interface SubmitDone {
  status: 'done';
  /** Unique per submission: a webview reloaded mid-submission applies the outcome once. */
  submissionId: string;
  orders: OrderResult[];
  remainingNumbersText: string;
}

export interface ResponseResults {
  listPickable: { numbers: PickableNumber[]; truncated: boolean };
  submit: SubmitOutcome;
  trackOrder: OrderSummary;
  copyCurl: { message: string };
  saveHttpFile: { message: string };
  moveNumbers: { moved: string[] };
  /** The callback listener's URL for the callback URL field (the listener is started if needed). */
  useLocalListener: { url: string; message: string };
}

export type HostResponse = {
  [K in WebviewRequestType]: { type: 'response'; requestId: number; request: K; ok: true; result: ResponseResults[K] };
}[WebviewRequestType] | { type: 'response'; requestId: number; request: WebviewRequestType; ok: false; error: ErrorInfo };

export interface ConnectionInfo {
  connected: boolean;
  /** "sandbox", "profile production (project d19...)"; never a secret. */
  label: string;
  /** Where Copy as cURL and Save as .http file point: "the offline sandbox (http://127.0.0.1:…)". */
  snippetHost: string;
}

export type HostToWebview =
  | {
      type: 'init';
      kind: FormKind;
      draft: TextEnableDraft;
      connection: ConnectionInfo;
      /** Numbers to add to the draft (tree selection, moved from the other form). */
      addNumbers: string[];
      /** The last submission's outcome: a webview hidden (and so torn down) while it ran missed the answer. */
      lastSubmission?: SubmitDone;
    }
  | { type: 'connection'; connection: ConnectionInfo }
  | { type: 'addNumbers'; numbers: string[] }
  /** The extension stored the draft (it survives closing the panel from here on). */
  | { type: 'draftSaved' }
  /** The latest known state of orders the form shows, as "Hosting Orders" fetched it. */
  | { type: 'orderStates'; orders: OrderSummary[] }
  | { type: 'submitProgress'; requestId: number; orderIndex: number; orderCount: number; phase: 'sending' | 'sent' | 'failed'; hostingOrderId?: string }
  | HostResponse;

/** What the webview keeps with `setState` (and what the panel serializer hands back after a reload). */
export interface WebviewPersistedState {
  kind: FormKind;
  draft: TextEnableDraft;
  /** Fields the user has edited (their errors show as they type). */
  touched: FieldName[];
  auth: SnippetAuth;
  results: OrderResult[];
  /** The submission whose outcome the form already shows (see `SubmitDone.submissionId`). */
  appliedSubmission?: string;
}
