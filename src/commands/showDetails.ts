// "Sinch: Show Number Details": the number as the API returns it now, in a read-only JSON
// document (numberDetails.ts provides it).
import * as vscode from 'vscode';
import type { QualifiedNumber } from '../api/types';
import type { CommandContext } from './context';
import { DETAILS_SCHEME } from './numberDetails';
import { resolveTargets } from './targets';

export async function showDetails(ctx: CommandContext, given: readonly QualifiedNumber[]): Promise<void> {
  const client = await ctx.connection.ensureClient();
  if (!client) return;
  const targets = await resolveTargets(ctx, client, given, { many: false, title: 'Show Number Details' });
  if (!targets) return;
  const phoneNumber = targets[0].phoneNumber;
  const number = await client.get(phoneNumber);
  const uri = vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/${phoneNumber}.json` });
  ctx.details.set(uri, `${JSON.stringify(number, null, 2)}\n`);
  // The .json path gives the document JSON highlighting; the scheme makes it read-only.
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
}
