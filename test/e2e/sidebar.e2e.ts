// The Sinch sidebar in a real workbench (code-server + Chromium, the packaged .vsix), against the
// extension's built-in sandbox: the groups and counts match the sandbox, a voice challenge is sent
// and verified from the palette with the code the "phone" said, a number is deleted through the
// dialog, a batch with one invalid number is added, the tree is filtered, and a profile signs in
// and out. Saves screenshots of the tree and of a palette action for the README.
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { SANDBOX_CREDENTIALS, SANDBOX_PROJECT_ID } from '../../src/connection/sandboxOptions';
import { formatNanp } from '../../src/model/phone';
import { STATE_ORDER, stateInfo } from '../../src/model/states';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index';
import type { GlobalProcessState, ListQualifiedNumbersResponse, QualifiedNumber } from '../../src/api/types';
import { closeSharedWorkbench, eventually, host, isExtensionChannelLog, openWorkbench, sandbox, sandboxUrl, sharedWorkbench, waitForExtensionHostsToExit, type Workbench } from './support';

const UI_TIMEOUT = 20000;

/** Calls a sandbox's API as any client would (Basic auth with the placeholder key). */
async function api<T>(method: string, path: string, options: { base?: string; projectId?: string } = {}): Promise<T> {
  const auth = Buffer.from(`${SANDBOX_CREDENTIALS.keyId}:${SANDBOX_CREDENTIALS.keySecret}`).toString('base64');
  const base = options.base ?? sandboxUrl();
  const response = await fetch(`${base}/v1/projects/${options.projectId ?? SANDBOX_PROJECT_ID}${path}`, { method, headers: { Authorization: `Basic ${auth}` } });
  const text = await response.text();
  if (!response.ok) throw Object.assign(new Error(`${method} ${path} -> ${response.status}: ${text}`), { status: response.status });
  return JSON.parse(text) as T;
}

async function page(state: GlobalProcessState, options: { base?: string; projectId?: string } = {}): Promise<ListQualifiedNumbersResponse> {
  return api<ListQualifiedNumbersResponse>('GET', `/qualifiedNumbers?states=${state}&pageSize=100`, options);
}

async function firstIn(state: GlobalProcessState): Promise<QualifiedNumber> {
  const found = (await page(state)).qualifiedNumbers[0];
  assert.ok(found, `the sandbox has a number in ${state}`);
  return found;
}

async function stateOf(phoneNumber: string): Promise<string> {
  try {
    return (await api<QualifiedNumber>('GET', `/qualifiedNumbers/${phoneNumber}`)).globalProcessState;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return 'gone';
    throw error;
  }
}

/**
 * The file's workbench (sharedWorkbench.ts: connected to the built-in sandbox, reset to its seeded
 * data), with the Sinch view open and every group loaded.
 */
async function sidebar(workbench: () => Promise<Workbench>): Promise<Workbench> {
  const wb = await workbench();
  await wb.openSinchView();
  await groupDescriptions(wb);
  return wb;
}

/** The description of each top-level group, once none is still loading. */
async function groupDescriptions(wb: Workbench): Promise<Map<string, string>> {
  return eventually(
    async () => {
      // Only the Qualified Numbers groups: the side bar also shows the other views' rows (Hosting Orders, Callbacks).
      const labels = new Set(STATE_ORDER.map((s) => stateInfo(s).label));
      const rows = (await wb.treeRows()).filter((r) => r.level === 1 && labels.has(r.label));
      if (rows.length !== STATE_ORDER.length || rows.some((r) => r.description === 'loading…')) return undefined;
      return new Map(rows.map((r) => [r.label, r.description]));
    },
    { timeout: UI_TIMEOUT, message: 'every group to show its count' },
  );
}

/**
 * Right-clicks a tree row and chooses a context menu entry. A menu entry takes a click only once
 * the menu reacts to the mouse: hover until it marks the entry focused, then click.
 */
