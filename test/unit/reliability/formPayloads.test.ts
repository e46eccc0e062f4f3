// HTML, script, Markdown, shell and formula payloads (test/fixtures/bad-input/form-payloads.json,
// plus fast-check) in names, business names, display names and server texts: wherever they are
// shown back they stay text, and over-long values are refused.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { SinchApiError } from '../../../src/api';
import { errorFromResponse } from '../../../src/api/errorParsing';
import type { QualifiedNumber } from '../../../src/api/types';
import { errorWords } from '../../../src/model/errorWords';
import { exportNumbers } from '../../../src/model/exportFormat';
import { parseNanpNumber } from '../../../src/model/phone';
import { buildRequest, requestJson } from '../../../src/model/textEnable/build';
import { toCurl } from '../../../src/model/textEnable/curl';
import { draftSchema } from '../../../src/model/textEnable/draft';
import { toErrorInfo } from '../../../src/model/textEnable/errorInfo';
import { MAX_LENGTH, TEXT_FIELDS, fieldsFor, type TextFieldName } from '../../../src/model/textEnable/fields';
import { toHttpFile } from '../../../src/model/textEnable/httpFile';
import { validateDraft } from '../../../src/model/textEnable/validate';
import { escapeMarkdown } from '../../../src/model/tree/markdown';
import { renderedText } from '../model/tree/vscodeMarkdown';
import { numberTooltipMarkdown } from '../../../src/model/tree/presentation';
import { parseWebviewMessage } from '../../../src/model/webviewMessages';
import { NOW, validStandardDraft, validTollFreeDraft } from '../../fixtures/textEnableDrafts';
import { fixture, SEEDS } from './helpers';

const { payloads } = fixture<{ payloads: string[] }>('form-payloads.json');
const ROOT = path.resolve(__dirname, '../../..');

/** What VS Code turns into a clickable link in a notification: [label](https:|command:|file:...). */
const NOTIFICATION_LINK = /\[[^\]]+\]\((?:https?:\/\/|command:|file:)/i;
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"'$]/;
/** Everything a person may type or a server may send, weighted towards the characters that matter. */
const hostile = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...'<>"\'`$(){}[]|#*_\\;&=+-@!~\n\r\t') },
    { weight: 2, arbitrary: fc.constantFrom('{{', '}}', '](', 'command:', '$(', '$(alert)', '$(sync~spin)', '###', 'javascript:', '\u202e') },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 1, minLength: 1 }) },
  ),
  maxLength: 40,
});
const fieldsWithNames: TextFieldName[] = ['displayName', 'businessName', 'firstName', 'lastName', 'street', 'city', 'currentVoiceCarrier'];

function numberWithServerText(text: string): QualifiedNumber {
  return {
    phoneNumber: '+12025550134',
    regionCode: text,
    globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_FAILED',
    osrEligibility: { status: 'DONE', error: text },
    ownershipVerification: { status: 'FAILED', error: text },
    hostedNumber: { status: 2, error: text },
    createdTime: text,
    updatedTime: text,
  };
}

