// "Sinch: Add Numbers to Qualify": a pasted list, a .csv/.txt file or the editor selection; every
// entry is checked (NANP, E.164), invalid ones are shown with the reason, a number pasted twice is
// sent once, numbers the tree already lists are reported as already qualified and not sent, the
// rest is submitted, and the user is reminded to e-mail the invoices to orders@sinch.com. A 409
// names the existing numbers and, after one confirmation, the others go in. Numbers not added are
// kept and offered by the next run.
import * as vscode from 'vscode';
import { isSinchApiError } from '../api/errors';
import type { QualifiedNumbersApi } from '../api/types';
import { existingNamedIn, planAdd, stillPending } from '../model/addPlan';
import { nameNumbers, runBatch } from '../model/batch';
import { findPhoneNumbers } from '../model/editor/phoneFinder';
import { errorWords } from '../model/errorWords';
import { parseNumberSource } from '../model/numberInput';
import { formatNanp, type ParsedNumberList } from '../model/phone';
import { notAddedBefore, readSource, rememberNotAdded, type NumberSource } from './addNumbersSource';
import type { CommandContext } from './context';

export const ORDERS_EMAIL = 'orders@sinch.com';
/** Numbers per addNumbers request; bigger lists go in several requests. */
const BATCH_SIZE = 500;

/** Optional argument for automation: `executeCommand('sinch.addNumbers', { text: '+12025550134, ...' })`. */
export interface AddNumbersArgs {
  text?: string;
}

export async function addNumbers(ctx: CommandContext, args?: unknown): Promise<string[] | undefined> {
  const client = await ctx.connection.ensureClient();
  if (!client) return undefined;
  const state = ctx.services.context.globalState;
  const given = typeof args === 'object' && args !== null && typeof (args as AddNumbersArgs).text === 'string' ? (args as AddNumbersArgs).text : undefined;
  // From the editor's context menu (its argument is the document's URI): the selection, unasked.
  const source: NumberSource | undefined = given !== undefined ? { text: given } : (args instanceof vscode.Uri ? numbersInSelection() : undefined) ?? (await readSource(state));
  if (!source) return undefined;
  const parsed = parseNumberSource(source.text, source.fileName);
  const numbers = await confirmValid(parsed);
  const before = notAddedBefore(state);
  if (!numbers) {
    // Cancelled at the confirmation: the valid numbers stay on offer for the next run.
    await rememberNotAdded(state, stillPending(before, parsed.valid.map((v) => v.e164), []));
    return undefined;
  }
  const plan = planAdd(numbers, (n) => ctx.tree.model.find(n) !== undefined);
  let outcome = plan.toSend.length > 0 ? await submit(client, plan.toSend) : { added: [] };
  const existing = [...plan.alreadyQualified];
  if (outcome.failure && isConflict(outcome.failure.error)) {
    const retry = await addAroundExisting(ctx, client, outcome.failure);
    existing.push(...retry.existing);
    outcome = { added: [...outcome.added, ...retry.outcome.added], failure: retry.outcome.failure };
  }
  ctx.services.refreshTree();
  const notAdded = outcome.failure?.notAdded ?? [];
  await rememberNotAdded(state, stillPending(before, notAdded, [...outcome.added, ...existing]));
  if (outcome.added.length > 0) {
    ctx.services.log.info(`Added ${outcome.added.length} numbers to qualify: ${outcome.added.join(', ')}`);
    void remindInvoices(outcome.added, existing, parsed.duplicates.length);
  } else if (!outcome.failure && existing.length > 0) {
    void vscode.window.showInformationMessage(`Nothing to add: ${nameNumbers(existing)} ${existing.length === 1 ? 'is' : 'are'} already qualified.`);
  }
  if (outcome.failure && notAdded.length > 0) await reportNotAdded(ctx, numbers.length - existing.length, outcome.added.length, { notAdded, error: outcome.failure.error });
  return outcome.added.length > 0 ? outcome.added : undefined;
}

interface SubmitOutcome {
  added: string[];
  /** The batch that failed, and every later one (not sent): the numbers to try again. */
  failure?: { notAdded: string[]; error: unknown };
}

function isConflict(error: unknown): boolean {
  return isSinchApiError(error) && error.status === 409;
}

/**
 * Sinch refused a batch because some of its numbers exist (the tree did not list them: another
 * page, another filter, another client). Finds which (from the 409's words, else one GET each),
 * and after one confirmation sends the others.
 */
async function addAroundExisting(ctx: CommandContext, client: QualifiedNumbersApi, failure: NonNullable<SubmitOutcome['failure']>): Promise<{ existing: string[]; outcome: SubmitOutcome }> {
  const batch = failure.notAdded;
  let existing = existingNamedIn(isSinchApiError(failure.error) ? failure.error.message : '', batch);
  if (existing.length === 0) {
    const found = await runBatch(batch, (n) => client.get(n));
    existing = found.filter((o) => o.ok).map((o) => o.phoneNumber);
  }
  const rest = batch.filter((n) => !existing.includes(n));
  if (existing.length === 0) return { existing, outcome: { added: [], failure } };
  if (rest.length === 0) return { existing, outcome: { added: [] } };
  const send = `Add ${rest.length} Number${rest.length === 1 ? '' : 's'}`;
  const answer = await vscode.window.showWarningMessage(
    `${existing.length === 1 ? '1 number already exists' : `${existing.length} numbers already exist`} in ${ctx.connection.describe()}; Sinch refused the batch. Add the other ${rest.length}?`,
    { modal: true, detail: `Already qualified, not sent again:\n${existing.slice(0, 15).map(formatNanp).join('\n')}${existing.length > 15 ? `\n… and ${existing.length - 15} more` : ''}` },
    send,
  );
  if (answer !== send) return { existing, outcome: { added: [], failure: { notAdded: rest, error: new Error('Not sent: you chose not to add the other numbers.') } } };
  return { existing, outcome: await submit(client, rest) };
}

