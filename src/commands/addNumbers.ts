// "Sinch: Add Numbers to Qualify": a pasted list, a .csv/.txt file or the editor selection; every
// entry is checked (NANP, E.164), invalid ones are shown with the reason, the valid ones are
// submitted, and the user is reminded to e-mail the invoices to orders@sinch.com.
import * as vscode from 'vscode';
import type { QualifiedNumbersApi } from '../api/types';
import { findPhoneNumbers } from '../model/editor/phoneFinder';
import { errorWords } from '../model/errorWords';
import { MAX_INPUT_BYTES, parseNumberSource } from '../model/numberInput';
import { formatNanp, type ParsedNumberList } from '../model/phone';
import type { CommandContext } from './context';
import { showError } from './errors';

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
  const given = typeof args === 'object' && args !== null && typeof (args as AddNumbersArgs).text === 'string' ? (args as AddNumbersArgs).text : undefined;
  // From the editor's context menu (its argument is the document's URI): the selection, unasked.
  const source: { text: string; fileName?: string } | undefined = given !== undefined ? { text: given } : (args instanceof vscode.Uri ? numbersInSelection() : undefined) ?? (await readSource());
  if (!source) return undefined;
  const parsed = parseNumberSource(source.text, source.fileName);
  const numbers = await confirmValid(parsed);
  if (!numbers) return undefined;
  const outcome = await submit(client, numbers);
  ctx.services.refreshTree();
  if (outcome.added.length > 0) {
    ctx.services.log.info(`Added ${outcome.added.length} numbers to qualify: ${outcome.added.join(', ')}`);
    void remindInvoices(outcome.added);
  }
  if (outcome.failure) {
    if (outcome.added.length === 0) await showError(ctx, outcome.failure.error);
    else await reportNotAdded(ctx, numbers.length, outcome.added.length, outcome.failure);
  }
  return outcome.added.length > 0 ? outcome.added : undefined;
}

interface SubmitOutcome {
  added: string[];
  /** The batch that failed, and every later one (not sent): the numbers to try again. */
  failure?: { notAdded: string[]; error: unknown };
}

/** Some batches went in, one failed: name the numbers that did not, so they can be tried again alone. */
async function reportNotAdded(ctx: CommandContext, total: number, added: number, failure: NonNullable<SubmitOutcome['failure']>): Promise<void> {
  const words = ctx.connection.redactor.redact(errorWords(failure.error));
  const message = `Added ${added} of ${total} numbers; ${failure.notAdded.length} were not added: ${words}`;
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

async function readSource(): Promise<{ text: string; fileName?: string } | undefined> {
  const selection = editorSelection()?.text ?? '';
  type Item = vscode.QuickPickItem & { source: 'paste' | 'file' | 'selection' };
  const items: Item[] = [
    { label: '$(edit) Paste or type numbers…', description: 'separated by commas, spaces or new lines', source: 'paste' },
    { label: '$(file) Read a .csv or .txt file…', source: 'file' },
  ];
  if (selection.trim() !== '') items.unshift({ label: '$(selection) Use the editor selection', description: `${selection.length} characters`, source: 'selection' });
  const picked = await vscode.window.showQuickPick(items, { title: 'Sinch: Add Numbers to Qualify', placeHolder: 'Where are the numbers?' });
  if (!picked) return undefined;
  if (picked.source === 'selection') return { text: selection };
  if (picked.source === 'paste') {
    const text = await vscode.window.showInputBox({
      title: 'Sinch: Add Numbers to Qualify',
      prompt: 'US/CA numbers, e.g. +12025550134, (202) 555-0135 2025550136',
      placeHolder: '+12025550134, +12025550135',
      ignoreFocusOut: true,
    });
    return text === undefined || text.trim() === '' ? undefined : { text };
  }
  const files = await vscode.window.showOpenDialog({ title: 'Sinch: Add Numbers to Qualify', canSelectMany: false, filters: { 'Numbers (CSV, text)': ['csv', 'txt'] } });
  const file = files?.[0];
  if (!file) return undefined;
  const stat = await vscode.workspace.fs.stat(file);
  if (stat.size > MAX_INPUT_BYTES) {
    void vscode.window.showErrorMessage(`${file.fsPath} is ${Math.round(stat.size / 1024)} KB; lists above ${MAX_INPUT_BYTES / 1024} KB are not read.`);
    return undefined;
  }
  return { text: Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8'), fileName: file.path };
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
    `${parsed.invalid.length} of ${parsed.invalid.length + valid.length} entries are not valid US/CA numbers and will be left out.`,
    { modal: true, detail: [...reasons.slice(0, 15), ...(reasons.length > 15 ? [`… and ${reasons.length - 15} more`] : [])].join('\n') },
    submit,
  );
  return answer === submit ? valid : undefined;
}

async function submit(client: QualifiedNumbersApi, numbers: string[]): Promise<SubmitOutcome> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Sinch: adding ${numbers.length} numbers to qualify…` }, async (progress) => {
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

async function remindInvoices(added: string[]): Promise<void> {
  const copy = 'Copy Numbers';
  const mail = 'Write E-mail';
  const shown = added.length <= 3 ? added.map(formatNanp).join(', ') : `${added.length} numbers`;
  const choice = await vscode.window.showInformationMessage(
    `Added ${shown} to qualify. Next: e-mail the invoices for ${added.length === 1 ? 'this number' : 'these numbers'} to ${ORDERS_EMAIL}; Sinch reviews them in 1-3 business days.`,
    copy,
    mail,
  );
  if (choice === copy) {
    await vscode.env.clipboard.writeText(added.join('\n'));
    void vscode.window.setStatusBarMessage(`Sinch: copied ${added.length} numbers`, 3000);
  } else if (choice === mail) {
    const body = `Invoices for the numbers below are attached.\n\n${added.join('\n')}`;
    await vscode.env.openExternal(vscode.Uri.parse(`mailto:${ORDERS_EMAIL}?subject=${encodeURIComponent('Invoices for qualified numbers')}&body=${encodeURIComponent(body)}`));
  }
}
