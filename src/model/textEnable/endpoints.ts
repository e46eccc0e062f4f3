// Where the requests go, for the snippets. Snippets name placeholders, never real credentials.
import type { FormKind } from './fields';

export const SINCH_IMPORTED_NUMBERS_URL = 'https://imported.numbers.api.sinch.com';

export function operationPath(kind: FormKind): string {
  return kind === 'standard' ? 'qualifiedNumbers:textEnableNumbers' : 'qualifiedNumbers:textEnableTollFreeNumbers';
}

/** How a snippet authenticates: Basic with the access key, or a Bearer token from /oauth2/token. */
export type SnippetAuth = 'basic' | 'bearer';
export const SNIPPET_AUTHS: readonly SnippetAuth[] = ['basic', 'bearer'];
