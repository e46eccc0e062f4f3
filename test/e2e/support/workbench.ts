// A code-server workbench page and the gestures a person makes in it: the command palette, quick
// inputs and picks, notifications, modal dialogs, the Sinch tree, webviews and screenshots.
// Every wait is on a condition (Playwright's auto-waiting locators or `eventually`), never on time.
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { host } from './host';
import { phase } from './phases';
import { saveScreenshot } from './screenshots';
import { eventually } from './wait';

const SINCH_CONTAINER = 'Sinch';
const QUALIFIED_NUMBERS_VIEW = 'Qualified Numbers';
/** Default for waits on the UI: generous for a 2-core CI machine, still well under the test timeout. */
const UI_TIMEOUT = 20000;

export type TextMatch = string | RegExp;

function matches(text: string, expected: TextMatch): boolean {
  return typeof expected === 'string' ? text.trim() === expected : expected.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-string, case-sensitive RegExp for a string (Playwright's hasText is a substring match). */
function exactly(expected: TextMatch): RegExp {
  return typeof expected === 'string' ? new RegExp(`^\\s*${escapeRegExp(expected)}\\s*$`) : expected;
}

export interface TreeRow {
  label: string;
  description: string;
  /** true/false for rows with children, undefined for leaves. */
  expanded: boolean | undefined;
  level: number;
}

const openPages = new Set<Page>();

let freshWorkspaces = 0;

async function newWorkbenchPage(url: string): Promise<Page> {
  return phase('window', () => loadWorkbenchPage(url));
}

async function loadWorkbenchPage(url: string): Promise<Page> {
  // The previous page's extension host owns the sandbox port until it has shut down.
  const { waitForPortFree } = await import('../../../scripts/lib/ports.mjs');
  await waitForPortFree(host().sandboxPort);
  const page = await host().browser.newPage();
  openPages.add(page);
  page.once('close', () => {
    openPages.delete(page);
    if (sharedPage === page) sharedPage = undefined;
  });
  // The workbench is ready when its activity bar shows; the page's load event adds nothing but a
  // second deadline (30 s by default) that a busy 2-core machine can miss.
  await page.goto(url, { waitUntil: 'commit', timeout: 60000 });
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60000 });
  return page;
}

/** The page of the file's shared workbench (sharedWorkbench.ts), if one is open. */
let sharedPage: Page | undefined;

/**
 * Opens a fresh workbench page on the run's code-server (same browser profile, so secrets and
 * global state stored by earlier tests are still there). Each page opens a new empty workspace
 * folder, so nothing earlier tests left open (editors, webview panels) comes back;
 * `freshWorkspace: false` opens the run's shared folder instead, restoring what was left there.
 * `reload()` keeps the page's folder. Pages still open at the end of a test are closed by the
 * root hooks, except the file's shared one (`shared: true`, see sharedWorkbench.ts) after a
 * test that passed. One window at a time: each window's extension host runs the sandbox on the
 * run's port, so a fresh window closes the shared one first.
 */
export async function openWorkbench(options: { freshWorkspace?: boolean; query?: Record<string, string>; shared?: boolean } = {}): Promise<Workbench> {
  await closeSharedWorkbench();
  // A new window wears the default theme: one a test picked in the palette is in the user settings.
  host().updateSettings({ 'workbench.colorTheme': undefined });
  const query: Record<string, string> = { ...(options.query ?? {}) };
  if (options.freshWorkspace ?? true) {
    const folder = join(host().dir, 'workspaces', `w${++freshWorkspaces}`);
    mkdirSync(folder, { recursive: true });
    query.folder = folder;
  }
  const openedAt = Date.now();
  const page = await newWorkbenchPage(host().workbenchUrl(query));
  if (options.shared) sharedPage = page;
  return new Workbench(page, openedAt);
}

/** Closes the file's shared workbench page, if one is open. */
export async function closeSharedWorkbench(): Promise<void> {
  const page = sharedPage;
  sharedPage = undefined;
  if (page) await page.close().catch(() => undefined);
}

