// Faults in the real extension host, through the built-in sandbox's fault controls (manual clock):
// 429 storms with and without Retry-After, 500, 503, a hang, reset connections, malformed JSON, an
// HTML error page, a token that expires mid-run and an auth endpoint that is down. After each the
// user has read a clear message, the tree recovers on the next refresh with the sandbox's counts,
// palette commands and writes keep working, and no unhandled rejection reaches the host.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { createClient, isSinchApiError } from '../../../src/api/index';
import type { QualifiedNumbersApi } from '../../../src/api/types';
import type { SinchExtensionApi } from '../../../src/extension';
import { STATE_ORDER } from '../../../src/model/states';
import type { RunningSandbox, SandboxFault } from '../../../src/sandbox/index';
import type { NumberNode } from '../../../src/views/nodes';
import { activateExtension, clearFaults, filesUnder, RejectionWatch, ScriptedUser, settleQuietRefresh, waitFor } from './reliabilityHelpers';

const API = '/v1/';
const TOKEN = '/oauth2/token';
const MANY = 80;

interface FaultCase {
  label: string;
  faults: SandboxFault[];
  /** What the error notification says after "Refreshing failed for 10 of 10 states: ". */
  words: RegExp;
  /** Expires the token first (the next request meets the fault at the token endpoint). */
  expireToken?: boolean;
}

const CASES: FaultCase[] = [
  { label: 'a 429 storm without Retry-After', faults: [{ kind: 'status', status: 429, pathPrefix: API, times: MANY }], words: /HTTP 429.*Sinch is limiting the request rate; wait a moment and try again.*Too many requests: wait a moment and try again\./ },
  { label: 'a 429 with Retry-After longer than the client waits', faults: [{ kind: 'status', status: 429, retryAfter: '120', pathPrefix: API, times: MANY }], words: /HTTP 429.*try again in 120 s.*Sinch asks to wait 120 s before trying again\./ },
  { label: 'a 429 storm with Retry-After: 1', faults: [{ kind: 'status', status: 429, retryAfter: '1', pathPrefix: API, times: MANY }], words: /HTTP 429.*try again in 1 s.*Sinch asks to wait 1 s/ },
  { label: '500', faults: [{ kind: 'status', status: 500, pathPrefix: API, times: MANY }], words: /HTTP 500 INTERNAL\): Sinch had a server error\..*Sinch had a problem; try again later\./ },
  { label: 'a 503 storm', faults: [{ kind: 'status', status: 503, pathPrefix: API, times: MANY }], words: /HTTP 503 UNAVAILABLE\): Sinch had a server error\..*try again later/ },
  { label: 'reset connections', faults: [{ kind: 'reset', pathPrefix: API, times: MANY }], words: /Could not reach 127\.0\.0\.1:\d+ \(2 attempts\): connection reset\..*Sinch could not be reached/ },
  { label: 'malformed JSON', faults: [{ kind: 'malformed-json', pathPrefix: API, times: MANY }], words: /answered HTTP 200 but not with JSON.*check the "sinch\.apiBaseUrl" setting/ },
  { label: 'an HTML error page', faults: [{ kind: 'html', pathPrefix: API, times: MANY }], words: /HTTP 502\).*a page that is not Sinch's JSON: "502 Bad Gateway 502 Bad Gateway nginx"/ },
  { label: 'the auth endpoint down (503) when the token expires', expireToken: true, faults: [{ kind: 'status', status: 503, pathPrefix: TOKEN, times: MANY }], words: /Sign in to Sinch failed.*answered HTTP 503.*check the auth URL, or try again later\.$/ },
  { label: 'the auth endpoint resetting connections when the token expires', expireToken: true, faults: [{ kind: 'reset', pathPrefix: TOKEN, times: MANY }], words: /Sign in to Sinch failed.*Could not get a token from the auth server http:\/\/127\.0\.0\.1:\d+\. Could not reach/ },
];

