// "Save as .http file" for the REST Client extension: variables for the host, project and
// credentials (read from the environment; for the offline sandbox, its placeholders), one request per order.
import { requestJson, type TextEnableRequest } from './build';
import { SINCH_TARGET, describeTarget, operationPath, trimBase, type SnippetAuth, type SnippetTarget } from './endpoints';
import type { FormKind } from './fields';

export interface HttpFileOptions {
  auth: SnippetAuth;
  /** Defaults to Sinch's hosts. */
  target?: SnippetTarget;
}

/** REST Client reads `{{name}}` in bodies as a variable; JSON can spell the second brace as \u007b instead. */
function escapeBraces(json: string): string {
  return json.replace(/\{\{/g, '{\\u007b').replace(/\}\}/g, '}\\u007d');
}

function variableLines(target: SnippetTarget, auth: SnippetAuth): string[] {
  const sandbox = target.sandbox;
  if (sandbox) {
    const lines = ['# The sandbox accepts any key: these are its placeholders, not secrets.', `@projectId = ${sandbox.projectId}`];
    if (auth === 'basic') return [...lines, `@keyId = ${sandbox.keyId}`, `@keySecret = ${sandbox.keySecret}`];
    return [...lines, `# A token from POST ${trimBase(target.authBaseUrl)}/oauth2/token (grant_type=client_credentials, any key).`, '@token = {{$processEnv TOKEN}}'];
  }
  const lines = ['# The credentials come from environment variables; nothing secret is stored in this file.', '@projectId = {{$processEnv SINCH_PROJECT_ID}}'];
  if (auth === 'basic') return [...lines, '@keyId = {{$processEnv SINCH_KEY_ID}}', '@keySecret = {{$processEnv SINCH_KEY_SECRET}}'];
  return [...lines, `# A token from POST ${trimBase(target.authBaseUrl)}/oauth2/token (grant_type=client_credentials).`, '@token = {{$processEnv TOKEN}}'];
}

export function toHttpFile(kind: FormKind, requests: readonly TextEnableRequest[], options: HttpFileOptions): string {
  const target = options.target ?? SINCH_TARGET;
  const lines: string[] = [
    `# ${kind === 'standard' ? 'Text-enable numbers' : 'Text-enable toll-free numbers'} with REST Client (Sinch Qualified Numbers API) on ${describeTarget(target)}.`,
    `@baseUrl = ${trimBase(target.baseUrl)}`,
    ...variableLines(target, options.auth),
  ];
  const auth = options.auth === 'basic' ? 'Authorization: Basic {{keyId}}:{{keySecret}}' : 'Authorization: Bearer {{token}}';
  requests.forEach((req, i) => {
    const count = `${req.numbers.length} number${req.numbers.length === 1 ? '' : 's'}`;
    const title = requests.length > 1 ? `Order ${i + 1} of ${requests.length} (${count})` : count;
    // JSON.stringify never starts a body line with "###", so the body cannot end the request early.
    lines.push('', `### ${title}`, `POST {{baseUrl}}/v1/projects/{{projectId}}/${operationPath(kind)}`, auth, 'Content-Type: application/json', '', escapeBraces(requestJson(req)));
  });
  return `${lines.join('\n')}\n`;
}
