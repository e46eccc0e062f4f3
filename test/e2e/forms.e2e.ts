// The text-enable forms in a real workbench (code-server + Chromium) against the extension's
// built-in sandbox: fill and submit each form and see the hosting order; an invalid e-mail blocks
// submit with a message next to the field; a window reload keeps the draft. Saves a screenshot of
// each form for the README.
import * as assert from 'assert';
import type { FrameLocator } from 'playwright-core';
import { SANDBOX_CREDENTIALS, SANDBOX_PROJECT_ID } from '../../src/connection/sandboxOptions';
import { parseNanpNumber } from '../../src/model/phone';
import { eventually, host, openWorkbench, sandbox, sandboxUrl, type Workbench } from './support';
import { validStandardDraft } from '../fixtures/textEnableDrafts';

const STANDARD_TITLE = 'Text Enable Numbers';
const TOLL_FREE_TITLE = 'Text Enable Toll-Free Numbers';
const UI_TIMEOUT = 20000;

/** Calls the sandbox's API as any client would (Basic auth with its placeholder key). */
async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const auth = Buffer.from(`${SANDBOX_CREDENTIALS.keyId}:${SANDBOX_CREDENTIALS.keySecret}`).toString('base64');
  const response = await fetch(sandboxUrl(`/v1/projects/${SANDBOX_PROJECT_ID}${path}`), {
    method,
    headers: { Authorization: `Basic ${auth}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Set-up through the API: a toll-free number taken to VERIFIED (add, eligibility, voice code). */
async function verifiedTollFreeNumber(phone: string): Promise<void> {
  await api('POST', '/qualifiedNumbers:addNumbers', { phoneNumbers: [phone] });
  await sandbox.advanceClock(31);
  await api('POST', `/qualifiedNumbers/${phone}:sendVoiceChallenge`, {});
  const code = await sandbox.lastCode(SANDBOX_PROJECT_ID, phone);
  await api('POST', `/qualifiedNumbers/${phone}:verifyVoiceChallenge`, { code });
}

async function textEnablePosts(operation: 'textEnableNumbers' | 'textEnableTollFreeNumbers'): Promise<number> {
  return (await sandbox.requests()).filter((r) => r.method === 'POST' && r.path.endsWith(`:${operation}`)).length;
}

async function openForm(wb: Workbench, title: string): Promise<FrameLocator> {
  await wb.runCommand(`Sinch: ${title}`);
  await wb.editorTab(title).waitFor({ timeout: UI_TIMEOUT });
  const form = wb.webviewFrame();
  await form.locator('main[data-ready="true"]').waitFor({ timeout: UI_TIMEOUT });
  return form;
}

/**
 * A workbench connected to the sandbox, with no editor open: forms left open by earlier tests
 * come back with the window (their serializer at work), and a focused webview would swallow F1.
 */
async function connectedWorkbench(): Promise<Workbench> {
  const wb = await openWorkbench();
  await sandbox.ready();
  await sandbox.reset();
  await wb.statusBarItem('Sinch: Offline Sandbox').waitFor({ timeout: UI_TIMEOUT });
  const tabs = wb.page.locator('.part.editor .tabs-container .tab');
  // Whatever the window restored shows up a moment after the workbench: close each tab it has.
  for (let remaining = await tabs.count(); remaining > 0; remaining = await tabs.count()) {
    const tab = tabs.first();
    await tab.hover();
    await tab.locator('.tab-actions .action-label').first().click();
    await eventually(async () => (await tabs.count()) < remaining, { message: 'a restored editor tab to close' });
  }
  return wb;
}

async function previewBody<T>(form: FrameLocator, ready: (body: T) => boolean): Promise<T> {
  // The preview follows the typing a moment later (validation is debounced): wait for it.
  return eventually(async () => {
    const body = JSON.parse((await form.locator('#preview-json').textContent()) ?? '{}') as T;
    return ready(body) ? body : undefined;
  }, { message: 'the request preview to show the typed values' });
}

/** Relative luminance (0 black .. 1 white) of a computed CSS colour such as "rgb(30, 30, 30)". */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

function field(form: FrameLocator, name: string) {
  // Toolkit fields keep their <input>/<textarea> in an open shadow root; Playwright's CSS pierces it.
  return form.locator(`[data-field="${name}"] input, [data-field="${name}"] textarea, input[data-field="${name}"]`).first();
}

async function fill(form: FrameLocator, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    await field(form, name).fill(value);
    await field(form, name).press('Tab');
  }
}

/** Picks the first number the sandbox offers (Verified or Hosting failed) into the form. */
async function pickFirstOffered(form: FrameLocator): Promise<string> {
  await form.locator('#pick-numbers').click();
  const firstPick = form.locator('vscode-checkbox.pick').first();
  await firstPick.waitFor({ timeout: UI_TIMEOUT });
  const picked = ((await firstPick.getAttribute('value')) ?? '').trim();
  assert.match(picked, /^\+1\d{10}$/);
  await firstPick.click();
  await form.locator('#add-picked').click();
  await eventually(async () => (await field(form, 'numbersText').inputValue()).includes(picked), { message: 'the picked number in the numbers box' });
  return picked;
}

/** The order and LoA fields the tests type in, taken from the shared valid draft. */
const LOA_FIELDS = ['servicePlanId', 'firstName', 'lastName', 'buildingNumber', 'street', 'city', 'state', 'postalCode', 'country', 'currentVoiceCarrier'] as const;
const LOA: Record<string, string> = Object.fromEntries(LOA_FIELDS.map((name) => [name, validStandardDraft()[name]]));

describe('Text-enable forms (UI)', function () {
  this.timeout(180000);

  it('picks numbers, blocks an invalid e-mail, then submits the standard form and tracks the hosting order', async () => {
    const wb = await connectedWorkbench();
    const form = await openForm(wb, STANDARD_TITLE);

    const picked = await pickFirstOffered(form);

    await fill(form, { ...LOA, campaignId: 'C3O84GA', displayName: 'E2E standard', email: 'ada@example' });
    // The e-mail is checked as the user leaves the field, with the message next to it.
    await form.locator('#err-email').filter({ hasText: /e-mail address like name@example\.com/ }).waitFor({ timeout: UI_TIMEOUT });
    await form.locator('#submit').click();
    await form.locator('#banner').filter({ hasText: /Not sent: one field needs attention/ }).waitFor({ timeout: UI_TIMEOUT });
    assert.strictEqual(await textEnablePosts('textEnableNumbers'), 0, 'an invalid form reached the API');

    await fill(form, { email: 'ada@example.com' });
    await eventually(async () => ((await form.locator('#err-email').textContent()) ?? '') === '', { message: 'the e-mail error to clear' });
    await form.locator('#banner').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    // The live preview shows the exact body, in the reference's wire names.
    const preview = await previewBody<Record<string, unknown>>(form, (b) => (b.directLoaInfo as { authorisedPerson?: { email?: string } } | undefined)?.authorisedPerson?.email === 'ada@example.com');
    assert.deepStrictEqual(preview.numbers, [picked]);
    assert.ok(preview.directLoaInfo, 'the preview has no directLoaInfo');
    await form.locator('h1').scrollIntoViewIfNeeded();
    await wb.screenshot('text-enable-form');

    await form.locator('#submit').click();
    await form.locator('#h-results').filter({ hasText: 'Hosting order created' }).waitFor({ timeout: UI_TIMEOUT });
    const orderId = ((await form.locator('.order-id').first().textContent()) ?? '').trim();
    assert.ok(orderId.length > 0, 'no hosting order ID shown');
    assert.match((await form.locator('.next-steps').textContent()) ?? '', /Letter of Authorization to ada@example\.com/);
    assert.strictEqual(await textEnablePosts('textEnableNumbers'), 1);
    const order = await api<{ numbers?: string[]; displayName?: string }>('GET', `/hostingOrders/${orderId}`);
    assert.deepStrictEqual(order.numbers, [picked]);
    assert.strictEqual(order.displayName, 'E2E standard');
    // The sent number left the form; the rest of the draft stays for the next order.
    assert.strictEqual(await field(form, 'numbersText').inputValue(), '');

    await sandbox.advanceClock(11);
    await form.locator('.track-order').first().click();
    await form.locator('.order-state').first().filter({ hasText: 'State: Waiting for the LoA signature' }).waitFor({ timeout: UI_TIMEOUT });
    assert.strictEqual(await form.locator('#err-numbersText').textContent(), '', 'the emptied numbers box is flagged after a successful submit');
    await wb.screenshot('text-enable-result');
  });

  it('submits the toll-free form with a reseller LoA and shows the order state', async () => {
    const wb = await connectedWorkbench();
    const phone = '+18335870229';
    await verifiedTollFreeNumber(phone);
    const form = await openForm(wb, TOLL_FREE_TITLE);
    await fill(form, { numbersText: phone, ...LOA, email: 'ada@example.com', displayName: 'E2E toll-free' });
    await form.locator('#f-loaKind-reseller').click();
    await field(form, 'businessName').waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await fill(form, { businessName: 'Acme Resale' });
    await form.locator('#f-migrateToSinchTmo').click();
    const preview = await previewBody<{ resellerLoaInfo?: { businessName?: string; migrateToSinchTmo?: boolean } }>(form, (b) => b.resellerLoaInfo?.migrateToSinchTmo !== undefined);
    assert.strictEqual(preview.resellerLoaInfo?.businessName, 'Acme Resale');
    assert.strictEqual(preview.resellerLoaInfo?.migrateToSinchTmo, true, 'the TMO flag is not inside the LoA object');
    await form.locator('h1').scrollIntoViewIfNeeded();
    await wb.screenshot('text-enable-toll-free-form');

    await form.locator('#submit').click();
    await form.locator('#h-results').filter({ hasText: 'Hosting order created' }).waitFor({ timeout: UI_TIMEOUT });
    await form.locator('.order-state').first().filter({ hasText: 'State: Submitted' }).waitFor({ timeout: UI_TIMEOUT });
    assert.strictEqual(await textEnablePosts('textEnableTollFreeNumbers'), 1);
  });

  it("opens from the tree's context menu with the selected number filled in", async () => {
    const wb = await connectedWorkbench();
    await wb.openSinchView();
    // Select the group and open it with the keyboard, as a person would.
    const group = await wb.selectTreeItem('Verified');
    await eventually(async () => {
      if ((await group.getAttribute('aria-expanded')) === 'true') return true;
      await group.press('ArrowRight');
      return false;
    }, { message: 'the Verified group to expand' });
    const rows = await eventually(async () => {
      const all = await wb.treeRows();
      const group = all.findIndex((r) => r.label === 'Verified' && r.level === 1);
      return group >= 0 && all[group + 1]?.level === 2 ? all.slice(group + 1) : undefined;
    }, { message: 'the numbers of the Verified group' });
    const label = rows[0].label;
    const parsed = parseNanpNumber(label);
    assert.ok(parsed.ok, `the tree row "${label}" is not a phone number`);
    // Right-click the number; a menu entry takes a click only once the menu follows the mouse
    // (it marks the hovered entry focused), so hover until it does.
    await wb.treeItem(label).click({ button: 'right' });
    const entry = wb.page.locator('.context-view .monaco-menu').getByRole('menuitem', { name: parsed.tollFree ? TOLL_FREE_TITLE : STANDARD_TITLE, exact: true });
    await entry.waitFor({ timeout: UI_TIMEOUT });
    await eventually(async () => {
      await entry.hover();
      return entry.evaluate((e) => e.parentElement?.classList.contains('focused') === true);
    }, { message: 'the context menu entry to take the mouse' });
    await entry.click();
    const form = wb.webviewFrame();
    await form.locator('main[data-ready="true"]').waitFor({ timeout: UI_TIMEOUT });
    await eventually(async () => (await field(form, 'numbersText').inputValue()).split('\n').includes(parsed.e164), { message: `${parsed.e164} in the numbers box` });
  });

  for (const [theme, dark] of [['Default Dark Modern', true], ['Default High Contrast', true], ['Default High Contrast Light', false]] as const) {
    it(`follows the ${theme} theme`, async () => {
      host().updateSettings({ 'workbench.colorTheme': theme });
      try {
        const wb = await connectedWorkbench();
        const form = await openForm(wb, STANDARD_TITLE);
        await fill(form, { email: 'not-an-email' });
        await form.locator('#err-email').filter({ hasText: /e-mail address/ }).waitFor({ timeout: UI_TIMEOUT });
        // The page takes the theme's colours (through --vscode-* variables), not colours of its own.
        const css = await form.locator('body').evaluate((body) => {
          const style = getComputedStyle(body);
          const probe = document.createElement('div');
          probe.style.color = style.getPropertyValue('--vscode-editor-background').trim();
          document.body.append(probe);
          const themed = getComputedStyle(probe).color;
          probe.remove();
          return { background: style.backgroundColor, text: style.color, themed };
        });
        const colours = { background: luminance(css.background), text: luminance(css.text), matchesTheme: css.background === css.themed };
        assert.ok(colours.matchesTheme, 'the form background is not the editor background of the theme');
        if (dark) assert.ok(colours.background < 0.3 && colours.text > 0.6, `dark theme, but background ${colours.background} / text ${colours.text}`);
        else assert.ok(colours.background > 0.7 && colours.text < 0.4, `light theme, but background ${colours.background} / text ${colours.text}`);
        await form.locator('h1').scrollIntoViewIfNeeded();
        await wb.screenshot(`text-enable-form-${theme.toLowerCase().replace(/\s+/g, '-')}`);
      } finally {
        host().updateSettings({ 'workbench.colorTheme': undefined });
      }
    });
  }

  it('uses the local listener for the callback URL, and the Callbacks view shows the sandbox\'s signed events as valid', async () => {
    const wb = await connectedWorkbench();
    const form = await openForm(wb, STANDARD_TITLE);
    await pickFirstOffered(form);
    await fill(form, { ...LOA, campaignId: 'C3O84GA', displayName: 'E2E callbacks', email: 'ada@example.com' });
    await form.locator('#use-local-listener').click();
    const callbackUrl = await eventually(async () => {
      const value = await field(form, 'callbackUrl').inputValue();
      return /^http:\/\/127\.0\.0\.1:\d+\/$/.test(value) ? value : undefined;
    }, { message: 'the listener URL in the callback URL field' });
    const port = new URL(callbackUrl).port;
    await wb.statusBarItem(`Callbacks :${port}`).waitFor({ timeout: UI_TIMEOUT });
    await previewBody<{ callbackUrl?: string }>(form, (b) => b.callbackUrl === callbackUrl);
    await form.locator('#submit').click();
    await form.locator('#h-results').filter({ hasText: 'Hosting order created' }).waitFor({ timeout: UI_TIMEOUT });

    // The sandbox clock moves on: the LoA is signed, the order completes, the callbacks arrive.
    await sandbox.advanceClock(70);
    await wb.openSinchView();
    const pane = await wb.view('Callbacks');
    const rows = pane.locator('.monaco-list-row[role="treeitem"]');
    await eventually(async () => (await rows.count()) >= 5, { message: 'five callbacks in the Callbacks view' });
    const descriptions = await rows.locator('.label-description').allTextContents();
    assert.ok(descriptions.every((d) => d.includes('signature valid')), descriptions.join('\n'));
    await wb.treeItem(/^Link to 10DLC campaign: /).click();
    // Its read-only document: the verdict and why, headers, raw body, pretty JSON.
    const doc = wb.page.locator('.part.editor .view-lines').filter({ hasText: 'Link to 10DLC campaign' });
    await doc.filter({ hasText: 'Signature: signature valid. X-Sinch-Signature matches' }).waitFor({ timeout: UI_TIMEOUT });
    assert.match((await doc.textContent()) ?? '', /x-sinch-signature:\s[0-9a-f]{40}/, 'the header as received (the editor renders spaces as no-break spaces)');
    // Widen the side bar so the screenshot shows the rows' descriptions (status, time, signature).
    const bar = await wb.page.locator('.part.sidebar').boundingBox();
    if (bar) {
      await wb.page.mouse.move(bar.x + bar.width + 1, bar.y + bar.height / 2);
      await wb.page.mouse.down();
      await wb.page.mouse.move(bar.x + 760, bar.y + bar.height / 2, { steps: 5 });
      await wb.page.mouse.up();
    }
    await wb.screenshot('callbacks-view');

    // A window reload keeps what was received (the listener itself waits to be started again).
    await wb.page.locator('.part.sidebar').click();
    await wb.runCommand('Developer: Reload Window');
    await wb.page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60000 });
    await wb.openSinchView();
    const again = (await wb.view('Callbacks')).locator('.monaco-list-row[role="treeitem"]');
    await eventually(async () => (await again.count()) === descriptions.length, { timeout: 60000, message: 'the callbacks listed again after the reload' });
    assert.ok((await again.locator('.label-description').allTextContents()).every((d) => d.includes('signature valid')));
  });

  it('keeps the draft across a window reload', async () => {
    const wb = await connectedWorkbench();
    let form = await openForm(wb, STANDARD_TITLE);
    await fill(form, { numbersText: '+12025550134', displayName: 'Survives reload', email: 'keep@example.com' });
    // The form says when the extension holds the draft (a moment after the typing stops).
    await form.locator('#draft-status').filter({ hasText: 'Draft saved' }).waitFor({ timeout: UI_TIMEOUT });
    // "Developer: Reload Window", as a person would (it saves the window's state before reloading;
    // a raw browser reload in VS Code for the web may drop the list of open editors).
    await wb.page.locator('.part.sidebar').click();
    await wb.runCommand('Developer: Reload Window');
    await wb.page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60000 });
    form = wb.webviewFrame();
    await form.locator('main[data-ready="true"]').waitFor({ timeout: 60000 });
    assert.strictEqual(await field(form, 'displayName').inputValue(), 'Survives reload');
    assert.strictEqual(await field(form, 'email').inputValue(), 'keep@example.com');
    assert.strictEqual(await field(form, 'numbersText').inputValue(), '+12025550134');

    // "Reset form" clears on purpose (and offers an undo).
    await form.locator('#reset').click();
    await form.locator('#banner').filter({ hasText: 'The form was cleared.' }).waitFor({ timeout: UI_TIMEOUT });
    assert.strictEqual(await field(form, 'displayName').inputValue(), '');
  });
});