/** Closes the workbench pages (after each test): all of them, or all but the file's shared one. */
export async function closeAllWorkbenches(options: { keepShared?: boolean } = {}): Promise<void> {
  const closing = [...openPages].filter((page) => !(options.keepShared && page === sharedPage));
  if (!options.keepShared) sharedPage = undefined;
  await Promise.all(closing.map((page) => page.close().catch(() => undefined)));
  for (const page of closing) openPages.delete(page);
}

export function openWorkbenchPages(): Page[] {
  return [...openPages];
}

export class Workbench {
  /** @param openedAt when the window began to open (Date.now()): its logs are those written since. */
  constructor(private currentPage: Page, readonly openedAt: number) {}

  /** The Playwright page (a new one after `reload()`). */
  get page(): Page {
    return this.currentPage;
  }

  /**
   * Reloads the window as "Developer: Reload Window" would: same URL, profile and workspace, a new
   * extension host. Waits for the old host to let the sandbox port go first, so the new one can
   * start its sandbox there.
   */
  async reload(): Promise<void> {
    const url = this.currentPage.url();
    const shared = this.currentPage === sharedPage;
    await this.currentPage.close();
    this.currentPage = await newWorkbenchPage(url);
    if (shared) sharedPage = this.currentPage;
  }

  // ----- command palette, quick inputs and quick picks -------------------------------------

  /** The quick input widget (command palette, showInputBox, showQuickPick). */
  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  private get quickInputBox(): Locator {
    return this.quickInput.locator('.quick-input-box input');
  }

  /**
   * Runs a command by its palette title, e.g. "Sinch: Refresh Qualified Numbers" (exact match).
   * The palette closes when something else takes the focus (an editor or webview the window is
   * still restoring), so it is opened again until the command has been picked.
   */
  async runCommand(title: string): Promise<void> {
    // By its label: the row's accessible name grows a suffix ("recently used") after first use.
    const row = this.quickInput
      .locator('.monaco-list-row[role="option"]')
      .filter({ has: this.page.locator('.label-name', { hasText: exactly(title) }) })
      .first();
    const step = { timeout: 5000 };
    if (await this.quickInputBox.isVisible()) await this.dismissQuickInput();
    await eventually(
      async () => {
        if (!(await this.quickInputBox.isVisible())) {
          await this.page.keyboard.press('F1');
          await this.quickInputBox.waitFor({ state: 'visible', ...step });
        }
        if ((await this.quickInputBox.inputValue()) !== `>${title}`) await this.quickInputBox.fill(`>${title}`, step);
        await row.click(step);
        return true;
      },
      { timeout: UI_TIMEOUT * 2, message: `the command "${title}" to be picked in the palette` },
    );
    // The palette closes before the command's own input (if any) opens.
    await row.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  }

  /** Waits for an input box or quick pick (optionally with this title or placeholder text). */
  async waitForQuickInput(titleOrPlaceholder?: TextMatch): Promise<Locator> {
    await this.quickInputBox.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    if (titleOrPlaceholder !== undefined) {
      await eventually(
        async () => {
          const title = (await this.quickInput.locator('.quick-input-title').textContent().catch(() => '')) ?? '';
          const placeholder = (await this.quickInputBox.getAttribute('placeholder')) ?? '';
          const ariaLabel = (await this.quickInputBox.getAttribute('aria-label')) ?? '';
          return [title, placeholder, ariaLabel].some((text) => text && matches(text, titleOrPlaceholder));
        },
        { timeout: UI_TIMEOUT, message: `a quick input titled ${String(titleOrPlaceholder)}` },
      );
    }
    return this.quickInput;
  }

  /** Types into the open input box or quick pick filter and presses Enter unless told not to. */
  async fillQuickInput(text: string, options: { submit?: boolean } = {}): Promise<void> {
    await this.quickInputBox.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await this.quickInputBox.fill(text);
    if (options.submit ?? true) await this.quickInputBox.press('Enter');
  }

