// The lines of "Copy as cURL" per target and auth: what to set first, the token command, the
// order headers when split, and the quoting of a body holding a single quote.
import * as assert from 'node:assert/strict';
import { buildStandardRequest, buildTollFreeRequest } from '../../../../src/model/textEnable/build';
import { shellQuote, toCurl } from '../../../../src/model/textEnable/curl';
import type { SnippetTarget } from '../../../../src/model/textEnable/endpoints';
import { validStandardDraft, validTollFreeDraft } from '../../../fixtures/textEnableDrafts';

const TOKEN = `curl -sS -u "$SINCH_KEY_ID:$SINCH_KEY_SECRET" -d grant_type=client_credentials "https://auth.sinch.com/oauth2/token" | sed -n 's/.*"access_token" *: *"\\([^"]*\\)".*/\\1/p'`;
const request = buildStandardRequest(validStandardDraft(), ['+12025550134']);

describe('cURL lines', () => {
  it('Sinch with basic auth: what to set, then one command', () => {
    assert.equal(toCurl('standard', [request], { auth: 'basic' }).split('\n').slice(0, 5).join('\n'), [
      '# Text-enable numbers (Sinch Qualified Numbers API) on Sinch (https://imported.numbers.api.sinch.com).',
      '# Set SINCH_PROJECT_ID, SINCH_KEY_ID and SINCH_KEY_SECRET first (Sinch dashboard > Settings > Access keys).',
      'curl -sS -X POST "https://imported.numbers.api.sinch.com/v1/projects/$SINCH_PROJECT_ID/qualifiedNumbers:textEnableNumbers" \\',
      '  -u "$SINCH_KEY_ID:$SINCH_KEY_SECRET" \\',
      '  -H "Content-Type: application/json" \\',
    ].join('\n'));
  });

  it('Sinch with a token: where the token comes from, and the bearer header', () => {
    const curl = toCurl('tollFree', [buildTollFreeRequest(validTollFreeDraft(), ['+18335870229'])], { auth: 'bearer' });
    assert.equal(curl.split('\n').slice(0, 6).join('\n'), [
      '# Text-enable toll-free numbers (Sinch Qualified Numbers API) on Sinch (https://imported.numbers.api.sinch.com).',
      '# Set SINCH_PROJECT_ID and TOKEN first; a token comes from:',
      `#   ${TOKEN}`,
      'curl -sS -X POST "https://imported.numbers.api.sinch.com/v1/projects/$SINCH_PROJECT_ID/qualifiedNumbers:textEnableTollFreeNumbers" \\',
      '  -H "Authorization: Bearer $TOKEN" \\',
      '  -H "Content-Type: application/json" \\',
    ].join('\n'));
  });

  it('the sandbox sets its placeholders and, for a token, fetches one', () => {
    const target: SnippetTarget = { baseUrl: 'http://127.0.0.1:4010', authBaseUrl: 'http://127.0.0.1:4010/', sandbox: { projectId: 'p', keyId: 'k', keySecret: "s'x" } };
    const lines = toCurl('standard', [request], { auth: 'bearer', target }).split('\n');
    assert.deepEqual(lines.slice(1, 6), [
      '# The sandbox accepts any key: these are its placeholders, not secrets.',
      "SINCH_PROJECT_ID='p'",
      "SINCH_KEY_ID='k'",
      "SINCH_KEY_SECRET='s'\\''x'",
      `TOKEN=$(${TOKEN.replace('https://auth.sinch.com', 'http://127.0.0.1:4010')})`,
    ]);
    assert.ok(!toCurl('standard', [request], { auth: 'basic', target }).includes('TOKEN='));
  });

  it('numbers split orders and says why', () => {
    const second = buildStandardRequest(validStandardDraft(), ['+12025550135', '+12025550136']);
    const curl = toCurl('standard', [request, second], { auth: 'basic' });
    assert.match(curl, /\n# 2 orders: Sinch takes at most 500 numbers per request\.\n# Order 1 of 2 \(1 number\)\ncurl /);
    assert.match(curl, /\n\n# Order 2 of 2 \(2 numbers\)\ncurl /);
    assert.ok(!toCurl('standard', [request], { auth: 'basic' }).includes('# Order'));
    assert.ok(curl.endsWith("'\n"));
  });

  it('quotes for a POSIX shell', () => {
    assert.equal(shellQuote("it's"), "'it'\\''s'");
    assert.equal(shellQuote(''), "''");
  });
});
