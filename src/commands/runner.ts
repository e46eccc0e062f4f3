// The one way a command runs. Every handler in the table (commands/index.ts) is registered here and
// wrapped the same way: its menu arguments `(node, nodes)` are read into numbers once, and whatever
// it throws is caught, redacted, logged and shown in words with "Show Log" (as Azure's
// `callWithTelemetryAndErrorHandling` does, without the telemetry). Command files keep only what is theirs.
import * as vscode from 'vscode';
import type { QualifiedNumber } from '../api/types';
import { targetsFromArgs } from '../model/commandTargets';
import type { CommandContext } from './context';
import { showError } from './errors';

/** What a handler gets besides the context. */
export interface CommandCall {
  /** The numbers it was invoked on (tree nodes or US/CA number strings); empty from the palette. */
  readonly targets: QualifiedNumber[];
  /** The arguments as given, for commands that take options (`sinch.export`, `sinch.filter`, ...). */
  readonly args: readonly unknown[];
}

export interface CommandSpec {
  run(ctx: CommandContext, call: CommandCall): unknown;
  /** Words put before a failure ("Export failed: ..."); none when the error speaks for itself. */
  readonly failure?: string;
}

/** Command ID -> handler; package.json declares the same IDs with their titles. */
export type CommandTable = Readonly<Record<string, CommandSpec>>;

/**
 * Runs one handler and resolves to what it returns, or to undefined when it failed. The failure is
 * logged before this resolves; the notification is not waited on, so a caller is never held up by it.
 */
export async function runCommand(ctx: CommandContext, spec: CommandSpec, args: readonly unknown[]): Promise<unknown> {
  try {
    return await spec.run(ctx, { targets: targetsFromArgs(args[0], args[1]), args });
  } catch (error) {
    void showError(ctx, error, spec.failure);
    return undefined;
  }
}

export function registerCommandTable(ctx: CommandContext, table: CommandTable): vscode.Disposable[] {
  return Object.entries(table).map(([id, spec]) => vscode.commands.registerCommand(id, (...args: unknown[]) => runCommand(ctx, spec, args)));
}
