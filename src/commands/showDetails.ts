// "Sinch: Show Number Details": the number as the API returns it now, in a read-only JSONC
// document (numberDetails.ts provides it; src/model/numberDetails writes it).
import * as vscode from 'vscode';
import type { QualifiedNumber } from '../api/types';
import { numberDetailsDocument } from '../model/numberDetails';
import type { CommandContext } from './context';
import { DETAILS_SCHEME } from './numberDetails';
import { resolveTargets } from './targets';

export async function showDetails(ctx: CommandContext, given: readonly QualifiedNumber[]): Promise<void> {
  const client = await ctx.connection.ensureClient();
  if (!client) return;
  const targets = await resolveTargets(ctx, client, given, { many: false, title: 'Show Number Details' });
  if (!targets) return;
  const phoneNumber = targets[0].phoneNumber;
  const number = await client.get(phoneNumber, { interactive: true });
  const uri = vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/${phoneNumber}.jsonc` });
  ctx.details.set(uri, numberDetailsDocument(number));
  // The .jsonc path gives the document JSON highlighting with comments (the status meanings); the scheme makes it read-only.
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
}
