// "Copy as cURL": a POSIX-shell command with environment-variable placeholders for the project
// and the credentials, so what lands on the clipboard never holds a secret.
import { requestJson, type TextEnableRequest } from './build';
import { SINCH_IMPORTED_NUMBERS_URL, operationPath, type SnippetAuth } from './endpoints';
import type { FormKind } from './fields';

export interface CurlOptions {
  auth: SnippetAuth;
  /** Defaults to Sinch's host. Must not carry credentials (a sandbox URL is fine). */
  baseUrl?: string;
}

/** Quotes for a POSIX shell: inside single quotes nothing is special except the quote itself. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function toCurl(kind: FormKind, requests: readonly TextEnableRequest[], options: CurlOptions): string {
  const base = (options.baseUrl ?? SINCH_IMPORTED_NUMBERS_URL).replace(/\/+$/, '');
  // Double quotes so the shell expands $SINCH_PROJECT_ID; the base URL is ours, not the user's.
  const url = `"${base}/v1/projects/$SINCH_PROJECT_ID/${operationPath(kind)}"`;
  const auth = options.auth === 'basic' ? '-u "$SINCH_KEY_ID:$SINCH_KEY_SECRET"' : '-H "Authorization: Bearer $TOKEN"';
  const header: string[] = [
    `# ${kind === 'standard' ? 'Text-enable numbers' : 'Text-enable toll-free numbers'} (Sinch Qualified Numbers API).`,
    options.auth === 'basic'
      ? '# Set SINCH_PROJECT_ID, SINCH_KEY_ID and SINCH_KEY_SECRET first (Sinch dashboard > Settings > Access keys).'
      : '# Set SINCH_PROJECT_ID and TOKEN first; a token comes from:\n#   curl -s -u "$SINCH_KEY_ID:$SINCH_KEY_SECRET" -d grant_type=client_credentials https://auth.sinch.com/oauth2/token',
  ];
  if (requests.length > 1) header.push(`# ${requests.length} orders: Sinch takes at most 500 numbers per request.`);
  const commands = requests.map((req, i) => {
    const lines = [
      ...(requests.length > 1 ? [`# Order ${i + 1} of ${requests.length} (${req.numbers.length} numbers)`] : []),
      `curl -sS -X POST ${url} \\`,
      `  ${auth} \\`,
      `  -H "Content-Type: application/json" \\`,
      `  --data ${shellQuote(requestJson(req))}`,
    ];
    return lines.join('\n');
  });
  return `${header.join('\n')}\n${commands.join('\n\n')}\n`;
}
