// One workbench page for the run instead of one per test (or per file). Opening a page costs a
// workbench load, an extension host and the extension's activation (5-10 s on 2 cores); bringing an
// open one back to a known state costs a few gestures. Before each test: nothing modal open, no notification,
// no editor, the window's size and colour theme as opened, the sandbox reset (fresh data, no
// faults, no requests logged) and the Qualified Numbers tree refreshed, unfiltered and collapsed.
// A test that fails closes the page (root hooks), so the next one starts in a fresh window; a
// test that opens its own window (openWorkbench) closes the shared one first. What a new window
// would not reset either is the same: globalState and SecretStorage live in the browser profile.
import { existsSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { clearOpenFormDraft } from './forms';
import { host } from './host';
import { phase } from './phases';
import { sandbox } from './sandbox';
import { eventually } from './wait';
import { openWorkbench, type Workbench } from './workbench';

const UI_TIMEOUT = 20000;
/**
 * The theme a new window wears: with no theme set, VS Code 1.139 follows the browser's colour
 * scheme, light here (a new window's workbench has the class `vs`). The restore used to pick
 * "Dark 2026", which left later files' windows dark once the run kept one window.
 */
const DEFAULT_THEME = { label: 'Light 2026', kind: 'vs' };

/**
 * The user settings as VS Code last wrote them. VS Code rewrites the file in place, so a read can
 * catch it half written: read again until it parses.
 */
function userSettings(): Promise<Record<string, unknown>> {
  const file = join(host().dir, 'user', 'User', 'settings.json');
  return eventually(
    () => {
      if (!existsSync(file)) return {};
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      } catch {
        return undefined;
      }
    },
    { timeout: UI_TIMEOUT, message: 'the user settings to be whole JSON' },
  );
}

/** A theme other than the default, picked in the palette, is in the user settings. */
async function themePicked(): Promise<boolean> {
  const theme = (await userSettings())['workbench.colorTheme'];
  return theme !== undefined && theme !== DEFAULT_THEME.label;
}

async function connected(wb: Workbench, timeout = UI_TIMEOUT): Promise<void> {
  // A new window's extension host starts its sandbox once the previous window's host let the port go.
  await sandbox.ready(timeout * 3);
  await wb.statusBarItem('Sinch: Offline Sandbox').waitFor({ timeout });
}

/** Brings an open workbench back to the state a new window starts in, as far as the tests can tell. */
export interface OpenedLayout {
  viewport: { width: number; height: number } | null;
  sidebarWidth: number | undefined;
}

async function sidebarBox(wb: Workbench): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const sidebar = wb.page.locator('.part.sidebar');
  return (await sidebar.isVisible()) ? sidebar.boundingBox() : null;
}

/**
 * "Refresh Qualified Numbers": the view's own button when the view is on screen (one click; the
 * command palette costs several times more and every test paid it), else the palette.
 */
async function refreshTree(wb: Workbench): Promise<void> {
  const header = wb.page.locator('.part.sidebar .pane-header').filter({ hasText: /^\s*Qualified Numbers/ });
  if (await header.isVisible()) {
    // The header shows its actions while the mouse is over it.
    const clicked = await header
      .hover({ timeout: 2000 })
      .then(() => header.getByRole('button', { name: 'Refresh Qualified Numbers', exact: true }).click({ timeout: 2000 }))
      .then(() => true, () => false);
    if (clicked) return;
  }
  await wb.runCommand('Sinch: Refresh Qualified Numbers');
}

