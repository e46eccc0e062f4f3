// Nothing lost, in the real extension host against the built-in sandbox: a delete never happens
// without a yes, whichever way it is started; numbers of an add batch that failed are handed back
// for the retry, and retrying adds them once, leaving nothing added twice.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { createClient } from '../../../src/api/index';
import type { QualifiedNumbersApi } from '../../../src/api/types';
import type { SinchExtensionApi } from '../../../src/extension';
import type { RunningSandbox } from '../../../src/sandbox/index';
import type { NumberNode } from '../../../src/views/nodes';
import { STATE_ORDER } from '../../../src/model/states';
import { activateExtension, clearFaults, RejectionWatch, ScriptedUser, settleQuietRefresh } from './reliabilityHelpers';

describe('Reliability: nothing lost', function () {
  this.timeout(90_000);
  let api: SinchExtensionApi;
  let extensionPath: string;
  let sandbox: RunningSandbox;
  let checker: QualifiedNumbersApi;
  let user: ScriptedUser;
  const watch = new RejectionWatch();

  const deletes = (): number => sandbox.requestLog().filter((e) => e.method === 'DELETE').length;
  const eligibleNodes = (): NumberNode[] =>
    api.tree.getChildren(api.tree.getChildren().find((n) => n.kind === 'group' && n.state === 'GLOBAL_PROCESS_STATE_ELIGIBLE')).filter((n): n is NumberNode => n.kind === 'number');

  before(async () => {
    const activated = await activateExtension();
    api = activated.api;
    extensionPath = activated.extension.extensionPath;
    watch.start();
  });

  after(() => {
    watch.stop();
    assert.deepStrictEqual(watch.ours(extensionPath), []);
  });

  beforeEach(async () => {
    sandbox = await api.connectToSandbox();
    const current = api.services.connection.current();
    assert.ok(current);
    checker = createClient({ projectId: current.projectId, credentials: { keyId: 'checker', keySecret: 'checker' }, auth: 'basic', baseUrl: sandbox.url });
    sandbox.reset();
    user = new ScriptedUser().install();
    await settleQuietRefresh(api, sandbox, STATE_ORDER.length);
    assert.strictEqual((await api.tree.refresh())?.failed, 0);
  });

  afterEach(async () => {
    user.restore();
    await clearFaults(sandbox.url);
    assert.deepStrictEqual(user.problems, []);
  });

  it('deletes nothing without a yes: from tree nodes, from a number passed by another command, and from the palette pick', async () => {
    const [first, second] = eligibleNodes();
    assert.ok(first && second);
    user.answer = () => undefined; // every dialog closed without a choice
    user.pick = (items) => items.slice(0, 2);
    await vscode.commands.executeCommand('sinch.deleteNumbers', first, [first, second]);
    await vscode.commands.executeCommand('sinch.deleteNumbers', second.number.phoneNumber);
    await vscode.commands.executeCommand('sinch.deleteNumbers');
    const asked = user.shown.filter((m) => m.modal && /^Delete \d+ qualified numbers? from /.test(m.text));
    assert.strictEqual(asked.length, 3, `not every delete asked first: ${user.summary()}`);
    assert.ok(asked.every((m) => m.items.length === 1 && m.items[0] === 'Delete'));
    assert.strictEqual(deletes(), 0, 'a DELETE reached the API without a yes');
    for (const n of [first, second]) assert.strictEqual((await checker.get(n.number.phoneNumber)).globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE');
  });

  it('hands back the numbers of an add batch that failed, and the retry adds exactly those, once', async () => {
    // 502 numbers make two requests (500 + 2): the first is added, the second meets a 500.
    const numbers = Array.from({ length: 502 }, (_, i) => `+1206${String(3000000 + i)}`);
    sandbox.scriptFaults([
      { kind: 'latency', ms: 0, method: 'POST', pathPrefix: '/v1/' },
      { kind: 'status', status: 500, method: 'POST', pathPrefix: '/v1/' },
    ]);
    user.answer = (m) => (/not added/.test(m.text) ? 'Copy Numbers Not Added' : undefined);
    await vscode.commands.executeCommand('sinch.addNumbers', { text: numbers.join('\n') });
    const error = user.find('error', /^Added 500 of 502 numbers; 2 were not added/);
    assert.ok(error, user.summary());
    assert.match(error.text, /Add 2 numbers failed \(HTTP 500 INTERNAL\)/);
    assert.match(error.text, /may or may not have been applied/);
    assert.ok(error.items.includes('Copy Numbers Not Added'));
    const handedBack = await vscode.env.clipboard.readText();
    assert.deepStrictEqual(handedBack.split('\n'), numbers.slice(500));

    user.shown.length = 0;
    user.answer = () => undefined;
    await vscode.commands.executeCommand('sinch.addNumbers', { text: handedBack });
    assert.ok(user.find('info', /^Added \+1 206-300-0500, \+1 206-300-0501 to qualify\./), user.summary());
    const adds = sandbox.requestLog().filter((e) => e.method === 'POST' && e.path.endsWith(':addNumbers'));
    assert.deepStrictEqual(adds.map((e) => e.status), [200, 500, 200], 'a batch was sent again');
    const pending: string[] = [];
    for await (const n of checker.listAll({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING', pageSize: 100 })) pending.push(n.phoneNumber);
    for (const n of numbers) assert.strictEqual(pending.filter((p) => p === n).length, 1, `${n} is not there exactly once`);
  });
});
