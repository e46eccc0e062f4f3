import * as assert from 'node:assert/strict';
import { bodySnippet, errorFromResponse, invalidResponseError, parseErrorBody } from '../../../src/api/errorParsing';

const PROJECT = 'd1923022-5199-4bb3-a513-c47b3a656bc5';

describe('error parsing', () => {
  it('reads the usual shape, with field violations from details', () => {
    const body = JSON.stringify({
      code: '400',
      message: 'Invalid number.',
      status: 'INVALID_ARGUMENT',
      details: [{ type: 'BadRequest', fieldViolations: [{ field: 'phoneNumbers[0]', description: 'not E.164' }] }],
    });
    assert.deepEqual(parseErrorBody(body), {
      code: '400',
      message: 'Invalid number.',
      status: 'INVALID_ARGUMENT',
      fieldViolations: [{ field: 'phoneNumbers[0]', description: 'not E.164' }],
    });
  });

  it('reads the wrapped shape, whose code is a number', () => {
    const body = JSON.stringify({ error: { code: 404, message: 'Number not found', status: 'NOT_FOUND', details: [] } });
    assert.deepEqual(parseErrorBody(body), { code: '404', message: 'Number not found', status: 'NOT_FOUND', fieldViolations: [] });
  });

  it('gives up quietly on bodies that are not one of the shapes', () => {
    for (const body of ['', '<html>Bad Gateway</html>', '{"code": ', '[1,2]', '{"foo": 1}', 'null']) {
      assert.equal(parseErrorBody(body), undefined, body);
    }
  });

  it('turns a Sinch error into a typed error with every field', () => {
    const error = errorFromResponse({
      operation: 'Verify voice challenge for +12025550134',
      status: 400,
      projectId: PROJECT,
      bodyText: JSON.stringify({
        error: { code: 400, message: 'Wrong code', status: 'INVALID_ARGUMENT', details: [{ fieldViolations: [{ field: 'code', description: 'does not match' }] }] },
      }),
    });
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 400);
    assert.equal(error.sinchCode, '400');
    assert.equal(error.sinchStatus, 'INVALID_ARGUMENT');
    assert.equal(error.message, 'Wrong code.');
    assert.deepEqual(error.fieldViolations, [{ field: 'code', description: 'does not match' }]);
    assert.equal(error.describe(), 'Verify voice challenge for +12025550134 failed (HTTP 400 INVALID_ARGUMENT): Wrong code. [code: does not match]');
  });

  it('quotes the start of an HTML error page as words, without tags, scripts or a parse crash', () => {
    const html = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{color:red}</style>
      <script>var secret = 1;</script></head><body><h1>Bad   Gateway</h1><p>The proxy could not reach the upstream server. ${'x'.repeat(300)}</p></body></html>`;
    const error = errorFromResponse({ operation: 'Get +12025550134', status: 502, bodyText: html, projectId: PROJECT });
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 502);
    assert.match(error.message, /"502 Bad Gateway Bad Gateway The proxy could not reach the upstream server\. x+…"/);
    assert.doesNotMatch(error.message, /<|body\{|secret/);
    const quoted = /"([^"]*)"/.exec(error.message)?.[1] ?? '';
    assert.equal(quoted.length, 120);
  });

  it('snips long plain text and collapses whitespace', () => {
    assert.equal(bodySnippet('  a \n\t b  '), 'a b');
    assert.equal(bodySnippet('y'.repeat(500)).length, 120);
    assert.equal(bodySnippet('<p>caf&nbsp;é</p>'), 'caf é');
  });

  it('tells the user what to check on 401 and 403', () => {
    const unauthorised = errorFromResponse({ operation: 'List numbers (Verified)', status: 401, bodyText: '', projectId: PROJECT });
    assert.match(unauthorised.message, /check the access key ID and key secret/);
    const forbidden = errorFromResponse({
      operation: 'List numbers (Verified)',
      status: 403,
      bodyText: '{"code":"403","message":"Permission denied","status":"PERMISSION_DENIED"}',
      projectId: PROJECT,
    });
    assert.match(forbidden.message, new RegExp(`project ${PROJECT}: check the project ID`));
    assert.match(forbidden.message, /Permission denied/);
    assert.equal(forbidden.sinchStatus, 'PERMISSION_DENIED');
  });

  it('says when to come back after a 429', () => {
    const error = errorFromResponse({ operation: 'Get +12025550134', status: 429, bodyText: '', projectId: PROJECT, retryAfterMs: 120_000 });
    assert.equal(error.retryAfterSeconds, 120);
    assert.match(error.message, /try again in 120 s/);
  });

  it('marks a POST that got a 5xx as an unknown outcome, keeping Sinch\'s details', () => {
    const error = errorFromResponse({
      operation: 'Add 2 numbers',
      status: 500,
      bodyText: '{"code":"500","message":"Internal error","status":"INTERNAL"}',
      projectId: PROJECT,
      outcomeUnknown: true,
    });
    assert.equal(error.kind, 'unknown-outcome');
    assert.equal(error.status, 500);
    assert.equal(error.sinchStatus, 'INTERNAL');
    assert.match(error.message, /Internal error\. The request may or may not have been applied: refresh and check before trying again\./);
  });

  it('reports a 2xx that is not JSON as an invalid response, quoting it', () => {
    const error = invalidResponseError('Get +12025550134', 200, '<html><body>Captive portal: please log in</body></html>', 'not with JSON', false);
    assert.equal(error.kind, 'invalid-response');
    assert.match(error.message, /HTTP 200 but not with JSON: "Captive portal: please log in"/);
    assert.match(invalidResponseError('Add 1 number', 200, '', 'not with JSON', true).message, /an empty body.*probably applied/);
  });
});
