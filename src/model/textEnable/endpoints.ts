// Where the requests go, for the snippets. Snippets name placeholders, never real credentials.
import type { FormKind } from './fields';

export const SINCH_IMPORTED_NUMBERS_URL = 'https://imported.numbers.api.sinch.com';
export const SINCH_AUTH_URL = 'https://auth.sinch.com';

export function operationPath(kind: FormKind): string {
  return kind === 'standard' ? 'qualifiedNumbers:textEnableNumbers' : 'qualifiedNumbers:textEnableTollFreeNumbers';
}

/** How a snippet authenticates: Basic with the access key, or a Bearer token from /oauth2/token. */
export type SnippetAuth = 'basic' | 'bearer';
export const SNIPPET_AUTHS: readonly SnippetAuth[] = ['basic', 'bearer'];

/** The host a copied request is meant for: the one the extension is connected to. */
export interface SnippetTarget {
  /** API host; never carries credentials. */
  baseUrl: string;
  /** OAuth2 token host (`/oauth2/token` is appended). */
  authBaseUrl: string;
  /**
   * Set for the offline sandbox: its project and the placeholder key it accepts (not secrets), so
   * the snippet runs as is against it.
   */
  sandbox?: { projectId: string; keyId: string; keySecret: string };
}

export const SINCH_TARGET: SnippetTarget = { baseUrl: SINCH_IMPORTED_NUMBERS_URL, authBaseUrl: SINCH_AUTH_URL };

export function trimBase(url: string): string {
  return url.replace(/\/+$/, '');
}

/** "the offline sandbox (http://127.0.0.1:41234)" or "Sinch (https://imported.numbers.api.sinch.com)". */
export function describeTarget(target: SnippetTarget): string {
  const base = trimBase(target.baseUrl);
  if (target.sandbox) return `the offline sandbox (${base})`;
  return base === SINCH_IMPORTED_NUMBERS_URL ? `Sinch (${base})` : `the host in sinch.apiBaseUrl (${base})`;
}
