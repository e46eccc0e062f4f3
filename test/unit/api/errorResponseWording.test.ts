// The exact words an error answer becomes (src/api/errorParsing.ts): per status, with and without
// Sinch's message, with a page that is not JSON, and the rules that cut such a page to a snippet.
// What these say is what a notification says, so the wording and its edges are behaviour.
import * as assert from 'node:assert/strict';
import { bodySnippet, errorFromResponse, invalidResponseError, parseErrorBody, tryParseJson, type ErrorResponseInfo } from '../../../src/api/errorParsing';

const PROJECT = 'p-1';
const message = (status: number, bodyText = '', extra: Partial<ErrorResponseInfo> = {}): string =>
  errorFromResponse({ operation: 'Get +12025550134', status, bodyText, projectId: PROJECT, ...extra }).message;
const sinch = (text: string): string => JSON.stringify({ code: '400', message: text, status: 'X' });

describe('error answers in words', () => {
  it('says per status what to check, with no body', () => {
    assert.equal(message(401), 'Sinch did not accept the credentials: check the access key ID and key secret.');
    assert.equal(message(403), 'The access key may not use project p-1: check the project ID and that the key belongs to that project.');
    assert.equal(message(404), 'Sinch found no such resource.');
    assert.equal(message(429), 'Sinch is limiting the request rate; wait a moment and try again.');
    assert.equal(message(500), 'Sinch had a server error.');
    assert.equal(message(503), 'Sinch had a server error.');
    assert.equal(message(418), 'The server answered HTTP 418 without an explanation.');
    assert.equal(message(499), 'The server answered HTTP 499 without an explanation.');
    assert.equal(message(400, '   \n'), 'The server answered HTTP 400 without an explanation.', 'a blank body is no explanation');
  });

  it('calls every 3xx a redirect, and nothing outside 300-399', () => {
    assert.equal(message(300), 'The server redirected (HTTP 300) instead of answering: check the base URL.');
    assert.equal(message(399), 'The server redirected (HTTP 399) instead of answering: check the base URL.');
    assert.doesNotMatch(message(400), /redirected/);
    assert.doesNotMatch(message(299), /redirected/);
  });

  it('adds what Sinch said, ending it as a sentence', () => {
    assert.equal(message(401, sinch('Bad key')), 'Sinch did not accept the credentials: check the access key ID and key secret. Bad key.');
    assert.equal(message(403, sinch('Denied!')), 'The access key may not use project p-1: check the project ID and that the key belongs to that project. Denied!');
    assert.equal(message(404, sinch('Number not found')), 'Number not found.');
    assert.equal(message(429, sinch('Slow down?'), { retryAfterMs: 1500 }), 'Sinch is limiting the request rate; try again in 2 s. Slow down?');
    assert.equal(message(502, sinch('Upstream…')), 'Sinch had a server error. Upstream…');
    assert.equal(message(400, sinch('Invalid number.')), 'Invalid number.');
    assert.equal(message(400, sinch('Invalid "x"')), 'Invalid "x"');
    assert.equal(message(400, sinch('')), 'The server answered HTTP 400 without an explanation.', 'an empty message is no explanation');
  });

  it('rounds a Retry-After up to whole seconds, 0 included', () => {
    const error = errorFromResponse({ operation: 'Get', status: 429, bodyText: '', projectId: PROJECT, retryAfterMs: 1 });
    assert.equal(error.retryAfterSeconds, 1);
    assert.equal(errorFromResponse({ operation: 'Get', status: 429, bodyText: '', projectId: PROJECT, retryAfterMs: 0 }).message, 'Sinch is limiting the request rate; try again in 0 s.');
    assert.equal(errorFromResponse({ operation: 'Get', status: 429, bodyText: '', projectId: PROJECT }).retryAfterSeconds, undefined);
  });

  it('quotes a page that is not JSON, and says so', () => {
    assert.equal(message(400, 'Bad Request'), 'The server answered with a page that is not Sinch\'s JSON: "Bad Request"');
    assert.equal(message(502, '<h1>Bad Gateway</h1>'), 'Sinch had a server error. The server answered with a page that is not Sinch\'s JSON: "Bad Gateway"');
    assert.equal(message(404, '{"unrelated":true}'), 'The server answered with a page that is not Sinch\'s JSON: "{"unrelated":true}"');
  });

  it('keeps a plain answer as the kind "http", and says a POST\'s 5xx may have been applied', () => {
    const plain = errorFromResponse({ operation: 'Add 1 number', status: 500, bodyText: '', projectId: PROJECT, outcomeUnknown: false });
    assert.equal(plain.kind, 'http');
    assert.equal(plain.message, 'Sinch had a server error.');
    const unknown = errorFromResponse({ operation: 'Add 1 number', status: 500, bodyText: '', projectId: PROJECT, outcomeUnknown: true });
    assert.equal(unknown.message, 'Sinch had a server error. The request may or may not have been applied: refresh and check before trying again.');
    assert.equal(unknown.operation, 'Add 1 number');
  });

  it('words a 2xx that is not what was expected', () => {
    assert.equal(
      invalidResponseError('Get', 200, '<b>hello</b>', 'not with JSON', false).message,
      'The server answered HTTP 200 but not with JSON: "hello". Check the API base URL.',
    );
    const applied = invalidResponseError('Add 1 number', 201, '', 'not in the expected shape (x: required)', true);
    assert.equal(applied.message, 'The server answered HTTP 201 but not in the expected shape (x: required): an empty body. Check the API base URL. The request was probably applied: refresh to see its effect.');
    assert.equal(applied.kind, 'invalid-response');
    assert.equal(applied.status, 201);
    assert.equal(applied.operation, 'Add 1 number');
  });
});

