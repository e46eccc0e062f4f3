// The one place commands are registered. Command IDs and titles are contributed in package.json;
// tree menus pass `(node, selectedNodes)`, the palette passes nothing.
import * as vscode from 'vscode';
import { addNumbers } from './addNumbers';
import { clearFilter } from './clearFilter';
import type { CommandContext } from './context';
import { copyNumber } from './copyNumber';
import { deleteNumbers } from './deleteNumbers';
import { exportNumbers } from './exportNumbers';
import { filter } from './filter';
import { filterRegion } from './filterRegion';
import { getStarted } from './getStarted';
import { loadMore } from './loadMore';
import { refresh } from './refresh';
import { sendVoiceChallenge } from './sendVoiceChallenge';
import { DETAILS_SCHEME, NumberDetailsProvider, showDetails } from './showDetails';
import { showInSinch } from './showInSinch';
import { showLog } from './showLog';
import { signIn } from './signIn';
import { signOut } from './signOut';
import { switchProfile } from './switchProfile';
import { useSandbox } from './useSandbox';
import { verifyVoiceChallenge } from './verifyVoiceChallenge';

export type { CommandContext } from './context';

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  const details = new NumberDetailsProvider();
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    'sinch.signIn': (name) => signIn(ctx, name),
    'sinch.signOut': () => signOut(ctx),
    'sinch.switchProfile': () => switchProfile(ctx),
    'sinch.useSandbox': () => useSandbox(ctx),
    'sinch.refresh': () => refresh(ctx),
    'sinch.filter': (text) => filter(ctx, text),
    'sinch.clearFilter': () => clearFilter(ctx),
    'sinch.filterRegion': (region) => filterRegion(region),
    'sinch.showDetails': (node, nodes) => showDetails(ctx, details, node, nodes),
    'sinch.export': (args) => exportNumbers(ctx, args),
    'sinch.addNumbers': (args) => addNumbers(ctx, args),
    'sinch.sendVoiceChallenge': (node, nodes) => sendVoiceChallenge(ctx, node, nodes),
    'sinch.verifyVoiceChallenge': (node, nodes) => verifyVoiceChallenge(ctx, node, nodes),
    'sinch.deleteNumbers': (node, nodes) => deleteNumbers(ctx, node, nodes),
    'sinch.copyNumber': (node, nodes) => copyNumber(ctx, node, nodes),
    'sinch.showLog': () => showLog(ctx),
    'sinch.loadMore': (node) => loadMore(ctx, node),
    'sinch.getStarted': () => getStarted(ctx.services.context),
    'sinch.showInSinch': (phoneNumber) => showInSinch(ctx, phoneNumber),
  };
  return [
    details,
    vscode.workspace.registerTextDocumentContentProvider(DETAILS_SCHEME, details),
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  ];
}

/** Every command this module registers (the manifest test checks package.json against it). */
export const SIDEBAR_COMMAND_IDS = [
  'sinch.signIn',
  'sinch.signOut',
  'sinch.switchProfile',
  'sinch.useSandbox',
  'sinch.refresh',
  'sinch.filter',
  'sinch.clearFilter',
  'sinch.filterRegion',
  'sinch.showDetails',
  'sinch.export',
  'sinch.addNumbers',
  'sinch.sendVoiceChallenge',
  'sinch.verifyVoiceChallenge',
  'sinch.deleteNumbers',
  'sinch.copyNumber',
  'sinch.showLog',
  'sinch.loadMore',
  'sinch.getStarted',
  'sinch.showInSinch',
] as const;