/** Some or all batches failed: name the numbers that did not go in; the next run offers them again. */
async function reportNotAdded(ctx: CommandContext, total: number, added: number, failure: NonNullable<SubmitOutcome['failure']>): Promise<void> {
  const words = ctx.connection.redactor.redact(errorWords(failure.error));
  const count = failure.notAdded.length;
  const head = added > 0 ? `Added ${added} of ${total} numbers; ${count} were not added` : `${count === 1 ? 'The number was' : `The ${count} numbers were`} not added`;
  const message = `${head}: ${words} Add Numbers to Qualify offers ${count === 1 ? 'it' : 'them'} again.`;
  ctx.services.log.error(message);
  const copy = 'Copy Numbers Not Added';
  const showLog = 'Show Log';
  const choice = await vscode.window.showErrorMessage(message, copy, showLog);
  if (choice === copy) await vscode.env.clipboard.writeText(failure.notAdded.join('\n'));
  if (choice === showLog) ctx.services.log.show(true);
}

/**
 * The number-like runs of the selection (code, prose, a table), one per line: valid ones are
 * submitted and malformed ones are listed with the reason, as for a pasted list.
 */
function numbersInSelection(): { text: string } | undefined {
  const selection = editorSelection()?.text ?? '';
  const found = selection.split(/\r?\n/).flatMap((line) => findPhoneNumbers(line).map((n) => n.text));
  return found.length > 0 ? { text: found.join('\n') } : undefined;
}

function editorSelection(): { text: string } | undefined {
  const editor = vscode.window.activeTextEditor;
  const text = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  return text.trim() === '' ? undefined : { text };
}

/** The valid E.164 numbers to submit, after showing the invalid entries; undefined to stop. */
async function confirmValid(parsed: ParsedNumberList): Promise<string[] | undefined> {
  const reasons = parsed.invalid.map((i) => `${i.input || '(empty)'}: ${i.reason}`);
  if (parsed.valid.length === 0) {
    void vscode.window.showErrorMessage(`No valid US/CA numbers to add. ${reasons.slice(0, 5).join('; ')}${reasons.length > 5 ? '; …' : ''}`);
    return undefined;
  }
  const valid = parsed.valid.map((v) => v.e164);
  if (parsed.invalid.length === 0) return valid;
  const submit = `Add ${valid.length} Valid Number${valid.length === 1 ? '' : 's'}`;
  const answer = await vscode.window.showWarningMessage(
    `${parsed.invalid.length} of ${parsed.invalid.length + valid.length} entries ${parsed.invalid.length === 1 ? 'is not a valid US/CA number' : 'are not valid US/CA numbers'} and will be left out.`,
    { modal: true, detail: [...reasons.slice(0, 15), ...(reasons.length > 15 ? [`… and ${reasons.length - 15} more`] : [])].join('\n') },
    submit,
  );
  return answer === submit ? valid : undefined;
}

async function submit(client: QualifiedNumbersApi, numbers: string[]): Promise<SubmitOutcome> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Sinch: adding ${numbers.length === 1 ? '1 number' : `${numbers.length} numbers`} to qualify…` }, async (progress) => {
    const added: string[] = [];
    for (let i = 0; i < numbers.length; i += BATCH_SIZE) {
      const batch = numbers.slice(i, i + BATCH_SIZE);
      try {
        const response = await client.addNumbers(batch);
        added.push(...(response.qualifiedNumbers.length > 0 ? response.qualifiedNumbers.map((n) => n.phoneNumber) : batch));
      } catch (error) {
        // Stop here: later batches would likely fail alike, and the rest must be retried as one list.
        return { added, failure: { notAdded: numbers.slice(i), error } };
      }
      progress.report({ increment: (batch.length / numbers.length) * 100 });
    }
    return { added };
  });
}

async function remindInvoices(added: string[], alreadyQualified: string[], folded: number): Promise<void> {
  const copy = 'Copy Numbers';
  const mail = 'Write E-mail';
  const shown = added.length <= 3 ? added.map(formatNanp).join(', ') : `${added.length} numbers`;
  const skipped = [
    alreadyQualified.length > 0 ? ` Already qualified, not sent: ${nameNumbers(alreadyQualified)}.` : '',
    folded > 0 ? ` ${folded === 1 ? 'A number pasted twice was' : `${folded} numbers pasted twice were`} sent once.` : '',
  ].join('');
  const choice = await vscode.window.showInformationMessage(
    `Added ${shown} to qualify.${skipped} Next: e-mail the invoices for ${added.length === 1 ? 'this number' : 'these numbers'} to ${ORDERS_EMAIL}; Sinch reviews them in 1-3 business days.`,
    copy,
    mail,
  );
  if (choice === copy) {
    await vscode.env.clipboard.writeText(added.join('\n'));
    // A status bar flash is easy to miss right after a notification closes: say it where the user looked.
    void vscode.window.showInformationMessage(`Copied ${added.length} number${added.length === 1 ? '' : 's'} to the clipboard.`);
  } else if (choice === mail) {
    const body = `Invoices for the numbers below are attached.\n\n${added.join('\n')}`;
    await vscode.env.openExternal(vscode.Uri.parse(`mailto:${ORDERS_EMAIL}?subject=${encodeURIComponent('Invoices for qualified numbers')}&body=${encodeURIComponent(body)}`));
  }
}
