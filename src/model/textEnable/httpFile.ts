// "Save as .http file" for the REST Client extension: variables for the host, project and
// credentials (read from the environment), one request per order.
import { requestJson, type TextEnableRequest } from './build';
import { SINCH_IMPORTED_NUMBERS_URL, operationPath, type SnippetAuth } from './endpoints';
import type { FormKind } from './fields';

export interface HttpFileOptions {
  auth: SnippetAuth;
  baseUrl?: string;
}

/** REST Client reads `{{name}}` in bodies as a variable; JSON can spell the second brace as \u007b instead. */
function escapeBraces(json: string): string {
  return json.replace(/\{\{/g, '{\\u007b').replace(/\}\}/g, '}\\u007d');
}

export function toHttpFile(kind: FormKind, requests: readonly TextEnableRequest[], options: HttpFileOptions): string {
  const base = (options.baseUrl ?? SINCH_IMPORTED_NUMBERS_URL).replace(/\/+$/, '');
  const lines: string[] = [
    `# ${kind === 'standard' ? 'Text-enable numbers' : 'Text-enable toll-free numbers'} with REST Client (Sinch Qualified Numbers API).`,
    '# The credentials come from environment variables; nothing secret is stored in this file.',
    `@baseUrl = ${base}`,
    '@projectId = {{$processEnv SINCH_PROJECT_ID}}',
  ];
  if (options.auth === 'basic') {
    lines.push('@keyId = {{$processEnv SINCH_KEY_ID}}', '@keySecret = {{$processEnv SINCH_KEY_SECRET}}');
  } else {
    lines.push('# A token from POST https://auth.sinch.com/oauth2/token (grant_type=client_credentials).', '@token = {{$processEnv TOKEN}}');
  }
  const auth = options.auth === 'basic' ? 'Authorization: Basic {{keyId}}:{{keySecret}}' : 'Authorization: Bearer {{token}}';
  requests.forEach((req, i) => {
    const title = requests.length > 1 ? `Order ${i + 1} of ${requests.length} (${req.numbers.length} numbers)` : `${req.numbers.length} number${req.numbers.length === 1 ? '' : 's'}`;
    // JSON.stringify never starts a body line with "###", so the body cannot end the request early.
    lines.push('', `### ${title}`, `POST {{baseUrl}}/v1/projects/{{projectId}}/${operationPath(kind)}`, auth, 'Content-Type: application/json', '', escapeBraces(requestJson(req)));
  });
  return `${lines.join('\n')}\n`;
}