  /** The validation message under the input box (showInputBox's validateInput). */
  async quickInputMessage(): Promise<string> {
    return ((await this.quickInput.locator('.quick-input-message').textContent()) ?? '').trim();
  }

  /** Labels of the items a quick pick currently shows. */
  async quickPickItems(): Promise<string[]> {
    await this.quickInput.locator('.monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT });
    return this.quickInput.locator('.monaco-list-row .label-name').allTextContents();
  }

  /** Clicks the quick pick item whose label matches (exact for strings). */
  async pickQuickItem(label: TextMatch): Promise<void> {
    const row = this.quickInput.locator('.monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) }).first();
    await row.waitFor({ timeout: UI_TIMEOUT });
    await row.click();
  }

  /** In a multi-select quick pick: ticks the items, then presses OK. */
  async pickQuickItems(labels: TextMatch[]): Promise<void> {
    for (const label of labels) {
      const row = this.quickInput.locator('.monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) }).first();
      await row.waitFor({ timeout: UI_TIMEOUT });
      const checkbox = row.locator('input[type="checkbox"], .quick-input-list-checkbox, [role="checkbox"]').first();
      await checkbox.click();
    }
    await this.quickInput.getByRole('button', { name: 'OK' }).click();
  }

  async dismissQuickInput(): Promise<void> {
    await this.quickInputBox.press('Escape');
    await this.quickInput.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  }

  /**
   * Closes every editor with its tab's close button, as a person would; unsaved ones (an untitled
   * file typed into) are closed without saving. (A click per tab costs far less than the command
   * palette's "View: Close All Editors", which every test paid on the shared window.)
   */
  async closeAllEditors(): Promise<void> {
    const tabs = this.page.locator('.part.editor .tabs-container .tab');
    if ((await tabs.count()) === 0) return;
    const dialog = this.page.locator('.monaco-dialog-box');
    const step = { timeout: 2000 };
    await eventually(
      async () => {
        if (await dialog.isVisible()) {
          await dialog.getByRole('button', { name: "Don't Save", exact: true }).click(step);
          return false;
        }
        if ((await tabs.count()) === 0) return true;
        // An inactive tab shows its close button only under the mouse.
        const tab = tabs.first();
        await tab.hover(step);
        await tab.locator('.tab-actions .action-label').first().click(step);
        return false;
      },
      { timeout: UI_TIMEOUT, message: 'every editor to close' },
    );
  }

  /**
   * Picks a colour theme by its label in "Preferences: Color Theme" (a settings file change does
   * not reach an open page) and waits for the workbench to wear it (`kind`: vs, vs-dark, hc-black, hc-light).
   */
  async pickColorTheme(label: string, kind: string): Promise<void> {
    await this.runCommand('Preferences: Color Theme');
    await this.waitForQuickInput();
    await this.fillQuickInput(label, { submit: false });
    await this.pickQuickItem(label);
    await eventually(async () => (await this.page.locator('.monaco-workbench').getAttribute('class'))?.split(' ').includes(kind), {
      timeout: UI_TIMEOUT,
      message: `the ${label} theme`,
    });
  }

  // ----- notifications and dialogs ----------------------------------------------------------

  /**
   * The toast whose message matches (substring for strings), once it is visible. VS Code shows
   * no toast for a fourth notification within 800 ms and hides info toasts after 10 s: when no
   * toast came, the notification center is opened and its entry returned instead (same buttons);
   * the next test's restore closes the center.
   */
  async waitForNotification(message: TextMatch, timeout = UI_TIMEOUT): Promise<Locator> {
    const entry = (where: string): Locator => this.page
      .locator(`${where} .notification-list-item`)
      .filter({ has: this.page.locator('.notification-list-item-message', { hasText: message }) })
      .first();
    const toast = entry('.notifications-toasts');
    const toastShown = await toast.waitFor({ state: 'visible', timeout }).then(() => true, () => false);
    if (toastShown) return toast;
    await this.runCommand('Notifications: Show Notifications');
    const inCenter = entry('.notifications-center');
    await inCenter.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {
      throw new Error(`no notification matching ${String(message)}, neither as a toast within ${timeout} ms nor in the notification center`);
    });
    return inCenter;
  }

  /**
   * Messages of every notification the window holds, newest first, read in the notification
   * center. A missing toast proves nothing: VS Code shows no toast for the fourth notification
   * within 800 ms (the center keeps it) and hides an info toast after 10 s.
   */
  async notificationCenterMessages(): Promise<string[]> {
    const center = this.page.locator('.notifications-center');
    await this.runCommand('Notifications: Show Notifications');
    await center.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    const messages = await center.locator('.notification-list-item-message').allTextContents();
    await this.runCommand('Notifications: Hide Notifications');
    await center.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    return messages;
  }

  /** Clicks a button ("Show Log", "Retry", ...) on the toast whose message matches. */
  async clickNotificationButton(message: TextMatch, button: string): Promise<void> {
    const toast = await this.waitForNotification(message);
    await toast.getByRole('button', { name: button, exact: true }).click();
  }

  /** Closes every toast (so a later wait cannot match an old one). */
  async clearNotifications(): Promise<void> {
    await this.runCommand('Notifications: Clear All Notifications');
    await this.page.locator('.notifications-toasts .notification-list-item').first().waitFor({ state: 'hidden', timeout: UI_TIMEOUT }).catch(() => undefined);
  }

  /** The modal dialog (showWarningMessage with modal: true), once it shows. */
  async waitForDialog(message?: TextMatch): Promise<Locator> {
    const dialog = this.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    if (message !== undefined) {
      await dialog.locator('.dialog-message-text, .dialog-message-detail', { hasText: message }).first().waitFor({ timeout: UI_TIMEOUT });
    }
    return dialog;
  }

  /** The modal dialog's message and detail text. */
  async dialogText(): Promise<string> {
    const dialog = await this.waitForDialog();
    return ((await dialog.locator('.dialog-message').textContent()) ?? '').trim();
  }

  /** Clicks a button of the modal dialog and waits for it to close. */
  async answerDialog(button: string, message?: TextMatch): Promise<void> {
    const dialog = await this.waitForDialog(message);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await dialog.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  }

  // ----- the Sinch view container and the Qualified Numbers tree ----------------------------

  /** The "Sinch" entry of the activity bar. */
  get sinchActivity(): Locator {
    return this.page.locator('.part.activitybar').getByRole('tab', { name: SINCH_CONTAINER, exact: true });
  }

  /** Opens the Sinch container in the side bar (clicking only if it is not already open). */
  async openSinchView(): Promise<Locator> {
    await this.sinchActivity.waitFor({ timeout: UI_TIMEOUT });
    const isOpen = async (): Promise<boolean> => (await this.sinchActivity.getAttribute('aria-selected')) === 'true';
    // A click made while a reloaded workbench still restores its layout can be lost: click again
    // (only while closed, since a click on the open container closes it) until it is open.
    await eventually(
      async () => {
        if (await isOpen()) return true;
        await this.sinchActivity.click();
        return this.sinchActivity
          .and(this.page.locator('[aria-selected="true"]'))
          .waitFor({ timeout: 2000 })
          .then(() => true, () => false);
      },
      { timeout: UI_TIMEOUT, message: 'the Sinch container to open' },
    );
    return this.view(QUALIFIED_NUMBERS_VIEW);
  }

  /** The side bar's title ("Sinch: Qualified Numbers" when the container has one view). */
  async sidebarTitle(): Promise<string> {
    return ((await this.page.locator('.part.sidebar .composite.title h2').textContent()) ?? '').trim();
  }

  /**
   * The side bar part showing a view, once it is there: its own pane when the container has
   * several views, the whole side bar when the view is alone (VS Code then folds its header into
   * the side bar's title).
   */
  async view(name: string): Promise<Locator> {
    const sidebar = this.page.locator('.part.sidebar');
    const pane = sidebar.locator('.pane').filter({ has: this.page.locator('.pane-header', { hasText: name }) });
    const found = await eventually(
      async () => {
        if ((await pane.count()) > 0 && (await pane.first().isVisible())) return pane.first();
        return (await this.sidebarTitle()).includes(name) ? sidebar : undefined;
      },
      { timeout: UI_TIMEOUT, message: `the "${name}" view in the side bar` },
    );
    return found;
  }

  /** Tree rows of the side bar (all visible trees), top to bottom. */
  get treeRowLocator(): Locator {
    return this.page.locator('.part.sidebar .monaco-list-row[role="treeitem"]');
  }

  /** The tree row whose label matches (exact for strings); optionally only at this depth (1 = top). */
  treeItem(label: TextMatch, options: { level?: number } = {}): Locator {
    const rows = options.level ? this.page.locator(`.part.sidebar .monaco-list-row[role="treeitem"][aria-level="${options.level}"]`) : this.treeRowLocator;
    return rows.filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) }).first();
  }

  /** What the tree shows right now: label, description, expanded state and depth of each row. */
  async treeRows(): Promise<TreeRow[]> {
    return this.treeRowLocator.evaluateAll((rows) =>
      rows.map((row) => {
        const expanded = row.getAttribute('aria-expanded');
        return {
          label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
          description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
          expanded: expanded === null ? undefined : expanded === 'true',
          level: Number(row.getAttribute('aria-level') ?? '1'),
        };
      }),
    );
  }

  /** Waits until the tree has a row with this label and returns it. */
  async waitForTreeItem(label: TextMatch, timeout = UI_TIMEOUT): Promise<Locator> {
    const row = this.treeItem(label);
    await row.waitFor({ state: 'visible', timeout });
    return row;
  }

  /** The description (grey text after the label) of a row. */
  async treeItemDescription(label: TextMatch): Promise<string> {
    const row = await this.waitForTreeItem(label);
    return ((await row.locator('.label-description').textContent().catch(() => '')) ?? '').trim();
  }

  /** Expands a row (no-op when already expanded) and waits for it to report expanded. */
  async expandTreeItem(label: TextMatch): Promise<Locator> {
    const row = await this.waitForTreeItem(label);
    if ((await row.getAttribute('aria-expanded')) === 'false') await row.locator('.monaco-tl-twistie').click();
    await eventually(async () => (await row.getAttribute('aria-expanded')) === 'true', {
      timeout: UI_TIMEOUT,
      message: `tree item ${String(label)} to expand`,
    });
    return row;
  }

  /** Selects a row (single click on its label). */
  async selectTreeItem(label: TextMatch, modifiers: Array<'Control' | 'Shift'> = []): Promise<Locator> {
    // A click that lands while the tree re-renders (a refresh on a busy machine) selects without
    // keyboard focus; keys pressed next would go elsewhere. Click until the row holds the focus
    // (a modifier click toggles, so it is made once).
    if (modifiers.length > 0) {
      const row = await this.waitForTreeItem(label);
      await row.locator('.label-name').click({ modifiers });
      return row;
    }
    await eventually(
      async () => {
        const row = await this.waitForTreeItem(label);
        await row.locator('.label-name').click({ modifiers });
        return row.evaluate((element) => element.classList.contains('focused') && element.closest('.monaco-list')?.contains(document.activeElement) === true);
      },
      { timeout: UI_TIMEOUT, message: 'the tree row to be selected with keyboard focus' },
    );
    return this.waitForTreeItem(label);
  }

  /** Right-clicks a row and chooses an entry of its context menu. */
  async treeContextMenu(label: TextMatch, item: string): Promise<void> {
    const row = await this.waitForTreeItem(label);
    await row.click({ button: 'right' });
    await this.clickMenuItem(item);
  }

  /**
   * Clicks an entry of the open context menu. The menu ignores a click until it has followed the
   * mouse (it marks the hovered entry focused), so hover until it has.
   */
  /**
   * The open context menu's entry whose label is exactly `title`. Its accessible name also holds
   * the keybinding ("Delete Qualified Numbers Del"), so match the label element, not the name.
   */
  menuEntry(title: string): Locator {
    const label = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.page
      .locator('.context-view .monaco-menu')
      .getByRole('menuitem')
      .filter({ has: this.page.locator('.action-label', { hasText: label }) });
  }

  async clickMenuItem(item: string): Promise<void> {
    const entry = this.menuEntry(item);
    await entry.waitFor({ timeout: UI_TIMEOUT });
    await eventually(
      async () => {
        await entry.hover();
        return entry.evaluate((element) => element.parentElement?.classList.contains('focused') === true);
      },
      { timeout: UI_TIMEOUT, message: `the context menu entry "${item}" to take the mouse` },
    );
    await entry.click();
  }

  /** Entries of a row's context menu (then closes the menu). */
  async treeContextMenuItems(label: TextMatch): Promise<string[]> {
    const row = await this.waitForTreeItem(label);
    await row.click({ button: 'right' });
    const menu = this.page.locator('.context-view .monaco-menu');
    await menu.getByRole('menuitem').first().waitFor({ timeout: UI_TIMEOUT });
    const items = (await menu.locator('[role="menuitem"] .action-label').allTextContents()).map((t) => t.trim()).filter(Boolean);
    await this.page.keyboard.press('Escape');
    return items;
  }

  /**
   * Hovers a row until its tooltip shows and returns the tooltip (the workbench hover). The
   * mouse leaves first, so a tooltip of another row (or an earlier one) cannot be taken for it.
   * A tooltip built on hover (resolveTreeItem) reads "Loading..." until the extension answers:
   * only the answer counts.
   */
  async treeItemTooltip(label: TextMatch): Promise<Locator> {
    const row = await this.waitForTreeItem(label);
    const tooltip = this.page.locator('.workbench-hover').filter({ visible: true }).last();
    await eventually(
      async () => {
        await this.page.mouse.move(0, 0);
        await row.locator('.label-name').hover();
        const shown = await tooltip.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
        if (!shown) return false;
        return tooltip.filter({ hasNotText: /^\s*Loading\.\.\.\s*$/ }).waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
      },
      { timeout: UI_TIMEOUT, message: `the tooltip of tree item ${String(label)}` },
    );
    return tooltip;
  }

  /** Clicks an inline action (the icon buttons shown on hover) of a row, by its title. */
  async treeInlineAction(label: TextMatch, actionTitle: string): Promise<void> {
    const row = await this.waitForTreeItem(label);
    await row.hover();
    const action = row.locator('.actions').getByRole('button', { name: actionTitle, exact: true });
    await action.click();
  }

  /** Clicks an action in the side bar's title bar (refresh, filter, ...), by its title. */
  async viewTitleAction(actionTitle: string): Promise<void> {
    await this.page.locator('.part.sidebar .title-actions, .part.sidebar .pane-header .actions').getByRole('button', { name: actionTitle, exact: true }).first().click();
  }

  // ----- status bar, webviews, editors ------------------------------------------------------

  /** A status bar entry whose text matches (substring for strings). */
  statusBarItem(text: TextMatch): Locator {
    return this.page.locator('.part.statusbar .statusbar-item', { hasText: text }).first();
  }

  /**
   * The content of the visible webview panel: two nested iframes (VS Code's host frame, then the
   * page). Webviews of background tabs are hidden, so this is the one the user sees.
   */
  webviewFrame(): FrameLocator {
    return this.page.locator('iframe.webview.ready').filter({ visible: true }).last().contentFrame().frameLocator('iframe#active-frame');
  }

  /** The editor tab with this title. */
  editorTab(title: TextMatch): Locator {
    return this.page.locator('.tabs-container .tab', { has: this.page.locator('.label-name', { hasText: exactly(title) }) }).first();
  }

  // ----- evidence -----------------------------------------------------------------------------

  /** Saves test-results/screenshots/<name>.png (copied to docs/screenshots with SCREENSHOTS=update). */
  async screenshot(name: string, target?: Locator): Promise<string> {
    return saveScreenshot(target ?? this.page, name);
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
  }
}
