// Root hooks (mocha's --require): one code-server + Chromium for the whole run; after each test,
// a screenshot of every page still open when the test failed, then those pages are closed: all of
// them after a failure (the next test gets a fresh window, not the failed one's leftovers), all
// but the file's shared workbench (sharedWorkbench.ts) after a pass.
import type { Context } from 'mocha';
import { startHost, stopHost } from './host';
import { takePhases } from './phases';
import { saveScreenshot } from './screenshots';
import { closeAllWorkbenches, openWorkbenchPages } from './workbench';

export const mochaHooks = {
  async beforeAll(this: Context): Promise<void> {
    // First use installs code-server (about 1.5 min on 2 cores); later runs start in seconds.
    this.timeout(10 * 60 * 1000);
    await startHost();
  },

  async afterEach(this: Context): Promise<void> {
    const test = this.currentTest;
    const phases = takePhases();
    if (phases) console.log(`      phases: ${phases}`);
    if (test?.state === 'failed') {
      const pages = openWorkbenchPages();
      for (const [index, page] of pages.entries()) {
        const name = `failed-${test.fullTitle()}${pages.length > 1 ? `-${index + 1}` : ''}`;
        const file = await saveScreenshot(page, name, { forDocs: false }).catch(() => undefined);
        if (file) console.log(`      screenshot: ${file}`);
      }
    }
    await closeAllWorkbenches({ keepShared: test?.state === 'passed' });
  },

  async afterAll(this: Context): Promise<void> {
    this.timeout(60 * 1000);
    await stopHost();
  },
};
