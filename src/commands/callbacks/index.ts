// The callback inspector's commands, a bundle of their own (dist/callbackCommands.js) required on
// first use like the inspector's core: src/commands/index.ts registers them by ID.
export { clearCallbacks, exportCallbacks } from './clearCallbacks';
export { copyCallbackUrl, startCallbackListener, stopCallbackListener } from './listener';
export { replayCallback } from './replayCallback';
export { sendTestCallback } from './sendTestCallback';
export { setCallbackSecret } from './setCallbackSecret';
export { showCallback } from './showCallback';