async function contextMenu(wb: Workbench, rowLabel: string, entryTitle: string): Promise<void> {
  const row = await wb.waitForTreeItem(rowLabel);
  await row.click({ button: 'right' });
  const entry = wb.menuEntry(entryTitle);
  await entry.waitFor({ timeout: UI_TIMEOUT });
  await eventually(
    async () => {
      await entry.hover();
      return entry.evaluate((e) => e.parentElement?.classList.contains('focused') === true);
    },
    { timeout: UI_TIMEOUT, message: `the context menu entry "${entryTitle}" to take the mouse` },
  );
  await entry.click();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** WCAG 2 contrast ratio of two CSS rgb()/rgba() colours (alpha is ignored: both are opaque here). */
function contrastRatio(a: string, b: string): number {
  const luminance = (css: string): number => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('Sinch sidebar (UI)', () => {
  // The tree reloads by itself while numbers are pending; here it changes only when a test acts.
  before(() => host().updateSettings({ 'sinch.autoRefreshSeconds': 0 }));
  after(() => host().updateSettings({ 'sinch.autoRefreshSeconds': undefined }));
  const workbench = sharedWorkbench();

  it('shows one group per state with the sandbox counts', async () => {
    const wb = await sidebar(workbench);
    const shown = await groupDescriptions(wb);
    assert.deepStrictEqual([...shown.keys()], STATE_ORDER.map((s) => stateInfo(s).label));
    for (const state of STATE_ORDER) {
      assert.strictEqual(shown.get(stateInfo(state).label), String((await page(state)).totalSize), `count of ${state}`);
    }
    const verified = await firstIn('GLOBAL_PROCESS_STATE_VERIFIED');
    await wb.expandTreeItem(stateInfo('GLOBAL_PROCESS_STATE_VERIFIED').label);
    await wb.waitForTreeItem(formatNanp(verified.phoneNumber));
    await wb.screenshot('sidebar-tree');
  });

  it('sends a voice challenge from the palette and verifies it with the code the call said', async () => {
    const wb = await sidebar(workbench);
    const phone = (await firstIn('GLOBAL_PROCESS_STATE_ELIGIBLE')).phoneNumber;
    await wb.runCommand('Sinch: Send Voice Challenge');
    await wb.waitForQuickInput(/Pick the number/);
    await wb.quickInput.locator('.monaco-list-row .label-name', { hasText: formatNanp(phone) }).first().waitFor({ timeout: UI_TIMEOUT });
    await wb.screenshot('sidebar-palette-send-voice-challenge');
    // A pasted number finds its row, as digits or in E.164, not only as formatted.
    for (const typed of [phone.slice(2), phone]) {
      await wb.fillQuickInput(typed, { submit: false });
      await eventually(async () => (await wb.quickPickItems()).join('|') === formatNanp(phone), { timeout: UI_TIMEOUT, message: `"${typed}" to leave just ${formatNanp(phone)} in the pick` });
    }
    await wb.pickQuickItem(formatNanp(phone));

    // The sandbox "phone" rings: its notification says the code, as a person would hear it.
    const call = await wb.waitForNotification(`Sandbox call to ${formatNanp(phone)}: the caller said`);
    const said = /the caller said (\d+)/.exec((await call.textContent()) ?? '')?.[1];
    assert.ok(said, 'the call notification carries the code');
    assert.strictEqual(said, await sandbox.lastCode(SANDBOX_PROJECT_ID, phone));

    await wb.clickNotificationButton(`Calling ${formatNanp(phone)}`, 'Enter Code');
    await wb.waitForQuickInput(/Verify Voice Challenge/);
    await wb.fillQuickInput(said);
    await wb.waitForNotification(`${formatNanp(phone)} is now Verified`);
    assert.strictEqual(await stateOf(phone), 'GLOBAL_PROCESS_STATE_VERIFIED');
    await wb.expandTreeItem(stateInfo('GLOBAL_PROCESS_STATE_VERIFIED').label);
    await wb.waitForTreeItem(formatNanp(phone));
  });

  it('deletes a number from its context menu after the confirmation dialog', async () => {
    const wb = await sidebar(workbench);
    const phone = (await firstIn('GLOBAL_PROCESS_STATE_NOT_ELIGIBLE')).phoneNumber;
    await wb.expandTreeItem(stateInfo('GLOBAL_PROCESS_STATE_NOT_ELIGIBLE').label);
    await contextMenu(wb, formatNanp(phone), 'Delete Qualified Numbers');
    const dialog = await wb.waitForDialog(/Delete 1 qualified number/);
    assert.match((await dialog.textContent()) ?? '', new RegExp(formatNanp(phone).replace(/\+/g, '\\+')));
    await wb.answerDialog('Delete');
    await wb.waitForNotification(`Deleted ${formatNanp(phone)}.`);
    assert.strictEqual(await stateOf(phone), 'gone');
    await wb.treeItem(formatNanp(phone)).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  });

  it('opens details with Enter, copies with Ctrl+C and deletes with Delete on a selected tree number', async () => {
    const wb = await sidebar(workbench);
    const phone = (await firstIn('GLOBAL_PROCESS_STATE_NOT_ELIGIBLE')).phoneNumber;
    await wb.expandTreeItem(stateInfo('GLOBAL_PROCESS_STATE_NOT_ELIGIBLE').label);
    // The keys are bound while "sinch.numberSelected" holds, which the extension sets when VS Code
    // reports a selection change. The previous test deleted this same number while it was selected;
    // after the reset brought it back, VS Code could show the row still selected without reporting a
    // change, so clicking it changed nothing and the keys stayed unbound (twice in fresh-clone CI;
    // a known gap, see the closing note). Selecting another number first makes this one's selection a change.
    const other = (await page('GLOBAL_PROCESS_STATE_NOT_ELIGIBLE')).qualifiedNumbers.find((n) => n.phoneNumber !== phone);
    assert.ok(other, 'a second number in the group');
    await wb.selectTreeItem(formatNanp(other.phoneNumber));
    const details = wb.page.locator('.tabs-container .tab', { hasText: `${phone}.jsonc` });
    await eventually(async () => {
      await wb.selectTreeItem(formatNanp(phone));
      await wb.page.keyboard.press('Enter');
      return details.waitFor({ timeout: 2000 }).then(() => true, () => false);
    }, { timeout: UI_TIMEOUT, message: 'Enter on the selected number to open its details' });
    await wb.selectTreeItem(formatNanp(phone));
    await wb.page.keyboard.press('Control+c');
    await wb.page.locator('.part.statusbar').getByText(`Sinch: copied ${formatNanp(phone)}`).waitFor({ timeout: UI_TIMEOUT });
    await wb.page.keyboard.press('Delete');
    await wb.waitForDialog(/Delete 1 qualified number/);
    await wb.answerDialog('Delete');
    await wb.waitForNotification(`Deleted ${formatNanp(phone)}.`);
    assert.strictEqual(await stateOf(phone), 'gone');
  });

  it('adds a pasted batch, leaving out one invalid number with its reason', async () => {
    const wb = await sidebar(workbench);
    const pendingLabel = stateInfo('GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING').label;
    const before = Number((await groupDescriptions(wb)).get(pendingLabel));
    await wb.runCommand('Sinch: Add Numbers to Qualify');
    await wb.waitForQuickInput('Where are the numbers?');
    await wb.pickQuickItem(/Paste or type numbers/);
    await wb.waitForQuickInput(/Add Numbers to Qualify/);
    await wb.fillQuickInput('+12025550177, 12345, (202) 555-0178');
    const text = await (await wb.waitForDialog(/1 of 3 entries is not a valid US\/CA number and will be left out/)).textContent();
    assert.match(text ?? '', /12345: has 5 digits; US\/CA numbers have 10 \(area code first/);
    await wb.answerDialog('Add 2 Valid Numbers');
    await wb.waitForNotification(/e-mail the invoices for these numbers to orders@sinch\.com/);
    assert.strictEqual(await stateOf('+12025550177'), 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    assert.strictEqual(await stateOf('+12025550178'), 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING');
    await eventually(async () => (await wb.treeItemDescription(pendingLabel)) === String(before + 2), { timeout: UI_TIMEOUT, message: 'the pending count to grow by two' });
  });

  it('filters the tree by digits and clears the filter', async () => {
    const wb = await sidebar(workbench);
    const target = await firstIn('GLOBAL_PROCESS_STATE_HOSTING_DONE');
    const digits = target.phoneNumber.slice(-5);
    await wb.runCommand('Sinch: Filter Qualified Numbers');
    await wb.waitForQuickInput(/Filter Qualified Numbers/);
    await wb.fillQuickInput(digits);
    const doneLabel = stateInfo('GLOBAL_PROCESS_STATE_HOSTING_DONE').label;
    await eventually(async () => /^\d+ of \d+ match$/.test(await wb.treeItemDescription(doneLabel)), { timeout: UI_TIMEOUT, message: 'the filter counts' });
    // The view is alone in its container, so VS Code hides its description: the message line shows the filter.
    const message = wb.page.locator('.part.sidebar').getByText(`Filtered: numbers matching ${digits}. Clear Filter shows every number.`, { exact: true });
    await message.waitFor({ timeout: UI_TIMEOUT });
    await wb.expandTreeItem(doneLabel);
    await wb.waitForTreeItem(formatNanp(target.phoneNumber));
    await wb.screenshot('sidebar-filter');
    const numberRows = (await wb.treeRows()).filter((r) => r.level === 2);
    assert.ok(numberRows.every((r) => r.label.replace(/\D/g, '').includes(digits)), `only matching numbers: ${numberRows.map((r) => r.label).join(', ')}`);
    await wb.runCommand('Sinch: Clear Filter');
    await message.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await eventually(async () => (await wb.treeItemDescription(doneLabel)) === String((await page('GLOBAL_PROCESS_STATE_HOSTING_DONE')).totalSize), {
      timeout: UI_TIMEOUT,
      message: 'the plain count to come back',
    });
  });

  it('draws the Verification failed icon with enough contrast in light, dark and high-contrast themes', async () => {
    const wb = await sidebar(workbench);
    const label = stateInfo('GLOBAL_PROCESS_STATE_VERIFICATION_FAILED').label;
    const row = await wb.waitForTreeItem(label);
    // The theme picker's labels; the file's workbench goes back to the default theme before the next test.
    const themes = [
      ['Dark 2026', 'vs-dark'],
      ['Light 2026', 'vs'],
      ['Dark Modern', 'vs-dark'],
      ['Light Modern', 'vs'],
      ['Dark High Contrast', 'hc-black'],
      ['Light High Contrast', 'hc-light'],
    ] as const;
    for (const [theme, kind] of themes) {
      await wb.pickColorTheme(theme, kind);
      // The icon's drawn colour against the side bar behind it (WCAG 2 non-text contrast: at least 3:1).
      const colours = await row.locator('.custom-view-tree-node-item-icon').evaluate((icon) => ({
        icon: getComputedStyle(icon).color,
        background: getComputedStyle(document.querySelector('.part.sidebar') as Element).backgroundColor,
      }));
      const ratio = contrastRatio(colours.icon, colours.background);
      assert.ok(ratio >= 3, `${theme}: icon ${colours.icon} on ${colours.background} has contrast ${ratio.toFixed(2)}:1`);
    }
  });

  describe('profiles', () => {
    let other: RunningSandbox;

    before(async () => {
      // The file's window goes first: it would take the settings below as a change of its own.
      await closeSharedWorkbench();
      // A second "Sinch" for the profile: signing in to a real profile stops the built-in sandbox.
      other = await startSandbox({ port: 0, clock: 'manual' });
      host().updateSettings({ 'sinch.apiBaseUrl': other.url, 'sinch.authBaseUrl': other.url });
    });

    after(async () => {
      host().updateSettings({ 'sinch.apiBaseUrl': undefined, 'sinch.authBaseUrl': undefined });
      await other.close();
    });

    it('signs in with a key kept out of settings and logs, then signs out', async () => {
      const wb = await openWorkbench();
      // A new window: its extension host starts once the file's window has let the sandbox port go.
      await wb.statusBarItem('Sinch: Offline Sandbox').waitFor({ timeout: 3 * UI_TIMEOUT });
      await wb.openSinchView();
      const keyId = `e2e-key-${Date.now()}`;
      const secret = `e2e-secret-${Math.random().toString(36).slice(2)}`;

      await wb.runCommand('Sinch: Sign In');
      for (const [step, value] of [['1/4', 'e2e'], ['2/4', 'e2e-project'], ['3/4', keyId], ['4/4', secret]] as const) {
        await wb.waitForQuickInput(`Sinch: Sign In (${step})`);
        await wb.fillQuickInput(value);
      }
      await wb.waitForNotification('Signed in to Sinch: profile "e2e", project e2e-project.');
      await wb.statusBarItem('Sinch: e2e (e2e-proj)').waitFor({ timeout: UI_TIMEOUT });
      const shown = await groupDescriptions(wb);
      const verified = stateInfo('GLOBAL_PROCESS_STATE_VERIFIED').label;
      assert.strictEqual(shown.get(verified), String((await page('GLOBAL_PROCESS_STATE_VERIFIED', { base: other.url, projectId: 'e2e-project' })).totalSize));

      // The key reached the server, and no file of code-server's (settings, state) holds it while in use.
      const keyIn = (files: string[]): string[] => files.filter((f) => [secret, keyId].some((value) => readFileSync(f).includes(value)));
      const userFiles = (): string[] => filesUnder(host().dir).filter((f) => !f.includes('browser-profile'));
      assert.ok(userFiles().some((f) => f.endsWith('settings.json') && readFileSync(f, 'utf8').includes(other.url)), 'the settings were scanned');
      assert.deepStrictEqual(keyIn(userFiles()), [], 'no file holds the key');

      await wb.runCommand('Sinch: Sign Out');
      await wb.answerDialog('Sign Out', 'Sign out of Sinch profile "e2e"?');
      await wb.waitForNotification('Signed out of profile "e2e"; its key was deleted.');
      await wb.statusBarItem('Sinch: Not Connected').waitFor({ timeout: UI_TIMEOUT });
      const welcome = wb.page.locator('.part.sidebar .welcome-view-content');
      await welcome.getByRole('button', { name: 'Sign In' }).waitFor({ timeout: UI_TIMEOUT });
      await welcome.getByRole('button', { name: 'Use Offline Sandbox' }).waitFor({ timeout: UI_TIMEOUT });

      // Logs reach the disk behind a buffer: once this window's host has exited, every line it
      // logged is on disk. The extension's log of this sign-in must be there, and hold no key.
      await wb.close();
      await waitForExtensionHostsToExit();
      const files = userFiles();
      const channel = files.filter(isExtensionChannelLog).map((f) => readFileSync(f, 'utf8')).join('\n');
      assert.match(channel, /Connected: profile e2e \(project e2e-project\)/, 'the extension log of this sign-in was not found');
      assert.deepStrictEqual(keyIn(files), [], 'no file holds the key after the host exited');
    });
  });
});
