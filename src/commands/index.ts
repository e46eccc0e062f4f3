// The one place commands are registered: the table below maps each command ID (declared with its
// title in package.json) to its handler, and runner.ts wraps every handler alike. Tree menus pass
// `(node, selectedNodes)`, which reach a handler as `call.targets`; the palette passes nothing.
// A new command is one line here plus its file (and its package.json entry).
import * as vscode from 'vscode';
import { TextEnablePanel } from '../panels/index';
import { addNumbers } from './addNumbers';
import { CALLBACK_SCHEME, CallbackDocumentProvider } from './callbacks/callbackDocuments';
import { callbackCommands } from './callbacksLoader';
import { clearFilter } from './clearFilter';
import type { CommandContext, SidebarParts } from './context';
import { copyNumber } from './copyNumber';
import { copySandboxUrl } from './copySandboxUrl';
import { copyHostingOrderId, forgetHostingOrder, refreshHostingOrders, showHostingOrderDetails } from './hostingOrderCommands';
import { openHostingOrder } from './openHostingOrder';
import { revealNumber } from './revealNumber';
import { deleteNumbers } from './deleteNumbers';
import { exportNumbers } from './exportNumbers';
import { filter } from './filter';
import { filterRegion } from './filterRegion';
import { getStarted } from './getStarted';
import { loadMore } from './loadMore';
import { DETAILS_SCHEME, NumberDetailsProvider } from './numberDetails';
import { refresh } from './refresh';
import { registerCommandTable, type CommandSpec } from './runner';
import { sendVoiceChallenge } from './sendVoiceChallenge';
import { showDetails } from './showDetails';
import { showInSinch } from './showInSinch';
import { showLog } from './showLog';
import { signIn } from './signIn';
import { signOut } from './signOut';
import { switchProfile } from './switchProfile';
import { useSandbox } from './useSandbox';
import { verifyVoiceChallenge } from './verifyVoiceChallenge';

export type { CommandContext } from './context';

const numbers = (call: { targets: readonly { phoneNumber: string }[] }): string[] => call.targets.map((t) => t.phoneNumber);

export const COMMANDS = {
  'sinch.signIn': { run: (ctx, { args: [name] }) => signIn(ctx, name) },
  'sinch.signOut': { run: (ctx) => signOut(ctx) },
  'sinch.switchProfile': { run: (ctx) => switchProfile(ctx) },
  'sinch.useSandbox': { run: (ctx) => useSandbox(ctx), failure: 'The offline sandbox did not start' },
  'sinch.refresh': { run: (ctx) => refresh(ctx) },
  'sinch.filter': { run: (ctx, { args: [text] }) => filter(ctx, text) },
  'sinch.clearFilter': { run: (ctx) => clearFilter(ctx) },
  'sinch.filterRegion': { run: (_ctx, { args: [region] }) => filterRegion(region) },
  'sinch.showDetails': { run: (ctx, call) => showDetails(ctx, call.targets) },
  'sinch.export': { run: (ctx, { args: [options] }) => exportNumbers(ctx, options), failure: 'Export failed' },
  'sinch.addNumbers': { run: (ctx, { args: [options] }) => addNumbers(ctx, options) },
  'sinch.sendVoiceChallenge': { run: (ctx, call) => sendVoiceChallenge(ctx, call.targets) },
  'sinch.verifyVoiceChallenge': { run: (ctx, call) => verifyVoiceChallenge(ctx, call.targets) },
  'sinch.deleteNumbers': { run: (ctx, call) => deleteNumbers(ctx, call.targets) },
  'sinch.copyNumber': { run: (ctx, call) => copyNumber(ctx, call.targets) },
  'sinch.showLog': { run: (ctx) => showLog(ctx) },
  'sinch.loadMore': { run: (ctx, { args: [node] }) => loadMore(ctx, node), failure: 'Loading more numbers failed' },
  'sinch.textEnable': { run: (ctx, call) => void TextEnablePanel.show(ctx.services, 'standard', numbers(call)) },
  'sinch.textEnableTollFree': { run: (ctx, call) => void TextEnablePanel.show(ctx.services, 'tollFree', numbers(call)) },
  'sinch.openHostingOrder': { run: (ctx, { args: [id] }) => openHostingOrder(ctx, id) },
  'sinch.showHostingOrderDetails': { run: (ctx, { args: [node, nodes] }) => showHostingOrderDetails(ctx, node, nodes) },
  'sinch.copyHostingOrderId': { run: (ctx, { args: [node, nodes] }) => copyHostingOrderId(ctx, node, nodes) },
  'sinch.forgetHostingOrder': { run: (ctx, { args: [node, nodes] }) => forgetHostingOrder(ctx, node, nodes) },
  'sinch.refreshHostingOrders': { run: (ctx) => refreshHostingOrders(ctx) },
  'sinch.copySandboxUrl': { run: (ctx) => copySandboxUrl(ctx) },
  'sinch.revealNumber': { run: (ctx, { args: [node] }) => revealNumber(ctx, node) },
  'sinch.getStarted': { run: (ctx) => getStarted(ctx.services.context, ctx.services.walkthrough), failure: 'Could not open the walkthrough' },
  'sinch.showInSinch': { run: (ctx, { args: [phoneNumber] }) => showInSinch(ctx, phoneNumber) },
  // The callback inspector's commands are a bundle of their own, required on first use.
  'sinch.startCallbackListener': { run: (ctx) => callbackCommands().startCallbackListener(ctx) },
  'sinch.stopCallbackListener': { run: (ctx) => callbackCommands().stopCallbackListener(ctx) },
  'sinch.copyCallbackUrl': { run: (ctx) => callbackCommands().copyCallbackUrl(ctx) },
  'sinch.setCallbackSecret': { run: (ctx) => callbackCommands().setCallbackSecret(ctx) },
  'sinch.replayCallback': { run: (ctx, { args: [node] }) => callbackCommands().replayCallback(ctx, node) },
  'sinch.clearCallbacks': { run: (ctx) => callbackCommands().clearCallbacks(ctx) },
  'sinch.exportCallbacks': { run: (ctx) => callbackCommands().exportCallbacks(ctx), failure: 'Export failed' },
  'sinch.sendTestCallback': { run: (ctx, { args: [kind] }) => callbackCommands().sendTestCallback(ctx, kind) },
  'sinch.showCallback': { run: (ctx, { args: [node] }) => callbackCommands().showCallback(ctx, node) },
} satisfies Record<string, CommandSpec>;

/** Every command registered here, straight from the table (the smoke test checks package.json against the registry). */
export const COMMAND_IDS = Object.keys(COMMANDS) as ReadonlyArray<keyof typeof COMMANDS>;

export function registerCommands(parts: SidebarParts): vscode.Disposable[] {
  const details = new NumberDetailsProvider();
  const callbackDocuments = new CallbackDocumentProvider(parts.services.callbacks);
  const ctx: CommandContext = { ...parts, details, callbackDocuments };
  return [
    details,
    vscode.workspace.registerTextDocumentContentProvider(DETAILS_SCHEME, details),
    callbackDocuments,
    vscode.workspace.registerTextDocumentContentProvider(CALLBACK_SCHEME, callbackDocuments),
    ...registerCommandTable(ctx, COMMANDS),
  ];
}
