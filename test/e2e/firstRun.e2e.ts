// Issue 12 in a real workbench (code-server + Chromium, the packaged .vsix), against the
// extension's built-in sandbox: "Sinch: Get Started" opens the walkthrough and a step turns complete
// once its action ran; hovering a number in an editor shows what Sinch knows of it. Saves the
// screenshots of both for the README.
import * as assert from 'assert';
import { SANDBOX_CREDENTIALS, SANDBOX_PROJECT_ID } from '../../src/connection/sandboxOptions';
import type { ListQualifiedNumbersResponse } from '../../src/api/types';
import { eventually, sandboxUrl, sharedWorkbench } from './support';

const UI_TIMEOUT = 20000;

async function firstVerified(): Promise<string> {
  const auth = Buffer.from(`${SANDBOX_CREDENTIALS.keyId}:${SANDBOX_CREDENTIALS.keySecret}`).toString('base64');
  const response = await fetch(`${sandboxUrl()}/v1/projects/${SANDBOX_PROJECT_ID}/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED&pageSize=1`, { headers: { Authorization: `Basic ${auth}` } });
  const page = (await response.json()) as ListQualifiedNumbersResponse;
  const found = page.qualifiedNumbers[0]?.phoneNumber;
  assert.ok(found, 'the sandbox seeds verified numbers');
  return found;
}


describe('First run in the workbench', function () {
  this.timeout(120000);
  // One window for the file, connected to the sandbox and reset as each test starts (sharedWorkbench.ts).
  const connected = sharedWorkbench();

  it('"Sinch: Get Started" opens the walkthrough, and a step completes once its action ran', async () => {
    const wb = await connected();
    // The view is on screen already, as after a first sign-in: the step's button must still
    // complete the step (a visibility change alone never comes).
    await wb.openSinchView();
    await wb.view('Qualified Numbers');
    await wb.runCommand('Sinch: Get Started');
    const walkthrough = wb.page.locator('.gettingStartedContainer');
    await walkthrough.getByText('Get Started with Sinch Qualified Numbers').first().waitFor({ timeout: UI_TIMEOUT });
    // The window was connected before the walkthrough registered: "Connect to Sinch" is checked all
    // the same (VS Code never checks a step whose context already held at registration).
    const connect = walkthrough.locator('button.getting-started-step', { hasText: 'Connect to Sinch' });
    await connect.locator('.codicon-getting-started-step-checked').waitFor({ timeout: UI_TIMEOUT });
    const step = walkthrough.locator('button.getting-started-step', { hasText: 'See your numbers by state' });
    await step.locator('.codicon-getting-started-step-unchecked').waitFor({ timeout: UI_TIMEOUT });
    await step.click();
    await step.getByRole('button', { name: 'Show Qualified Numbers' }).waitFor({ timeout: UI_TIMEOUT });
    await wb.screenshot('walkthrough');
    await step.getByRole('button', { name: 'Show Qualified Numbers' }).click();
    await wb.view('Qualified Numbers');
    await step.locator('.codicon-getting-started-step-checked').waitFor({ timeout: UI_TIMEOUT });
    assert.strictEqual(await step.getAttribute('aria-checked'), 'true');
  });

  it('hovering a number shows its state and "Show in Sinch" selects it; the editor menu offers adding selected numbers', async () => {
    const wb = await connected();
    const verified = await firstVerified();
    const written = `(${verified.slice(2, 5)}) ${verified.slice(5, 8)}-${verified.slice(8)}`;
    await wb.runCommand('File: New Untitled Text File');
    const editor = wb.page.locator('.monaco-editor .view-lines').first();
    await editor.waitFor({ timeout: UI_TIMEOUT });
    await wb.page.keyboard.type(`Support line: ${written} (Mon-Fri)`);
    const hover = wb.page.locator('.monaco-hover-content', { hasText: 'Sinch Qualified Numbers' });
    await eventually(
      async () => {
        await wb.page.locator('.view-line span', { hasText: written.slice(0, 5) }).first().hover();
        return (await hover.count()) > 0;
      },
      { timeout: UI_TIMEOUT, message: 'the Sinch hover over the number' },
    );
    const text = await hover.first().innerText();
    assert.match(text, /Verified/);
    assert.match(text, /Show in Sinch/);
    assert.match(text, /Show Number Details/);
    await wb.screenshot('hover-number');

    // "Show in Sinch" opens the Sinch view with the number selected.
    await hover.first().getByRole('link', { name: 'Show in Sinch' }).click();
    const formatted = `+1 ${verified.slice(2, 5)}-${verified.slice(5, 8)}-${verified.slice(8)}`;
    const row = await wb.waitForTreeItem(formatted);
    await eventually(async () => (await row.getAttribute('aria-selected')) === 'true', { timeout: UI_TIMEOUT, message: `${formatted} selected in the tree` });

    // The editor's context menu offers "Add Numbers to Qualify" only while the selection holds a number.
    const menuEntry = wb.page.locator('.context-view .monaco-menu').getByRole('menuitem', { name: 'Add Numbers to Qualify' });
    const menuHas = async (): Promise<boolean> => {
      await wb.page.locator('.view-line span', { hasText: 'Support' }).first().click({ button: 'right' });
      await wb.page.locator('.context-view .monaco-menu').getByRole('menuitem').first().waitFor({ timeout: UI_TIMEOUT });
      const has = (await menuEntry.count()) > 0;
      await wb.page.keyboard.press('Escape');
      return has;
    };
    await wb.page.locator('.view-line span', { hasText: 'Support' }).first().click();
    await wb.page.keyboard.press('Home');
    await wb.page.keyboard.press('Shift+End');
    // The context key follows the selection a moment later (a round trip to the window).
    await eventually(async () => (await menuHas()) === true, { timeout: UI_TIMEOUT, message: 'the entry offered with a number selected' });
    await wb.page.keyboard.press('Home');
    await wb.page.keyboard.press('Shift+Control+ArrowRight');
    await eventually(async () => (await menuHas()) === false, { timeout: UI_TIMEOUT, message: 'no entry for a selection without a number' });
  });
});
