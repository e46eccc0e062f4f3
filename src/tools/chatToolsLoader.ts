// The chat tools are a bundle of their own (dist/chatTools.js, see scripts/build.mjs): their input
// schemas use classic zod (~90 KB, for the JSON Schema package.json declares), which no window needs
// to start. VS Code needs the tools registered at activation, so each is registered as a stand-in
// that requires the bundle the first time a chat asks it anything (its confirmation or a call).
import * as vscode from 'vscode';
import { lazyBundle } from '../lazyBundle';
import type { ToolName } from '../model/tools/toolInputs';
import { WriteConfirmations } from '../model/tools/writeConfirmations';
import type * as ChatTools from './chatTools';

const chatTools = lazyBundle<typeof ChatTools>('chatTools.js');

type ToolDeps = Parameters<typeof ChatTools.registerChatTools>[0];

/** Every tool of package.json's `languageModelTools` (the type check below keeps it whole). */
const TOOL_NAMES = [
  'sinch_listQualifiedNumbers',
  'sinch_getQualifiedNumber',
  'sinch_getHostingOrder',
  'sinch_summarizeQualifiedNumbers',
  'sinch_addNumbers',
  'sinch_sendVoiceChallenge',
  'sinch_deleteQualifiedNumbers',
] as const satisfies readonly ToolName[];
const EVERY_TOOL: Exclude<ToolName, (typeof TOOL_NAMES)[number]> extends never ? true : never = true;

function standIn(name: ToolName, deps: ToolDeps): vscode.LanguageModelTool<unknown> {
  let tool: vscode.LanguageModelTool<unknown> | undefined;
  const real = (): vscode.LanguageModelTool<unknown> => (tool ??= chatTools().createChatTool(name, deps));
  return {
    prepareInvocation: (options, token) => real().prepareInvocation?.(options, token),
    invoke: (options, token) => real().invoke(options, token),
  };
}

/** Registers every chat tool; the map is for the integration tests (`SinchExtensionApi.chatTools`). */
export function registerChatTools(deps: ToolDeps): { disposables: vscode.Disposable[]; tools: ReadonlyMap<ToolName, vscode.LanguageModelTool<unknown>> } {
  void EVERY_TOOL;
  // One ledger for every tool: a write runs only after its own tool asked the user (prepareInvocation).
  const shared: ToolDeps = { ...deps, confirmations: deps.confirmations ?? new WriteConfirmations() };
  const tools = new Map<ToolName, vscode.LanguageModelTool<unknown>>(TOOL_NAMES.map((name) => [name, standIn(name, shared)]));
  return { disposables: [...tools].map(([name, tool]) => vscode.lm.registerTool(name, tool)), tools };
}
