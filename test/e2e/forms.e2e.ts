// The text-enable forms in a real workbench (code-server + Chromium) against the extension's
// built-in sandbox: fill and submit each form and see the hosting order; an invalid e-mail blocks
// submit with a message next to the field; a window reload keeps the draft. Saves a screenshot of
// each form for the README.
import * as assert from 'assert';
import type { FrameLocator } from 'playwright-core';
import { SANDBOX_PROJECT_ID } from '../../src/connection/sandboxOptions';
import { isTollFree, parseNanpNumber } from '../../src/model/phone';
import { eventually, openForm, sandbox, sharedWorkbench } from './support';
import { validStandardDraft } from '../fixtures/textEnableDrafts';

const STANDARD_TITLE = 'Text Enable Numbers';
const TOLL_FREE_TITLE = 'Text Enable Toll-Free Numbers';
const UI_TIMEOUT = 20000;

/** Calls the sandbox's API as any client would (Basic auth with its placeholder key). */
const api = sandbox.api;

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
  // One window for the file, back to a known state as each test starts (sharedWorkbench.ts): no
  // editor open (a form left open would come back, and a focused webview swallows F1), the
  // sandbox reset; openForm clears a draft an earlier test left in the workspace.
  const connectedWorkbench = sharedWorkbench();

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

  it('follows a submitted order in "Hosting Orders": "Track order" reveals it, the sandbox clock takes it to Completed with one notification, and the form\'s result follows', async () => {
    const wb = await connectedWorkbench();
    const form = await openForm(wb, STANDARD_TITLE);
    await pickFirstOffered(form);
    await fill(form, { ...LOA, campaignId: 'C3O84GA', displayName: 'E2E followed', email: 'ada@example.com' });
    await form.locator('#submit').click();
    await form.locator('#h-results').filter({ hasText: 'Hosting order created' }).waitFor({ timeout: UI_TIMEOUT });

    await wb.openSinchView();
    const orders = await wb.view('Hosting Orders');
    const row = orders.locator('.monaco-list-row[role="treeitem"]').filter({ has: wb.page.locator('.label-name', { hasText: 'E2E followed' }) }).first();
    await row.waitFor({ timeout: UI_TIMEOUT });
    await eventually(async () => /^Submitted · text enable · /.test(((await row.locator('.label-description').textContent()) ?? '').trim()), { message: 'the order listed as Submitted' });

    await form.locator('.track-order').first().click();
    await eventually(async () => (await row.getAttribute('aria-selected')) === 'true', { message: '"Track order" to select the order in the view' });

    await sandbox.advanceClock(70);
    await eventually(async () => /^Completed · /.test(((await row.locator('.label-description').textContent()) ?? '').trim()), { message: 'the order to reach Completed' });
    // The form's result follows the order too, without another click on "Track order".
    await form.locator('.order-state').first().filter({ hasText: /^State: Completed/ }).waitFor({ timeout: UI_TIMEOUT });
    await form.locator('.next-steps').filter({ hasText: /^The order is Completed: Hosting done numbers are text-enabled/ }).waitFor({ timeout: UI_TIMEOUT });
    // In the notification center: this order, the standard test's and the numbers' new states are
    // told at once, and VS Code may show only some of them as toasts.
    const told = await eventually(async () => {
      const matching = (await wb.notificationCenterMessages()).filter((m) => /Hosting order "E2E followed" \(\w+\) is Completed/.test(m));
      return matching.length > 0 ? matching : undefined;
    }, { message: 'the Completed notification' });
    assert.strictEqual(told.length, 1, 'one notification for the order');
    await wb.screenshot('hosting-orders');
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
    const entry = wb.menuEntry(parsed.tollFree ? TOLL_FREE_TITLE : STANDARD_TITLE);
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

  // Picked in the palette, as a person would, with the form open: it follows each theme at once
  // (the workbench hands a webview the new --vscode-* colours), with no reload or reopen.
  it('follows the Dark Modern, High Contrast and High Contrast Light themes as each is picked, with the form open', async () => {
    const wb = await connectedWorkbench();
    const form = await openForm(wb, STANDARD_TITLE);
    await fill(form, { email: 'not-an-email' });
    await form.locator('#err-email').filter({ hasText: /e-mail address/ }).waitFor({ timeout: UI_TIMEOUT });
    await form.locator('h1').scrollIntoViewIfNeeded();
    for (const [theme, label, kind, dark] of [
      ['Default Dark Modern', 'Dark Modern', 'vs-dark', true],
      ['Default High Contrast', 'Dark High Contrast', 'hc-black', true],
      ['Default High Contrast Light', 'Light High Contrast', 'hc-light', false],
    ] as const) {
      await wb.pickColorTheme(label, kind);
      // The page takes the theme's colours (through --vscode-* variables), not colours of its own.
      const colours = await eventually(async () => {
        const css = await form.locator('body').evaluate((body) => {
          const style = getComputedStyle(body);
          const probe = document.createElement('div');
          probe.style.color = style.getPropertyValue('--vscode-editor-background').trim();
          document.body.append(probe);
          const themed = getComputedStyle(probe).color;
          probe.remove();
          return { background: style.backgroundColor, text: style.color, themed };
        });
        const seen = { background: luminance(css.background), text: luminance(css.text), matchesTheme: css.background === css.themed };
        const looksRight = dark ? seen.background < 0.3 && seen.text > 0.6 : seen.background > 0.7 && seen.text < 0.4;
        return seen.matchesTheme && looksRight ? seen : undefined;
      }, { message: `the form to take the ${theme} theme's colours (editor background, ${dark ? 'dark' : 'light'} page)` });
      assert.ok(colours.matchesTheme);
      // The JSON preview is one block in the theme's code-block colour: no box per line behind its text.
      const codeBackground = await form.locator('#preview-json').evaluate((code) => getComputedStyle(code).backgroundColor);
      assert.strictEqual(codeBackground, 'rgba(0, 0, 0, 0)', `${theme}: the preview's lines have a background of their own (${codeBackground})`);
      await wb.screenshot(`text-enable-form-${theme.toLowerCase().replace(/\s+/g, '-')}`);
    }
  });

  it('placeholders read as examples, counters follow the fields and the picker offers only numbers of the region', async () => {
    const wb = await connectedWorkbench();
    const form = await openForm(wb, STANDARD_TITLE);
    await form.locator('#submit').click();
    const banner = form.locator('#banner');
    const count = async (): Promise<number> => Number(/Not sent: (\d+) fields need attention/.exec((await banner.textContent()) ?? '')?.[1] ?? NaN);
    const initial = await eventually(async () => (await count()) || undefined, { message: 'the Not sent banner with a count' });
    // After an empty submit, the required box's placeholder must not look like a value.
    await form.locator('#err-servicePlanId').filter({ hasText: 'Service plan ID is required.' }).waitFor({ timeout: UI_TIMEOUT });
    assert.match((await field(form, 'servicePlanId').getAttribute('placeholder')) ?? '', /^Your SMS service plan ID$/);
    assert.match((await field(form, 'numbersText').getAttribute('placeholder')) ?? '', /^e\.g\. /);
    // Each fixed field lowers the count at once.
    await fill(form, { servicePlanId: LOA.servicePlanId, firstName: LOA.firstName });
    await eventually(async () => (await count()) === initial - 2, { message: `the count to drop from ${initial} to ${initial - 2}` });
    // A Canadian number in a US form is flagged and not counted as ready.
    await fill(form, { numbersText: '+12025550134\n+14165550134' });
    await form.locator('#numbers-summary').filter({ hasText: '1 number ready · 1 Canadian (the region is US).' }).waitFor({ timeout: UI_TIMEOUT });
    await form.locator('#err-numbersText').filter({ hasText: /Canadian but the region is US/ }).waitFor({ timeout: UI_TIMEOUT });
    // The picker offers US numbers only in a US form.
    await form.locator('#pick-numbers').click();
    await form.locator('vscode-checkbox.pick').first().waitFor({ timeout: UI_TIMEOUT });
    const offered = await form.locator('vscode-checkbox.pick').evaluateAll((boxes) => boxes.map((b) => b.textContent ?? ''));
    assert.ok(offered.length > 0 && offered.every((t) => t.trim().endsWith('· US')), `the US form offers ${offered.join(' | ')}`);
    await form.locator('#picker-hidden').filter({ hasText: /Canadian numbers? (is|are) not shown: the region is US\./ }).waitFor({ timeout: UI_TIMEOUT });
  });

  it('names numbers that cannot be text-enabled before sending, in words that wrap in a narrow panel', async () => {
    const wb = await connectedWorkbench();
    const done = (await api<{ qualifiedNumbers: Array<{ phoneNumber: string }> }>('GET', '/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_HOSTING_DONE&regionCode=US&pageSize=50'))
      .qualifiedNumbers.map((n) => n.phoneNumber).find((n) => !isTollFree(n));
    assert.ok(done, 'the sandbox has no Hosting done US number');
    await wb.page.setViewportSize({ width: 700, height: 800 });
    const form = await openForm(wb, STANDARD_TITLE);
    await fill(form, { numbersText: done, ...LOA, campaignId: 'C3O84GA', email: 'ada@example.com' });
    await form.locator('#submit').click();
    const banner = form.locator('#banner').filter({ hasText: 'Not sent: 1 number cannot be text-enabled' });
    await banner.waitFor({ timeout: UI_TIMEOUT });
    const text = (await banner.textContent()) ?? '';
    assert.match(text, /is text-enabled already \(Hosting done\)\./);
    assert.doesNotMatch(text, /GLOBAL_PROCESS_STATE_/);
    assert.strictEqual(await textEnablePosts('textEnableNumbers'), 0, 'sent a number that cannot be text-enabled');
    const overflow = await banner.evaluate((b) => b.scrollWidth - b.clientWidth);
    assert.ok(overflow <= 0, `the banner runs ${overflow}px out of the panel`);
    await form.locator('#remove-not-ready').click();
    await eventually(async () => (await field(form, 'numbersText').inputValue()) === '', { message: 'the number to leave the form' });
    await form.locator('#undo-remove').click();
    await eventually(async () => (await field(form, 'numbersText').inputValue()) === done, { message: 'Undo to bring the number back' });
  });

  it('keeps the keyboard focus above the sticky Submit bar while tabbing through the form', async () => {
    const wb = await connectedWorkbench();
    await wb.page.setViewportSize({ width: 1000, height: 620 });
    const form = await openForm(wb, STANDARD_TITLE);
    await form.locator('h1').click();
    const seen: string[] = [];
    for (let step = 0; step < 45; step++) {
      await wb.page.keyboard.press('Tab');
      // Wait until the page has settled around the new focus, then measure it against the bar.
      const where = await eventually(async () => form.locator('body').evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.actions');
        if (!el || !bar || el === document.body) return undefined;
        const r = el.getBoundingClientRect();
        const top = bar.getBoundingClientRect().top;
        const name = el.id || el.getAttribute('data-field') || el.tagName.toLowerCase();
        if (bar.contains(el)) return { name, ok: true, detail: 'in the bar' };
        const fits = r.height < top - 24;
        const ok = fits ? r.top >= 0 && r.bottom <= top : r.top >= 0 && r.top < top;
        return ok ? { name, ok, detail: '' } : { name, ok, detail: `top ${Math.round(r.top)} bottom ${Math.round(r.bottom)}, bar at ${Math.round(top)}` };
      }).then((w) => (w && w.ok ? w : undefined)), { message: `focus step ${step + 1} (after ${seen.slice(-3).join(', ')}) to be in view above the Submit bar`, timeout: 5000 });
      seen.push(where.name);
      if (where.name === 'submit') break;
    }
    assert.ok(seen.includes('f-email') && seen.includes('submit'), `tabbing did not reach the e-mail field and Submit: ${seen.join(', ')}`);
  });

  it('keeps every character typed after select-all, in every kind of text field', async () => {
    const wb = await connectedWorkbench();
    const form = await openForm(wb, STANDARD_TITLE);
    const modifier = process.platform === 'darwin' ? 'Meta' : 'Control';
    // The lost character showed in the second round (the workbench's late select-all landing
    // after the first typed key); three rounds per kind of box, each typed at full speed.
    for (const name of ['displayName', 'street', 'numbersText', 'city']) {
      const box = field(form, name);
      await box.fill('previous value');
      for (let round = 0; round < 3; round++) {
        const text = `${name} ${round} +1 202 555 01${round}`;
        await box.click();
        await wb.page.keyboard.press(`${modifier}+A`);
        // As a fast typist: no pause between keys (the form validates and saves while this runs).
        await wb.page.keyboard.type(text);
        const typed = await eventually(async () => ((await box.inputValue()) === text ? true : undefined), { message: `${name}: "${text}" typed after select-all (the box holds "${await box.inputValue()}")`, timeout: 5000 }).catch(async (e: unknown) => {
          throw new Error(`${e instanceof Error ? e.message : String(e)}; the box holds "${await box.inputValue()}"`);
        });
        assert.ok(typed);
      }
    }
  });

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

  it('keeps an edit typed just before the form is closed', async () => {
    const wb = await connectedWorkbench();
    let form = await openForm(wb, STANDARD_TITLE);
    await fill(form, { displayName: 'Closed at once' });
    // Closed right away, as a person closing the tab after a last change: no wait for "Draft saved".
    await wb.closeAllEditors();
    await wb.runCommand(`Sinch: ${STANDARD_TITLE}`);
    form = wb.webviewFrame();
    await form.locator('main[data-ready="true"]').waitFor({ timeout: UI_TIMEOUT });
    assert.strictEqual(await field(form, 'displayName').inputValue(), 'Closed at once');
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