describe('reliability: hostile text in forms, previews, tooltips and errors', () => {
  describe('tree tooltips (Markdown)', () => {
    it(`escape every payload of the corpus (${payloads.length}) so it reads as the text it is`, () => {
      for (const payload of payloads) {
        const markdown = numberTooltipMarkdown(numberWithServerText(payload));
        const escaped = escapeMarkdown(payload);
        assert.ok(markdown.includes(`| ${escaped} |`), `${JSON.stringify(payload)} is not in the tooltip as escaped text`);
        assert.doesNotMatch(markdown, /(?<!\\)<[a-z/!]/i, `${JSON.stringify(payload)}: a tag survived`);
        assert.doesNotMatch(markdown, /\]\(/, `${JSON.stringify(payload)}: a link or image survived`);
        assert.equal(markdown.match(/(?<!\\)\$\(/g)?.length, 1, `${JSON.stringify(payload)}: a theme icon besides the state's own survived`);
        assert.deepEqual(renderedText(escaped), { text: payload.replace(/\r\n|[\r\n]/g, ' '), icons: [] }, `${JSON.stringify(payload)}: VS Code would not show it as sent`);
      }
    });

    it('leave no special character unescaped and no line break, whatever the server sends (fast-check, 2000 strings)', () => {
      fc.assert(
        fc.property(hostile, (text) => {
          const escaped = escapeMarkdown(text);
          // VS Code's Markdown renderer reads \r\n, \n and a lone \r as line ends.
          assert.doesNotMatch(escaped, /[\r\n]/, 'a line break would end the table row');
          const bare = escaped.replace(/\\[\\`*_{}[\]()#+\-.!|<>~&"'$]/g, '');
          assert.doesNotMatch(bare, MARKDOWN_SPECIAL);
          // What VS Code shows: exactly the text, and no theme icon.
          assert.deepEqual(renderedText(escaped), { text: text.replace(/\r\n|[\r\n]/g, ' '), icons: [] });
        }),
        { seed: SEEDS.forms, numRuns: 2000 },
      );
    });
  });

  describe('notifications (VS Code renders [label](command:...) links in them)', () => {
    it('turn no server message into a command link', () => {
      for (const payload of payloads) {
        const error = errorFromResponse({ operation: 'List numbers', status: 400, bodyText: JSON.stringify({ code: '400', message: payload, status: 'INVALID_ARGUMENT', details: [{ fieldViolations: [{ field: payload, description: payload }] }] }), projectId: 'p' });
        const words = errorWords(error);
        assert.doesNotMatch(words, NOTIFICATION_LINK, `${JSON.stringify(payload)} became a link: ${words}`);
        assert.ok(words.replace(/\] \(/g, '](').includes(payload.replace(/\](?=\()/g, ']')) || !payload.includes(']('), 'the text is still readable');
      }
    });

    it('turn no echoed phone entry into a command link (a CSV cell someone sent)', () => {
      for (const payload of [...payloads, '[Call 2025550134](command:workbench.action.terminal.new)']) {
        const parsed = parseNanpNumber(payload);
        assert.ok(!parsed.ok);
        assert.doesNotMatch(`${parsed.input}: ${parsed.reason}`, NOTIFICATION_LINK, JSON.stringify(payload));
      }
    });

    it('never show a link for any server text (fast-check, 1000 strings)', () => {
      fc.assert(
        fc.property(hostile, hostile, (message, field) => {
          const words = errorWords(new SinchApiError({ kind: 'http', operation: `Get ${field}`, status: 400, message, fieldViolations: [{ field, description: message }] }));
          assert.doesNotMatch(words, NOTIFICATION_LINK);
        }),
        { seed: SEEDS.errors, numRuns: 1000 },
      );
    });
  });

  describe('text-enable forms', () => {
    it('keep every payload as the same string in the request preview, which the webview shows as text', () => {
      for (const payload of payloads) {
        for (const kind of ['standard', 'tollFree'] as const) {
          const base = kind === 'standard' ? validStandardDraft() : validTollFreeDraft();
          const draft = { ...base, loaKind: 'reseller' as const, displayName: payload, businessName: payload, firstName: payload };
          const json = JSON.parse(requestJson(buildRequest(kind, draft, ['+12025550134']))) as { displayName?: string; resellerLoaInfo: { businessName: string; authorisedPerson: { firstName: string } } };
          assert.equal(json.displayName, payload.trim() || undefined);
          assert.equal(json.resellerLoaInfo.businessName, payload.trim());
          assert.equal(json.resellerLoaInfo.authorisedPerson.firstName, payload.trim());
        }
      }
    });

    it('show results and errors from the server as plain strings (the webview puts them in text nodes)', () => {
      for (const payload of payloads) {
        const info = toErrorInfo(new SinchApiError({ kind: 'http', operation: 'Text enable', status: 400, message: payload, fieldViolations: [{ field: 'displayName', description: payload }, { field: payload, description: payload }] }));
        assert.ok(info.message.includes(payload));
        assert.equal(info.fieldErrors.displayName, payload);
        assert.ok(info.details.some((d) => d.includes(payload)));
      }
    });

    it('never build the webview from HTML strings: no innerHTML, outerHTML, insertAdjacentHTML, document.write or srcdoc', () => {
      const dir = path.join(ROOT, 'webview');
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
      assert.ok(files.length > 3, 'no webview sources found');
      for (const file of files) {
        const source = readFileSync(path.join(dir, file), 'utf8').replace(/\/\/.*$/gm, '');
        assert.doesNotMatch(source, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|srcdoc|DOMParser|createContextualFragment/, file);
      }
    });

    it('quote every payload so a POSIX shell hands curl exactly the JSON and runs nothing else (fast-check, 40 drafts, real sh)', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'sinch-curl-'));
      const marker = path.join(dir, 'pwned');
      try {
        const strings = fc.oneof(fc.constantFrom(...payloads.map((p) => p.replace(/\/tmp\/sinch-pwned/g, marker))), hostile, fc.constant(`$(touch ${marker})`), fc.constant(`'; touch ${marker}; '`));
        fc.assert(
          fc.property(strings, strings, strings, (displayName, businessName, city) => {
            const draft = { ...validStandardDraft(), loaKind: 'reseller' as const, displayName, businessName, city };
            const request = buildRequest('standard', draft, ['+12025550134']);
            // A stand-in curl prints each argument it gets, NUL-separated; the real shell parses the snippet.
            const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${toCurl('standard', [request], { auth: 'basic' })}`;
            const run = spawnSync('sh', ['-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', SINCH_PROJECT_ID: 'p', SINCH_KEY_ID: 'k', SINCH_KEY_SECRET: 's' } });
            assert.equal(run.status, 0, run.stderr);
            const args = run.stdout.split('\0');
            assert.deepEqual(JSON.parse(args[args.indexOf('--data') + 1]), request);
            assert.ok(!existsSync(marker), `the snippet ran a command for ${JSON.stringify([displayName, businessName, city])}`);
          }),
          { seed: SEEDS.shell, numRuns: 40 },
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('write .http bodies that REST Client sends as the exact JSON: no {{variable}}, no ### inside (fast-check, 500 drafts)', () => {
      fc.assert(
        fc.property(fc.oneof(fc.constantFrom(...payloads), hostile), fc.oneof(fc.constantFrom(...payloads), hostile), (displayName, businessName) => {
          const request = buildRequest('standard', { ...validStandardDraft(), loaKind: 'reseller', displayName, businessName }, ['+12025550134']);
          const file = toHttpFile('standard', [request, request], { auth: 'basic' });
          const requests = file.split(/^### /m).slice(1);
          assert.equal(requests.length, 2, 'a payload split or merged the requests');
          for (const block of requests) {
            const body = block.slice(block.indexOf('\n\n') + 2);
            assert.doesNotMatch(body, /\{\{/);
            assert.deepEqual(JSON.parse(body), request);
          }
        }),
        { seed: SEEDS.forms, numRuns: 500 },
      );
    });

    it('refuse a value one character over the limit in every text field, and accept it at the limit', () => {
      for (const kind of ['standard', 'tollFree'] as const) {
        const base = { ...(kind === 'standard' ? validStandardDraft() : validTollFreeDraft()), loaKind: 'reseller' as const };
        const shown = new Set(fieldsFor(kind, 'reseller'));
        for (const name of TEXT_FIELDS) {
          const over = { ...base, [name]: 'a'.repeat(MAX_LENGTH[name] + 1) };
          assert.equal(draftSchema.safeParse(over).success, false, `${name}: the draft schema took ${MAX_LENGTH[name] + 1} characters`);
          const message = parseWebviewMessage({ type: 'draftChanged', draft: over });
          assert.ok(!message.ok, `${name}: a message with an over-long value was accepted`);
          if (!shown.has(name)) continue;
          const result = validateDraft(over, kind, { now: NOW });
          assert.match(result.errors[name] ?? '', /too long \(at most \d+ characters\)/, `${kind} ${name}`);
          assert.equal(draftSchema.safeParse({ ...base, [name]: 'a'.repeat(MAX_LENGTH[name]) }).success, true, `${name} at the limit`);
        }
      }
    });

    it('refuse names with any payload that carries a control character, and keep the rest as typed (fast-check, 1000)', () => {
      fc.assert(
        fc.property(fc.constantFrom(...fieldsWithNames), hostile, (name, value) => {
          const result = validateDraft({ ...validStandardDraft(), loaKind: 'reseller', [name]: value }, 'standard', { now: NOW });
          // eslint-disable-next-line no-control-regex
          if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) assert.match(result.errors[name] ?? '', /control character/);
          else if (value.trim() !== '' || name === 'displayName') assert.equal(result.errors[name], undefined, `${name}=${JSON.stringify(value)}: ${result.errors[name]}`);
        }),
        { seed: SEEDS.forms, numRuns: 1000 },
      );
    });

    it('refuse a 10 MB numbers list as too long without reading it', () => {
      const numbersText = '+12025550134\n'.repeat(Math.ceil((10 * 1024 * 1024) / 13));
      const result = validateDraft({ ...validStandardDraft(), numbersText }, 'standard', { now: NOW });
      assert.match(result.errors.numbersText ?? '', /too long \(at most 200000 characters\)/);
      assert.deepEqual([result.numbers.accepted.length, result.numbers.duplicates.length, result.numbers.invalid.length], [0, 0, 0], 'the list was parsed anyway');
      assert.match(String((parseWebviewMessage({ type: 'draftChanged', draft: { ...validStandardDraft(), numbersText } }) as { reason?: string }).reason), /too large/);
    });
  });

  describe('CSV export of server texts', () => {
    it('defuses formulas and keeps every other cell as sent (fast-check, 500 strings)', () => {
      fc.assert(
        fc.property(fc.oneof(fc.constantFrom(...payloads), hostile), (text) => {
          const csv = exportNumbers([numberWithServerText(text)], 'csv');
          const rows = Papa.parse<string[]>(csv.trimEnd(), { newline: '\n' }).data;
          assert.equal(rows.length, 2, 'a payload added or removed rows');
          const cell = rows[1][5];
          const dangerous = /^[=@\t\r]|^[+-](?!\d+$)/.test(text);
          assert.equal(cell, dangerous ? `'${text}` : text);
        }),
        { seed: SEEDS.forms, numRuns: 500 },
      );
    });
  });
});
