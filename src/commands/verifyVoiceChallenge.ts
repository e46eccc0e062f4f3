// "Sinch: Verify Voice Challenge": asks for the code (digits only) and reports the outcome in
// words (src/model/verifyOutcome): tries left after a wrong code, and the next step.
import * as vscode from 'vscode';
import type { QualifiedNumber } from '../api/types';
import { normaliseChallengeCode, validateChallengeCode } from '../model/challengeCode';
import { formatNanp } from '../model/phone';
import { verifyReport } from '../model/verifyOutcome';
import type { CommandContext } from './context';
import { resolveTargets } from './targets';

export async function verifyVoiceChallenge(ctx: CommandContext, given: readonly QualifiedNumber[]): Promise<QualifiedNumber | undefined> {
  const client = await ctx.connection.ensureClient();
  if (!client) return undefined;
  const targets = await resolveTargets(ctx, client, given, { action: 'verifyChallenge', many: false, title: 'Verify Voice Challenge' });
  if (!targets) return undefined;
  const phoneNumber = targets[0].phoneNumber;
  const code = await vscode.window.showInputBox({
    title: `Sinch: Verify Voice Challenge for ${formatNanp(phoneNumber)}`,
    prompt: 'The code the voice call read out (digits only).',
    placeHolder: '123456',
    validateInput: validateChallengeCode,
    ignoreFocusOut: true,
  });
  if (code === undefined) return undefined;
  let result: QualifiedNumber;
  try {
    result = await ctx.tree.withBusy([phoneNumber], 'Verifying…', () => client.verifyVoiceChallenge(phoneNumber, normaliseChallengeCode(code)));
  } finally {
    // A wrong code changes the number's state too (verification failed, or blocked).
    ctx.services.refreshTree();
  }
  ctx.services.noteNumberStates([result]);
  await reportState(String(targets[0].globalProcessState), result);
  return result;
}

async function reportState(before: string, number: QualifiedNumber): Promise<void> {
  const report = verifyReport(before, number);
  const choice =
    report.level === 'info'
      ? await vscode.window.showInformationMessage(report.message, ...report.actions)
      : report.level === 'warning'
        ? await vscode.window.showWarningMessage(report.message, ...report.actions)
        : await vscode.window.showErrorMessage(report.message, ...report.actions);
  if (choice === 'Text Enable…') await vscode.commands.executeCommand('sinch.textEnable', number.phoneNumber);
  else if (choice === 'Enter Code Again') await vscode.commands.executeCommand('sinch.verifyVoiceChallenge', number.phoneNumber);
  else if (choice === 'Send New Challenge') await vscode.commands.executeCommand('sinch.sendVoiceChallenge', number.phoneNumber);
}
