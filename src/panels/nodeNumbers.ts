// The numbers a command was invoked with: tree nodes from the context menu (`node`, `nodes` when
// several are selected), or plain E.164 strings from another command. Anything else is ignored.
import { parseNanpNumber } from '../model/phone';

function numberOf(item: unknown): string | undefined {
  if (typeof item === 'string') {
    const parsed = parseNanpNumber(item);
    return parsed.ok ? parsed.e164 : undefined;
  }
  if (typeof item === 'object' && item !== null && 'number' in item) {
    const n = (item as { number: unknown }).number;
    if (typeof n === 'object' && n !== null && 'phoneNumber' in n && typeof (n as { phoneNumber: unknown }).phoneNumber === 'string') {
      return numberOf((n as { phoneNumber: string }).phoneNumber);
    }
  }
  return undefined;
}

export function numbersFromCommandArgs(node?: unknown, nodes?: unknown): string[] {
  // With a multi-selection VS Code passes the clicked node and the whole selection (which includes it).
  const items = Array.isArray(nodes) && nodes.length > 0 ? nodes : Array.isArray(node) ? node : [node];
  const seen = new Set<string>();
  for (const item of items) {
    const n = numberOf(item);
    if (n) seen.add(n);
  }
  return [...seen];
}
