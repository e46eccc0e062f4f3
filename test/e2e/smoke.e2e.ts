// A person opens VS Code with the extension installed: the Sinch container is in the activity bar,
// opening it shows the Qualified Numbers view (filled from the offline sandbox, which
// sinch.sandbox.autoStart starts in this run), and the extension host logs no error about it.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { basename } from 'path';
import { extensionErrorEntries, extensionHostLogFiles, isExtensionChannelLog, sharedWorkbench, waitForExtensionHostsToExit, type Workbench } from './support';

async function openQualifiedNumbers(workbench: Workbench): Promise<void> {
  const view = await workbench.openSinchView();
  // Connected to the sandbox, the view lists the numbers grouped by state (top-level rows).
  await view.locator('.monaco-list-row[role="treeitem"][aria-level="1"]').first().waitFor({ state: 'visible' });
}

describe('Sidebar smoke', () => {
  // One window for both tests (sharedWorkbench.ts); the second reads the logs of that window.
  const smokeWindow = sharedWorkbench();

  it('shows the Sinch container in the activity bar, and it opens on the Qualified Numbers view', async () => {
    const workbench = await smokeWindow();
    await workbench.sinchActivity.waitFor({ state: 'visible' });
    await openQualifiedNumbers(workbench);
    // With several views in the container the side bar is titled "Sinch" and each view has its header.
    assert.match(await workbench.sidebarTitle(), /Sinch/);
    await workbench.page.locator('.part.sidebar .pane-header', { hasText: 'Qualified Numbers' }).waitFor({ state: 'visible' });
    const groups = (await workbench.treeRows()).filter((row) => row.level === 1);
    assert.ok(groups.length > 0 && groups.every((row) => row.label !== ''), `state groups expected, got ${JSON.stringify(groups)}`);
    await workbench.screenshot('sidebar-qualified-numbers');
  });

  it('activates without any error about the extension in the extension host log', async () => {
    const workbench = await smokeWindow();
    const { openedAt } = workbench;
    await openQualifiedNumbers(workbench);
    // The installed .vsix is what users run. Logs reach the disk behind a buffer: close the window
    // so its host exits and flushes them, then look at what was logged up to the close.
    const closedAt = Date.now();
    await workbench.close();
    await waitForExtensionHostsToExit();
    // The check reads real logs: this window's host log and the extension's own channel, which
    // says it connected (an empty list of errors from no files at all would prove nothing).
    const files = extensionHostLogFiles({ since: openedAt });
    assert.ok(files.some((file) => basename(file) === 'remoteexthost.log'), `no extension host log of this window among ${JSON.stringify(files)}`);
    const channel = files.filter(isExtensionChannelLog).map((file) => readFileSync(file, 'utf8')).join('\n');
    assert.match(channel, /Connected: offline sandbox/, `the extension's log channel was not found or is empty (${files.length} log files)`);
    // Only this window's host counts: earlier tests' windows have their own story.
    assert.deepStrictEqual(extensionErrorEntries({ since: openedAt, before: closedAt }), []);
  });
});
