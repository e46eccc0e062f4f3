// What e2e tests import: `import { openWorkbench, sandbox, eventually } from './support'`.
export { host } from './host';
export { extensionErrorEntries, extensionHostLogFiles, isExtensionChannelLog, waitForExtensionHostsToExit } from './hostLogs';
export { sandbox, sandboxUrl } from './sandbox';
export type { SandboxRequest } from './sandbox';
export { openForm } from './forms';
export { saveScreenshot } from './screenshots';
export { sharedWorkbench } from './sharedWorkbench';
export { eventually } from './wait';
export { closeSharedWorkbench, openWorkbench, Workbench } from './workbench';
export type { TextMatch, TreeRow } from './workbench';
