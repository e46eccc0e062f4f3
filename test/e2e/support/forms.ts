// The text-enable forms as a test starts them: open, ready, and holding no draft. A draft lives in
// the workspace's state, so on the file's shared workbench (sharedWorkbench.ts) an earlier test's
// typing would come back when the form opens. The restore between tests clears the draft of a form
// left open (clearOpenFormDraft), so the next test opens a new form; a draft left in a closed form is
// cleared with "Reset form" when the form opens.
import type { FrameLocator } from 'playwright-core';
import type { Workbench } from './workbench';

const UI_TIMEOUT = 20000;

/** What the form's fields hold differs from a new form's: text typed, a reseller LoA, the TMO box ticked. */
async function holdsDraft(form: FrameLocator): Promise<string | undefined> {
  return form.locator('main').evaluate((main) => {
    const held: string[] = [];
    for (const el of Array.from(main.querySelectorAll('[data-field]')) as Array<Element & { value?: string; checked?: boolean }>) {
      const name = el.getAttribute('data-field') ?? '?';
      const tag = el.tagName.toLowerCase();
      if ((tag === 'vscode-text-field' || tag === 'vscode-text-area' || tag === 'input') && (el.value ?? '') !== '') held.push(name);
      if (tag === 'vscode-checkbox' && el.checked === true) held.push(name);
      if (tag === 'vscode-radio-group' && main.querySelector(`#f-${name}-direct`) && (el.value ?? 'direct') !== 'direct') held.push(name);
    }
    return held.length > 0 ? held.join(', ') : undefined;
  });
}

/**
 * Runs "Sinch: <title>" and returns the form once it is ready and holds no draft. A draft an
 * earlier test left is cleared with "Reset form" in place: a reset form holds what a new one holds
 * (empty fields, no results, no field errors), and its banner ("The form was cleared.") is replaced
 * by the test's first message. Opening it again would cost a second webview load per test.
 */
export async function openForm(wb: Workbench, title: string): Promise<FrameLocator> {
  await wb.runCommand(`Sinch: ${title}`);
  await wb.editorTab(title).waitFor({ timeout: UI_TIMEOUT });
  const form = wb.webviewFrame();
  await form.locator('main[data-ready="true"]').waitFor({ timeout: UI_TIMEOUT });
  const held = await holdsDraft(form);
  if (!held) return form;
  await form.locator('#reset').click();
  await form.locator('#banner').filter({ hasText: 'The form was cleared.' }).waitFor({ timeout: UI_TIMEOUT });
  const still = await holdsDraft(form);
  if (still) throw new Error(`the ${title} form still holds a draft (${still}) after Reset form`);
  return form;
}

/**
 * Between tests: "Reset form" in a form left open with a draft, before the restore closes it, so
 * the next test's form opens new (without the reset's "The form was cleared." banner, which the
 * README's screenshots would show).
 */
export async function clearOpenFormDraft(wb: Workbench): Promise<void> {
  if ((await wb.page.locator('iframe.webview.ready').filter({ visible: true }).count()) === 0) return;
  const form = wb.webviewFrame();
  if ((await form.locator('main[data-ready="true"]').count()) === 0) return;
  if (!(await holdsDraft(form))) return;
  await form.locator('#reset').click();
  await form.locator('#banner').filter({ hasText: 'The form was cleared.' }).waitFor({ timeout: UI_TIMEOUT });
}
