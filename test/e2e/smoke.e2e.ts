// A person opens VS Code with the extension installed: the Sinch container is in the activity bar,
// and opening it shows the Qualified Numbers view (filled from the offline sandbox, which
// sinch.sandbox.autoStart starts in this run).
import * as assert from 'assert';
import { openWorkbench } from './support';

describe('Sidebar smoke', () => {
  it('shows the Sinch container in the activity bar, and it opens on the Qualified Numbers view', async () => {
    const workbench = await openWorkbench();
    await workbench.sinchActivity.waitFor({ state: 'visible' });

    const view = await workbench.openSinchView();
    assert.match(await workbench.sidebarTitle(), /Qualified Numbers/);
    // The view has content: the state groups of the sandbox's numbers, or its welcome text.
    await view.locator('.monaco-list-row[role="treeitem"], .welcome-view-content').first().waitFor({ state: 'visible' });

    await workbench.screenshot('sidebar-qualified-numbers');
  });
});
