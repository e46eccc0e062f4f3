// The numbers a command was invoked on, read once for every command (commands/runner.ts): tree
// nodes from a context menu (`node`, plus `nodes` when several are selected), or US/CA numbers as
// strings from another command or a test. Anything else is ignored; the result has no duplicates.
import type { QualifiedNumber } from '../api/types';
import { parseNanpNumber } from './phone';

/** A number from one argument: a tree node's QualifiedNumber (number normalised) or a typed number. */
function numberOf(item: unknown): QualifiedNumber | undefined {
  if (typeof item === 'string') {
    const parsed = parseNanpNumber(item);
    return parsed.ok ? { phoneNumber: parsed.e164, globalProcessState: 'GLOBAL_PROCESS_STATE_UNSPECIFIED' } : undefined;
  }
  if (typeof item !== 'object' || item === null || !('number' in item)) return undefined;
  const number = (item as { number: unknown }).number;
  if (typeof number !== 'object' || number === null) return undefined;
  const { phoneNumber, globalProcessState } = number as Partial<QualifiedNumber>;
  const parsed = typeof phoneNumber === 'string' ? parseNanpNumber(phoneNumber) : undefined;
  if (!parsed?.ok) return undefined;
  return { ...(number as QualifiedNumber), phoneNumber: parsed.e164, globalProcessState: typeof globalProcessState === 'string' ? globalProcessState : 'GLOBAL_PROCESS_STATE_UNSPECIFIED' };
}

/** `(node, nodes)` as VS Code passes them; a lone array (from `executeCommand`) counts as `nodes`. */
export function targetsFromArgs(node?: unknown, nodes?: unknown): QualifiedNumber[] {
  // With a multi-selection VS Code passes the clicked node and the whole selection (which includes it).
  const items = Array.isArray(nodes) && nodes.length > 0 ? nodes : Array.isArray(node) ? node : [node];
  const seen = new Map<string, QualifiedNumber>();
  for (const item of items) {
    const number = numberOf(item);
    if (number && !seen.has(number.phoneNumber)) seen.set(number.phoneNumber, number);
  }
  return [...seen.values()];
}
