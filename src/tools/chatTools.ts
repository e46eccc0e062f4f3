// Language Model Tools: what a chat agent may ask of Sinch. Reads answer at once; writes (add,
// voice challenge, delete) run only after the user confirms the question prepareInvocation
// returns, which names the numbers; invoke refuses a write no such question preceded
// (src/model/tools/writeConfirmations.ts). Every input is checked (src/model/tools/toolInputs.ts) and
// every answer is bounded text (src/model/tools/toolResults.ts). Tools use the connection the
// commands use and never prompt: not connected, they say how to connect.
import * as vscode from 'vscode';
import type { QualifiedNumbersApi } from '../api/types';
import type { ConnectionManager } from '../connection/connectionManager';
import { runBatch, summariseBatch } from '../model/batch';
import { addConfirmation, deleteConfirmation, voiceChallengeConfirmation, type ConfirmationWords } from '../model/confirmations';
import { errorWords } from '../model/errorWords';
import { formatNanp } from '../model/phone';
import { STATE_ORDER } from '../model/states';
import { countByState, listNumbers } from '../model/tools/toolQueries';
import { apiState, checkFilter, checkPhoneNumbers, checkToolInput, DEFAULT_LIST_LIMIT, type InputCheck, type ToolInput, type ToolName } from '../model/tools/toolInputs';
import { countsText, hostingOrderText, listText, NOT_CONNECTED, numberText } from '../model/tools/toolResults';
import { NOT_CONFIRMED, WriteConfirmations, writeKey } from '../model/tools/writeConfirmations';
import type { ExtensionServices } from '../services';

interface ToolDeps {
  readonly connection: ConnectionManager;
  readonly services: ExtensionServices;
  /** The questions asked (shared by every tool of the window); a write must find its own. */
  readonly confirmations?: WriteConfirmations;
}

/** One tool: an optional question before it runs (writes), and the work. */
interface ToolSpec<N extends ToolName> {
  /** Writes: the numbers written to (normalised), which the question names and invoke checks. */
  writes?(input: ToolInput<N>): InputCheck<string[]>;
  /** Undefined when the input is refused (nothing will be written, so nothing to confirm). */
  confirm?(input: ToolInput<N>, where: string): ConfirmationWords | undefined;
  run(input: ToolInput<N>, client: QualifiedNumbersApi, signal: AbortSignal, deps: ToolDeps): Promise<string>;
}

type ToolSpecs = { [N in ToolName]: ToolSpec<N> };

const SPECS: ToolSpecs = {
  sinch_listQualifiedNumbers: {
    async run(input, client, signal) {
      const filter = checkFilter(input.filter);
      if (!filter.ok) return filter.words;
      const states = input.state ? [apiState(input.state)] : STATE_ORDER;
      const outcome = await listNumbers(client, { states, region: input.region, matches: filter.input, limit: input.limit ?? DEFAULT_LIST_LIMIT, signal });
      const criteria = [input.state ? `in state ${input.state}` : 'in all states', input.region ? `in ${input.region}` : undefined, input.filter ? `matching "${input.filter}"` : undefined];
      return listText(outcome, criteria.filter(Boolean).join(', '));
    },
  },
  sinch_getQualifiedNumber: {
    async run(input, client, signal) {
      const numbers = checkPhoneNumbers([input.phoneNumber]);
      if (!numbers.ok) return numbers.words;
      return numberText(await client.get(numbers.input[0], { signal }));
    },
  },
  sinch_getHostingOrder: {
    async run(input, client, signal) {
      return hostingOrderText(await client.getHostingOrder(input.hostingOrderId.trim(), { signal }));
    },
  },
  sinch_summarizeQualifiedNumbers: {
    async run(input, client, signal) {
      return countsText(await countByState(client, input.region, signal), input.region);
    },
  },
  sinch_addNumbers: {
    writes: (input) => checkPhoneNumbers(input.phoneNumbers),
    confirm: (input, where) => confirmNumbers(checkPhoneNumbers(input.phoneNumbers), (numbers) => addConfirmation(numbers, where)),
    async run(input, client, signal, deps) {
      const numbers = checkPhoneNumbers(input.phoneNumbers);
      if (!numbers.ok) return numbers.words;
      const response = await client.addNumbers(numbers.input, { signal });
      deps.services.refreshTree();
      const added = response.qualifiedNumbers.length > 0 ? response.qualifiedNumbers.map((n) => n.phoneNumber) : numbers.input;
      deps.services.log.info(`Chat tool added ${added.length} numbers to qualify: ${added.join(', ')}`);
      return `Added ${added.length} number${added.length === 1 ? '' : 's'} to qualify: ${added.join(', ')}. Sinch now checks eligibility (state ELIGIBLE_CHECK_PENDING). Next the user must e-mail the invoices for these numbers to orders@sinch.com.`;
    },
  },
  sinch_sendVoiceChallenge: {
    writes: (input) => checkPhoneNumbers([input.phoneNumber]),
    confirm: (input, where) => confirmNumbers(checkPhoneNumbers([input.phoneNumber]), (numbers) => voiceChallengeConfirmation(numbers[0], where)),
    async run(input, client, signal, deps) {
      const numbers = checkPhoneNumbers([input.phoneNumber]);
      if (!numbers.ok) return numbers.words;
      const number = await client.sendVoiceChallenge(numbers.input[0], { signal });
      deps.services.refreshTree();
      return `Sinch is calling ${formatNanp(number.phoneNumber)}; a voice reads out a code. The user enters it with the command "Sinch: Verify Voice Challenge". Number now: ${numberText(number)}`;
    },
  },
  sinch_deleteQualifiedNumbers: {
    writes: (input) => checkPhoneNumbers(input.phoneNumbers),
    confirm: (input, where) => confirmNumbers(checkPhoneNumbers(input.phoneNumbers), (numbers) => deleteConfirmation(numbers, where)),
    async run(input, client, signal, deps) {
      const numbers = checkPhoneNumbers(input.phoneNumbers);
      if (!numbers.ok) return numbers.words;
      const outcomes = await runBatch(numbers.input, (n) => client.delete(n, { signal }), { signal });
      deps.services.refreshTree();
      return summariseBatch(outcomes, numbers.input.length, 'Deleted').message;
    },
  },
};

