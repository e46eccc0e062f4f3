// "Sinch: Verify Voice Challenge": asks for the code (digits only) and reports the state the
// number is in afterwards, in words, with the next step.
import * as vscode from 'vscode';
import type { QualifiedNumber } from '../api/types';
import { normaliseChallengeCode, validateChallengeCode } from '../model/challengeCode';
import { inertLinks } from '../model/inertLinks';
import { formatNanp } from '../model/phone';
import { isGlobalProcessState, stateInfo, stateLabel } from '../model/states';
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
  await reportState(result);
  return result;
}

async function reportState(number: QualifiedNumber): Promise<void> {
  const state = String(number.globalProcessState);
  // An unknown state is the server's own text: it must not become a link in the notification.
  const words = inertLinks(`${formatNanp(number.phoneNumber)} is now ${stateLabel(state)}${isGlobalProcessState(state) ? `: ${stateInfo(state).description}` : '.'}`);
  if (state === 'GLOBAL_PROCESS_STATE_VERIFIED') {
    const textEnable = 'Text Enable…';
    if ((await vscode.window.showInformationMessage(words, textEnable)) === textEnable) await vscode.commands.executeCommand('sinch.textEnable', number.phoneNumber);
  } else if (state === 'GLOBAL_PROCESS_STATE_VERIFICATION_FAILED') {
    const again = 'Send New Challenge';
    if ((await vscode.window.showWarningMessage(words, again)) === again) await vscode.commands.executeCommand('sinch.sendVoiceChallenge', number.phoneNumber);
  } else if (state === 'GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED') {
    void vscode.window.showErrorMessage(words);
  } else {
    void vscode.window.showInformationMessage(words);
  }
}
