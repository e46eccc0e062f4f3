// The one draft -> orders pipeline: validate, split into orders of at most 500 numbers, build each
// request. Submit (panels/textEnableController.ts), Copy as cURL, Save as .http file and the live
// preview (webview/textEnableForm) all read their orders from here, so they cannot disagree.
import type { TextEnableNumbersRequest, TextEnableTollFreeNumbersRequest } from '../../api/types';
import { buildStandardRequest, buildTollFreeRequest } from './build';
import type { FormKind, TextEnableDraft } from './fields';
import { splitIntoOrders } from './split';
import { validateDraft, type ValidationContext, type ValidationResult } from './validate';

/** One order, typed by its form, so the right client call takes its request as it is. */
export type TextEnableOrder =
  | { kind: 'standard'; numbers: string[]; request: TextEnableNumbersRequest }
  | { kind: 'tollFree'; numbers: string[]; request: TextEnableTollFreeNumbersRequest };

export interface DraftOrders {
  validation: ValidationResult;
  /**
   * One order per 500 accepted numbers, built from the draft as typed (valid or not: the preview and
   * the snippets show it as it stands). With no accepted number yet, one order with none.
   * Only a draft whose `validation.ok` is true may be sent.
   */
  orders: TextEnableOrder[];
}

export function draftToOrders(kind: FormKind, draft: TextEnableDraft, ctx: ValidationContext): DraftOrders {
  const validation = validateDraft(draft, kind, ctx);
  const chunks = splitIntoOrders(validation.numbers.accepted);
  const orders = (chunks.length > 0 ? chunks : [[]]).map((numbers): TextEnableOrder =>
    kind === 'standard' ? { kind, numbers, request: buildStandardRequest(draft, numbers) } : { kind, numbers, request: buildTollFreeRequest(draft, numbers) },
  );
  return { validation, orders };
}