describe('error bodies', () => {
  it('reads a body that carries only a code, only a message or only a status', () => {
    assert.deepEqual(parseErrorBody('{"code":7}'), { code: '7', message: undefined, status: undefined, fieldViolations: [] });
    assert.deepEqual(parseErrorBody('{"message":"m"}'), { code: undefined, message: 'm', status: undefined, fieldViolations: [] });
    assert.deepEqual(parseErrorBody('{"error":{"status":"NOT_FOUND"}}'), { code: undefined, message: undefined, status: 'NOT_FOUND', fieldViolations: [] });
    assert.equal(parseErrorBody('{"error":{}}'), undefined);
    assert.equal(parseErrorBody('{"code":{"nested":1}}'), undefined, 'a code of the wrong type is not the shape');
  });

  it('collects field violations from every detail that has them, skipping what does not fit', () => {
    const body = JSON.stringify({
      message: 'Invalid',
      details: [
        null,
        'text',
        { fieldViolations: 'not a list' },
        { fieldViolations: [{ field: 'a', description: 'first' }, { field: 'b' }, null] },
        { fieldViolations: [{ field: 3, description: false }] },
      ],
    });
    assert.deepEqual(parseErrorBody(body)?.fieldViolations, [
      { field: 'a', description: 'first' },
      { field: '3', description: 'false' },
    ]);
  });

  it('reads JSON, and nothing from a blank or broken text', () => {
    assert.deepEqual(tryParseJson(' {"a":1} '), { a: 1 });
    assert.equal(tryParseJson('0'), 0);
    assert.equal(tryParseJson(''), undefined);
    assert.equal(tryParseJson(' \n '), undefined);
    assert.equal(tryParseJson('{'), undefined);
  });
});

describe('body snippets', () => {
  it('drops scripts, styles and comments with their content, whatever their case and attributes', () => {
    assert.equal(bodySnippet('<SCRIPT type="text/javascript">var a = 1;</SCRIPT >one<style media="all">p{}</style>two'), 'one two');
    assert.equal(bodySnippet('<script>a()</script>keep<script>b()</script>'), 'keep');
    assert.equal(bodySnippet('a<!-- hidden\n note -->b<!--x-->c'), 'a b c');
    assert.equal(bodySnippet('<styled-box>shown</styled-box><style>p{}</style>'), 'shown', 'a tag that only starts with "style" is an ordinary tag');
    assert.equal(bodySnippet('<script>\nmulti\nline\n</script>after'), 'after');
  });

  it('turns tags and non-breaking spaces into spaces and collapses whitespace', () => {
    assert.equal(bodySnippet('<p class="x">a</p><br/>b'), 'a b');
    assert.equal(bodySnippet('a&NBSP;b&nbsp;&nbsp;c'), 'a b c');
    assert.equal(bodySnippet('\t a \r\n\n b \u00a0'), 'a b');
    assert.equal(bodySnippet('1 < 2 and 3 > 2'), '1 2');
  });

  it('cuts only what is longer than the limit, ending the cut with an ellipsis', () => {
    assert.equal(bodySnippet('z'.repeat(120)), 'z'.repeat(120));
    assert.equal(bodySnippet('z'.repeat(121)), `${'z'.repeat(119)}…`);
    assert.equal(bodySnippet('abcdef', 4), 'abc…');
    assert.equal(bodySnippet('abcd', 4), 'abcd');
  });
});
