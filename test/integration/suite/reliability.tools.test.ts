// Chat tools in the real extension host: a write never reaches Sinch without the user's
// confirmation, whatever the input. The tools are called the way another caller could, straight
// through invoke (no prepareInvocation, so no question shown), with valid and hostile inputs; the
// sandbox's own request log must show no write. A question for other numbers, or a used one, does
// not count either. (firstRun.test.ts covers the confirmed path through vscode.lm.invokeTool.)
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SinchExtensionApi } from '../../../src/extension';
import type { ToolName } from '../../../src/model/tools/toolInputs';
import type { RunningSandbox } from '../../../src/sandbox/index';
import { activateExtension } from './reliabilityHelpers';

const WRITES = ['sinch_addNumbers', 'sinch_sendVoiceChallenge', 'sinch_deleteQualifiedNumbers'] as const;

describe('Reliability: chat tools never write unconfirmed', function () {
  this.timeout(60_000);
  let api: SinchExtensionApi;
  let sandbox: RunningSandbox;
  const token = new vscode.CancellationTokenSource().token;

  before(async () => {
    api = (await activateExtension()).api;
  });

  beforeEach(async () => {
    sandbox = await api.connectToSandbox();
  });

  const tool = (name: ToolName): vscode.LanguageModelTool<unknown> => {
    const found = api.chatTools.get(name);
    assert.ok(found, `${name} is not registered`);
    return found;
  };

  async function invokeDirectly(name: ToolName, input: unknown): Promise<string> {
    const result = await tool(name).invoke({ input, toolInvocationToken: undefined } as vscode.LanguageModelToolInvocationOptions<unknown>, token);
    return (result?.content ?? []).map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : JSON.stringify(part))).join('\n');
  }

  /** Requests that change something (the tree's background list reads do not). */
  const writesSince = (from: number): string[] => sandbox.requestLog().slice(from).filter((e) => e.method !== 'GET').map((e) => `${e.method} ${e.path}`);

  async function firstIn(state: string): Promise<string> {
    const client = api.services.connection.current();
    assert.ok(client);
    const page = await client.list({ state: state as 'GLOBAL_PROCESS_STATE_ELIGIBLE', pageSize: 1 });
    assert.ok(page.qualifiedNumbers[0], `the sandbox seeds ${state} numbers`);
    return page.qualifiedNumbers[0].phoneNumber;
  }

  it('every write tool called straight through invoke, with 12 inputs each (valid, reshaped, hostile): no write reaches Sinch', async () => {
    const eligible = await firstIn('GLOBAL_PROCESS_STATE_ELIGIBLE');
    const verified = await firstIn('GLOBAL_PROCESS_STATE_VERIFIED');
    const inputs = (name: (typeof WRITES)[number]): unknown[] => {
      const one = name === 'sinch_sendVoiceChallenge';
      const numbers = (list: unknown[]): unknown => (one ? { phoneNumber: list[0] } : { phoneNumbers: list });
      return [
        numbers([eligible]),
        numbers(['+12065550177']),
        numbers([`(${verified.slice(2, 5)}) ${verified.slice(5, 8)}-${verified.slice(8)}`]),
        numbers([eligible, eligible]),
        { ...(numbers([eligible]) as object), confirmed: true },
        { ...(numbers([eligible]) as object), userConfirmed: 'yes' },
        numbers(['12345']),
        numbers(['../etc/passwd']),
        numbers([42]),
        numbers([]),
        'phoneNumbers=+12025550134',
        null,
      ];
    };
    const from = sandbox.requestLog().length;
    for (const name of WRITES) {
      for (const input of inputs(name)) {
        const text = await invokeDirectly(name, input);
        assert.ok(/^Nothing was done: /.test(text) || /^The input was refused, nothing was done\./.test(text), `${name} ${JSON.stringify(input)}: ${text}`);
      }
    }
    assert.deepStrictEqual(writesSince(from), [], 'a write reached the sandbox');
    const client = api.services.connection.current();
    assert.ok(client);
    await assert.rejects(client.get('+12065550177'), 'a number was added unasked');
    assert.strictEqual((await client.get(eligible)).globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE', 'a challenge was sent unasked');
    assert.strictEqual(sandbox.lastCode(client.projectId, eligible), undefined, 'the sandbox placed a call');
  });

  it('a question about other numbers does not let a write through; the asked one runs once, and a second run needs a second question', async () => {
    const from = sandbox.requestLog().length;
    const asked = await tool('sinch_addNumbers').prepareInvocation?.({ input: { phoneNumbers: ['+12065550181'] } }, token);
    assert.ok(asked?.confirmationMessages, 'a write asks first');
    assert.match(await invokeDirectly('sinch_addNumbers', { phoneNumbers: ['+12065550181', '+12065550182'] }), /^Nothing was done: /);
    assert.match(await invokeDirectly('sinch_deleteQualifiedNumbers', { phoneNumbers: ['+12065550181'] }), /^Nothing was done: /, 'asked to add, not to delete');
    assert.deepStrictEqual(writesSince(from), []);
    // The question the user saw, answered: the same numbers (in another spelling) go through, once.
    assert.match(await invokeDirectly('sinch_addNumbers', { phoneNumbers: ['(206) 555-0181'] }), /^Added 1 number to qualify: \+12065550181\./);
    assert.deepStrictEqual(writesSince(from).map((w) => w.replace(/^POST .*:/, 'POST :')), ['POST :addNumbers']);
    assert.match(await invokeDirectly('sinch_addNumbers', { phoneNumbers: ['+12065550181'] }), /^Nothing was done: /);
    assert.strictEqual(writesSince(from).length, 1);
  });
});