function confirmNumbers(numbers: InputCheck<string[]>, words: (numbers: string[]) => ConfirmationWords): ConfirmationWords | undefined {
  return numbers.ok ? words(numbers.input) : undefined;
}

export function createChatTool<N extends ToolName>(name: N, deps: ToolDeps): vscode.LanguageModelTool<unknown> {
  const spec = SPECS[name] as ToolSpec<N>;
  return {
    prepareInvocation(options) {
      const input = checkToolInput(name, options.input);
      if (!input.ok || !spec.confirm || !deps.connection.current()) return undefined;
      const where = deps.connection.describe();
      const words = spec.confirm(input.input, where);
      const numbers = spec.writes?.(input.input);
      if (!words || !numbers?.ok) return undefined;
      deps.confirmations?.ask(writeKey(name, where, numbers.input));
      return { confirmationMessages: { title: words.title, message: words.detail } };
    },
    async invoke(options, token) {
      return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(await answer(name, spec, options.input, token, deps))]);
    },
  };
}

async function answer<N extends ToolName>(name: N, spec: ToolSpec<N>, raw: unknown, token: vscode.CancellationToken, deps: ToolDeps): Promise<string> {
  const input = checkToolInput(name, raw);
  if (!input.ok) return input.words;
  const client = deps.connection.current();
  if (!client) return NOT_CONNECTED;
  const numbers = spec.writes?.(input.input);
  if (numbers && !numbers.ok) return numbers.words;
  // A write runs only for the question the user saw: these numbers, this connection.
  if (numbers && !deps.confirmations?.take(writeKey(name, deps.connection.describe(), numbers.input))) {
    deps.services.log.warn(`Chat tool ${name}: refused a write that was not confirmed (${numbers.input.length} numbers on ${deps.connection.describe()})`);
    return NOT_CONFIRMED;
  }
  const abort = new AbortController();
  const cancel = token.onCancellationRequested(() => abort.abort());
  try {
    return await spec.run(input.input, client, abort.signal, deps);
  } catch (error) {
    const words = deps.connection.redactor.redact(errorWords(error));
    deps.services.log.warn(`Chat tool ${name} failed: ${words}`);
    return `Failed: ${words}`;
  } finally {
    cancel.dispose();
  }
}

export function registerChatTools(deps: ToolDeps): { disposables: vscode.Disposable[]; tools: ReadonlyMap<ToolName, vscode.LanguageModelTool<unknown>> } {
  const tools = new Map<ToolName, vscode.LanguageModelTool<unknown>>();
  const shared = { ...deps, confirmations: deps.confirmations ?? new WriteConfirmations() };
  for (const name of Object.keys(SPECS) as ToolName[]) tools.set(name, createChatTool(name, shared));
  return { disposables: [...tools].map(([name, tool]) => vscode.lm.registerTool(name, tool)), tools };
}