export async function restoreKnownState(wb: Workbench, opened: OpenedLayout): Promise<void> {
  const { viewport } = opened;
  const { page } = wb;
  // Nothing modal: a dialog, a context menu or the quick input left open.
  const modal = page.locator('.monaco-dialog-box, .context-view .monaco-menu, .quick-input-widget').filter({ visible: true });
  await phase('restore:modal', () => eventually(
    async () => {
      if ((await modal.count()) === 0) return true;
      await page.keyboard.press('Escape');
      return false;
    },
    { timeout: UI_TIMEOUT, message: 'dialogs, menus and the quick input to close' },
  ));
  if (viewport && JSON.stringify(page.viewportSize()) !== JSON.stringify(viewport)) await page.setViewportSize(viewport);
  // A side bar dragged wider (for a screenshot) goes back to its width, by the same gesture.
  const bar = await sidebarBox(wb);
  if (bar && opened.sidebarWidth !== undefined && Math.abs(bar.width - opened.sidebarWidth) > 2) {
    await page.mouse.move(bar.x + bar.width + 1, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + opened.sidebarWidth + 1, bar.y + bar.height / 2, { steps: 5 });
    await page.mouse.up();
    await eventually(async () => Math.abs(((await sidebarBox(wb))?.width ?? 0) - (opened.sidebarWidth ?? 0)) <= 2, { timeout: UI_TIMEOUT, message: 'the side bar back at its width' });
  }
  await phase('restore:drafts', () => clearOpenFormDraft(wb));
  await phase('restore:editors', () => wb.closeAllEditors());
  if ((await page.locator('.notifications-toasts .notification-list-item').count()) > 0) await phase('restore:notifications', () => wb.clearNotifications());
  // A notification a test found only in the notification center (no toast came) left it open.
  if (await page.locator('.notifications-center').isVisible()) await phase('restore:notifications', () => wb.runCommand('Notifications: Hide Notifications'));
  // A theme picked in the palette is written to the user settings; a new window would wear the
  // default. Picking the default's theme in the palette puts it back: VS Code writes the file
  // itself (the harness writing it at the same time once left it as broken JSON).
  if (await themePicked()) {
    await phase('restore:theme', async () => {
      await wb.pickColorTheme(DEFAULT_THEME.label, DEFAULT_THEME.kind);
      await eventually(async () => !(await themePicked()), { timeout: UI_TIMEOUT, message: 'VS Code to write the default theme to the user settings' });
    });
  }
  // What a new window on a new folder would not have either: a running callback listener, and the
  // callbacks received in this workspace (shown in the Callbacks view when it is on screen).
  if (await wb.statusBarItem(/^\s*Callbacks :\d+/).isVisible()) await phase('restore:callbacks', () => wb.runCommand('Sinch: Stop Callback Listener'));
  const callbackRows = page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: /^\s*Callbacks/ }) }).locator('.monaco-list-row[role="treeitem"]');
  if ((await callbackRows.count()) > 0) {
    await phase('restore:callbacks', async () => {
      await wb.runCommand('Sinch: Clear Callbacks');
      await wb.answerDialog('Clear', /^Clear the \d+ callbacks? received in this workspace\?/);
      await eventually(async () => (await callbackRows.count()) === 0, { timeout: UI_TIMEOUT, message: 'the Callbacks view to empty' });
    });
  }
  await phase('restore:reset', () => sandbox.reset());
  // What earlier tests submitted went with the reset: forget it, or the form would ask whether to
  // send "again" the same numbers (a reloaded window counts as another window for that memory).
  rmSync(join(host().dir, 'user', 'User', 'globalStorage', 'sinch-community.sinch-qualified-numbers', 'submissions'), { recursive: true, force: true });
  await phase('restore:connected', () => connected(wb));
  // The tree shows what the reset sandbox holds: no filter, every group collapsed, counts reloaded.
  const sidebar = page.locator('.part.sidebar');
  if (await sidebar.getByText(/^Filtered: /).isVisible()) await phase('restore:filter', () => wb.runCommand('Sinch: Clear Filter'));
  const expanded = sidebar.locator('.monaco-list-row[role="treeitem"][aria-level="1"][aria-expanded="true"]');
  // The reset makes the extension re-read the tree at once: a click on a row it re-renders can be
  // lost, so a group that stays open is clicked again (after a second, not while one is on its way).
  while ((await expanded.count()) > 0) {
    const count = await expanded.count();
    await eventually(
      async () => {
        if ((await expanded.count()) < count) return true;
        await expanded.first().locator('.monaco-tl-twistie').click({ timeout: 2000 }).catch(() => undefined);
        return eventually(async () => (await expanded.count()) < count, { timeout: 1000, message: 'the click to collapse the group' }).then(() => true, () => undefined);
      },
      { timeout: UI_TIMEOUT, message: 'a tree group to collapse' },
    );
  }
  await phase('restore:refresh', () => refreshTree(wb));
  // A tree on screen reloads at once (a hidden one when it shows): wait until it read the reset sandbox.
  if ((await sidebar.locator('.monaco-list-row[role="treeitem"][aria-level="1"]').count()) > 0) {
    await phase('restore:reload', () => eventually(
      async () =>
        (await sandbox.requests()).some((r) => r.method === 'GET' && r.path.includes('/qualifiedNumbers')) &&
        (await wb.treeRows()).every((row) => row.description !== 'loading…'),
      { timeout: UI_TIMEOUT, message: 'the tree to reload from the reset sandbox' },
    ));
  }
  // The reload can tell of numbers the reset moved back ("… is now Verified"), and stopping the
  // listener says so: a new window would show neither.
  if ((await page.locator('.notifications-toasts .notification-list-item').count()) > 0) await phase('restore:notifications', () => wb.clearNotifications());
}

/** The run's shared window, and its layout when it opened. */
let current: Workbench | undefined;
let opened: OpenedLayout = { viewport: null, sidebarWidth: undefined };

/**
 * The shared workbench: `const workbench = sharedWorkbench()` inside the top `describe`, then
 * `const wb = await workbench()` at the start of a test. The first call of the run opens the
 * window (and so does the first after a failed test, or after a test that opened a window of its
 * own); later calls, from this file or the next, bring the open one back to a known state. The
 * window closes with the browser at the end of the run.
 */
export function sharedWorkbench(): () => Promise<Workbench> {
  return async () => {
    if (current && !current.page.isClosed()) {
      await phase('restore', () => restoreKnownState(current as Workbench, opened));
      return current;
    }
    current = await openWorkbench({ shared: true });
    await phase('activation', () => connected(current as Workbench, 2 * UI_TIMEOUT));
    opened = { viewport: current.page.viewportSize(), sidebarWidth: (await sidebarBox(current))?.width };
    return current;
  };
}
