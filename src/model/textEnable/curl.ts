// "Copy as cURL": a POSIX-shell command with environment-variable placeholders for the project
// and the credentials, so what lands on the clipboard never holds a secret. For the offline
// sandbox the script sets those variables itself (to the placeholders the sandbox accepts), so it
// runs as is.
import { requestJson, type TextEnableRequest } from './build';
import { SINCH_TARGET, describeTarget, operationPath, trimBase, type SnippetAuth, type SnippetTarget } from './endpoints';
import type { FormKind } from './fields';

export interface CurlOptions {
  auth: SnippetAuth;
  /** Defaults to Sinch's hosts. */
  target?: SnippetTarget;
}

/** Quotes for a POSIX shell: inside single quotes nothing is special except the quote itself. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function tokenCommand(authBaseUrl: string): string {
  // sed rather than jq: nothing to install, and the token endpoint answers one line of JSON.
  return `curl -sS -u "$SINCH_KEY_ID:$SINCH_KEY_SECRET" -d grant_type=client_credentials "${trimBase(authBaseUrl)}/oauth2/token" | sed -n 's/.*"access_token" *: *"\\([^"]*\\)".*/\\1/p'`;
}

function setupLines(target: SnippetTarget, auth: SnippetAuth): string[] {
  const sandbox = target.sandbox;
  if (sandbox) {
    const lines = [
      '# The sandbox accepts any key: these are its placeholders, not secrets.',
      `SINCH_PROJECT_ID=${shellQuote(sandbox.projectId)}`,
      `SINCH_KEY_ID=${shellQuote(sandbox.keyId)}`,
      `SINCH_KEY_SECRET=${shellQuote(sandbox.keySecret)}`,
    ];
    if (auth === 'bearer') lines.push(`TOKEN=$(${tokenCommand(target.authBaseUrl)})`);
    return lines;
  }
  return auth === 'basic'
    ? ['# Set SINCH_PROJECT_ID, SINCH_KEY_ID and SINCH_KEY_SECRET first (Sinch dashboard > Settings > Access keys).']
    : [`# Set SINCH_PROJECT_ID and TOKEN first; a token comes from:\n#   ${tokenCommand(target.authBaseUrl)}`];
}

export function toCurl(kind: FormKind, requests: readonly TextEnableRequest[], options: CurlOptions): string {
  const target = options.target ?? SINCH_TARGET;
  // Double quotes so the shell expands $SINCH_PROJECT_ID; the base URL is ours, not the user's.
  const url = `"${trimBase(target.baseUrl)}/v1/projects/$SINCH_PROJECT_ID/${operationPath(kind)}"`;
  const auth = options.auth === 'basic' ? '-u "$SINCH_KEY_ID:$SINCH_KEY_SECRET"' : '-H "Authorization: Bearer $TOKEN"';
  const header: string[] = [
    `# ${kind === 'standard' ? 'Text-enable numbers' : 'Text-enable toll-free numbers'} (Sinch Qualified Numbers API) on ${describeTarget(target)}.`,
    ...setupLines(target, options.auth),
  ];
  if (requests.length > 1) header.push(`# ${requests.length} orders: Sinch takes at most 500 numbers per request.`);
  const commands = requests.map((req, i) => {
    const lines = [
      ...(requests.length > 1 ? [`# Order ${i + 1} of ${requests.length} (${req.numbers.length} number${req.numbers.length === 1 ? '' : 's'})`] : []),
      `curl -sS -X POST ${url} \\`,
      `  ${auth} \\`,
      `  -H "Content-Type: application/json" \\`,
      `  --data ${shellQuote(requestJson(req))}`,
    ];
    return lines.join('\n');
  });
  return `${header.join('\n')}\n${commands.join('\n\n')}\n`;
}
