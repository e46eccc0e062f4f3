// "Sinch: Send Voice Challenge": Sinch calls the number and a voice reads out a code; then offers
// to enter it ("Sinch: Verify Voice Challenge").
import * as vscode from 'vscode';
import type { QualifiedNumber } from '../api/types';
import { formatNanp } from '../model/phone';
import type { CommandContext } from './context';
import { resolveTargets } from './targets';

export async function sendVoiceChallenge(ctx: CommandContext, given: readonly QualifiedNumber[]): Promise<QualifiedNumber | undefined> {
  const client = await ctx.connection.ensureClient();
  if (!client) return undefined;
  const targets = await resolveTargets(ctx, client, given, { action: 'sendChallenge', many: false, title: 'Send Voice Challenge' });
  if (!targets) return undefined;
  const phoneNumber = targets[0].phoneNumber;
  const result = await ctx.tree.withBusy([phoneNumber], 'Calling…', () => client.sendVoiceChallenge(phoneNumber));
  ctx.services.refreshTree();
  const enter = 'Enter Code';
  const choice = await vscode.window.showInformationMessage(
    `Calling ${formatNanp(phoneNumber)}: answer it and note the code the voice reads out, then enter it here.`,
    enter,
  );
  if (choice === enter) await vscode.commands.executeCommand('sinch.verifyVoiceChallenge', phoneNumber);
  return result;
}
