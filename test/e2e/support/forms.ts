// The text-enable forms as a test starts them: open, ready, and holding no draft. A draft lives in
// the workspace's state, so on the file's shared workbench (sharedWorkbench.ts) an earlier test's
// typing would come back when the form opens; such a draft is cleared with "Reset form" and the
// form opened again, as a new one starts (no banner, no results).
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

/** Runs "Sinch: <title>" and returns the form once it is ready and holds no draft. */
export async function openForm(wb: Workbench, title: string): Promise<FrameLocator> {
  for (let attempt = 1; ; attempt++) {
    await wb.runCommand(`Sinch: ${title}`);
    await wb.editorTab(title).waitFor({ timeout: UI_TIMEOUT });
    const form = wb.webviewFrame();
    await form.locator('main[data-ready="true"]').waitFor({ timeout: UI_TIMEOUT });
    const held = await holdsDraft(form);
    if (!held) return form;
    if (attempt === 3) throw new Error(`the ${title} form still holds a draft (${held}) after Reset form`);
    await form.locator('#reset').click();
    await form.locator('#banner').filter({ hasText: 'The form was cleared.' }).waitFor({ timeout: UI_TIMEOUT });
    await wb.closeAllEditors();
  }
}
