// What the form keeps with setState, read back defensively: it may come from an older version of
// the form (or have been written by another kind of form).
import { salvageDraft } from '../../src/model/textEnable/draft';
import { SNIPPET_AUTHS, type SnippetAuth } from '../../src/model/textEnable/endpoints';
import { FIELD_LABELS, type FieldName, type FormKind } from '../../src/model/textEnable/fields';
import type { OrderResult, WebviewPersistedState } from '../../src/model/webviewMessages';

export const FIELD_NAMES = new Set<string>(Object.keys(FIELD_LABELS));

export function restoreState(kind: FormKind, saved: unknown): WebviewPersistedState | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const s = saved as Partial<Record<keyof WebviewPersistedState, unknown>>;
  if (s.kind !== kind || typeof s.draft !== 'object') return undefined;
  return {
    kind,
    draft: salvageDraft(s.draft),
    touched: Array.isArray(s.touched) ? (s.touched.filter((t) => typeof t === 'string' && FIELD_NAMES.has(t)) as FieldName[]) : [],
    auth: SNIPPET_AUTHS.includes(s.auth as SnippetAuth) ? (s.auth as SnippetAuth) : 'basic',
    results: Array.isArray(s.results) ? (s.results as OrderResult[]) : [],
    ...(typeof s.appliedSubmission === 'string' ? { appliedSubmission: s.appliedSubmission } : {}),
  };
}