describe('Reliability: faults in the extension host', function () {
  this.timeout(90_000);
  let api: SinchExtensionApi;
  let extensionPath: string;
  let sandbox: RunningSandbox;
  let checker: QualifiedNumbersApi;
  let user: ScriptedUser;
  const watch = new RejectionWatch();

  /** The sandbox's own count per state, read with an independent client. */
  async function serverCounts(): Promise<string[]> {
    return Promise.all(STATE_ORDER.map(async (state) => String((await checker.list({ state, pageSize: 1 })).totalSize)));
  }

  function groupDescriptions(): string[] {
    return api.tree.getChildren().map((node) => String(api.tree.getTreeItem(node).description));
  }

  async function assertRecovered(what: string): Promise<void> {
    await clearFaults(sandbox.url);
    const errorsBefore = user.shown.filter((m) => m.level === 'error').length;
    await vscode.commands.executeCommand('sinch.refresh');
    assert.strictEqual(user.shown.filter((m) => m.level === 'error').length, errorsBefore, `${what}: the refresh after the fault still failed: ${user.summary()}`);
    const roots = api.tree.getChildren();
    assert.strictEqual(roots.length, STATE_ORDER.length, `${what}: the tree did not come back`);
    assert.ok(roots.every((n) => n.kind === 'group'));
    assert.deepStrictEqual(groupDescriptions(), await serverCounts(), `${what}: the counts differ from the sandbox's`);
  }

  before(async () => {
    const activated = await activateExtension();
    api = activated.api;
    extensionPath = activated.extension.extensionPath;
    sandbox = await api.connectToSandbox();
    const current = api.services.connection.current();
    assert.ok(current);
    checker = createClient({ projectId: current.projectId, credentials: { keyId: 'checker', keySecret: 'checker' }, auth: 'basic', baseUrl: sandbox.url });
    watch.start();
  });

  after(async () => {
    watch.stop();
    assert.deepStrictEqual(watch.ours(extensionPath), [], 'unhandled rejections from the extension');
    // The host's own log must not have reported one either.
    const logsDir = process.env.SINCH_TEST_LOGS_DIR;
    assert.ok(logsDir);
    const lines = filesUnder(logsDir).filter((f) => f.endsWith('.log')).flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'));
    const reported = lines.flatMap((line, i) => (/rejected promise not handled|unhandled (promise )?rejection/i.test(line) ? [lines.slice(i, i + 12).join('\n')] : []));
    assert.deepStrictEqual(reported.filter((block) => block.includes(extensionPath) || /sinch/i.test(block)), []);
  });

  beforeEach(async () => {
    if (api.services.connection.current() === undefined || api.sandbox() === undefined) sandbox = await api.connectToSandbox();
    sandbox.reset();
    user = new ScriptedUser().install();
    await settleQuietRefresh(api, sandbox, STATE_ORDER.length);
    const outcome = await api.tree.refresh();
    assert.strictEqual(outcome?.failed, 0);
  });

  afterEach(async () => {
    user.restore();
    await clearFaults(sandbox.url);
    assert.deepStrictEqual(user.problems, []);
  });

  /**
   * Expires the extension's token. The seeded hosting order finishes within the first 30 virtual
   * seconds and its events trigger a quiet tree refresh; let that one finish first, so it cannot
   * supersede the refresh under test.
   */
  async function expireToken(): Promise<void> {
    const before = sandbox.requestLog().length;
    sandbox.advanceClock(30);
    await waitFor(() => sandbox.requestLog().length >= before + STATE_ORDER.length, 'the quiet refresh after the hosting order events');
    await api.tree.model.whenIdle();
    sandbox.advanceClock(3600);
  }

  for (const c of CASES) {
    it(`${c.label}: says so in words, shows the error in the tree, and the next refresh recovers`, async () => {
      if (c.expireToken) await expireToken();
      sandbox.scriptFaults(c.faults);
      await vscode.commands.executeCommand('sinch.refresh');
      const error = user.find('error', /^Refreshing failed for 10 of 10 states: /);
      assert.ok(error, `no error notification: ${user.summary()}`);
      assert.match(error.text, c.words);
      assert.deepStrictEqual(error.items, ['Show Log']);
      const roots = api.tree.getChildren();
      assert.strictEqual(roots.length, 1, 'one error node instead of ten');
      const item = api.tree.getTreeItem(roots[0]);
      assert.strictEqual(item.label, 'Failed to load - show log');
      assert.strictEqual(item.command?.command, 'sinch.showLog');
      await assertRecovered(c.label);
    });
  }

  it('a request that hangs: the next refresh cancels it and loads the whole tree', async () => {
    sandbox.scriptFaults([{ kind: 'hang', pathPrefix: API, times: 1 }]);
    const stuck = vscode.commands.executeCommand('sinch.refresh');
    await waitFor(() => sandbox.requestLog().some((e) => e.fault === 'hang'), 'a list request to hang in the sandbox');
    await vscode.commands.executeCommand('sinch.refresh');
    await stuck;
    assert.deepStrictEqual(user.shown.filter((m) => m.level === 'error'), [], 'the superseded refresh reported an error');
    assert.deepStrictEqual(groupDescriptions(), await serverCounts());
  });

  it('a token that expires in the middle of a run is renewed once, without the user noticing', async () => {
    const tokensBefore = sandbox.requestLog().filter((e) => e.path === TOKEN).length;
    sandbox.advanceClock(3601);
    await vscode.commands.executeCommand('sinch.refresh');
    const eligible = api.tree.getChildren(api.tree.getChildren().find((n) => n.kind === 'group' && n.state === 'GLOBAL_PROCESS_STATE_ELIGIBLE')).filter((n): n is NumberNode => n.kind === 'number').slice(0, 2);
    assert.strictEqual(eligible.length, 2);
    // Expire again between the refresh and a write: the delete renews the token and goes through.
    sandbox.advanceClock(3601);
    user.answer = (m) => (m.modal && /^Delete 2 qualified numbers/.test(m.text) ? 'Delete' : undefined);
    await vscode.commands.executeCommand('sinch.deleteNumbers', eligible[0], eligible);
    assert.deepStrictEqual(user.shown.filter((m) => m.level === 'error'), [], user.summary());
    assert.ok(user.find('info', /^Deleted \+1 [\d-]+ and \+1 [\d-]+\.$/), user.summary());
    const log = sandbox.requestLog();
    assert.ok(log.some((e) => e.status === 401), 'the expiry was never met');
    assert.strictEqual(log.filter((e) => e.path === TOKEN).length - tokensBefore, 2, 'one new token per expiry, shared by every request');
    await assertRecovered('after the token expiries');
  });

  it('a palette command that must list numbers first says why it cannot, instead of failing', async () => {
    sandbox.scriptFaults([{ kind: 'status', status: 500, pathPrefix: API, times: MANY }]);
    user.pick = () => undefined;
    await vscode.commands.executeCommand('sinch.deleteNumbers');
    const error = user.find('error', /HTTP 500/);
    assert.ok(error, `no error shown: ${user.summary()}`);
    assert.match(error.text, /Sinch had a problem; try again later\./);
    await assertRecovered('after the palette command');
  });

  it('a write that meets a 500 is reported as maybe applied, and one that meets a 503 on DELETE is retried and done', async () => {
    sandbox.scriptFaults([{ kind: 'status', status: 500, method: 'POST', pathPrefix: API, times: 1 }]);
    await vscode.commands.executeCommand('sinch.addNumbers', { text: '+12065550142' });
    const error = user.find('error', /Add 1 number failed \(HTTP 500 INTERNAL\)/);
    assert.ok(error, user.summary());
    assert.match(error.text, /may or may not have been applied: refresh and check before trying again/);
    assert.strictEqual(sandbox.requestLog().filter((e) => e.method === 'POST' && e.path.endsWith(':addNumbers')).length, 1, 'the POST was resent');

    const [node] = api.tree.getChildren(api.tree.getChildren().find((n) => n.kind === 'group' && n.state === 'GLOBAL_PROCESS_STATE_NOT_ELIGIBLE')).filter((n): n is NumberNode => n.kind === 'number');
    assert.ok(node);
    sandbox.scriptFaults([{ kind: 'status', status: 503, method: 'DELETE', pathPrefix: API, times: 2 }]);
    user.answer = (m) => (m.modal ? 'Delete' : undefined);
    await vscode.commands.executeCommand('sinch.deleteNumbers', node, [node]);
    assert.ok(user.find('info', /^Deleted \+1 [\d-]+\.$/), user.summary());
    await assert.rejects(checker.get(node.number.phoneNumber), (e: unknown) => isSinchApiError(e) && e.status === 404, 'the number is deleted (404), not merely unreadable');
    await assertRecovered('after the writes');
  });
});
